//! The comparison engine: plain Rust, no web dependencies.
//!
//! [`compare`] takes two texts and [`Options`] and returns a [`Comparison`];
//! [`collate::compare_many`] does the same for two to six versions. The
//! steps, one module each, in the order [`pipeline`] runs them: [`tokens`]
//! and [`side`] (words and sentences), [`normalize`] (comparable ids),
//! [`shared`] and [`phrases`] (every shared phrase, in any order), [`order`]
//! and [`diff`] (what stays in order), [`names`], [`speakers`] and [`subjects`]
//! (who speaks, with [`parties`] and [`reporting`] as their word lists),
//! [`likeness`], [`lexicon`], [`translations`], [`sounds`], [`acronyms`] and [`align`] (sentence pairs), [`edits`] (word
//! changes inside pairs), [`terms`] (distinctive words), [`spans`] and
//! [`metrics`] (the result's layout and numbers); [`story`] tells a result in
//! plain words. [`input`] turns file bytes into text before any of this.

pub mod acronyms;
pub mod align;
pub mod collate;
pub mod automaton;
pub mod concepts;
pub mod diff;
pub mod edits;
pub mod grammar;
pub mod input;
pub mod lang;
pub mod lexicon;
pub mod likeness;
pub mod metrics;
pub mod model;
pub mod names;
pub mod normalize;
pub mod options;
pub mod order;
pub mod parties;
pub mod phrases;
pub mod reporting;
pub mod russian;
pub mod pipeline;
pub mod shared;
pub mod side;
pub mod sounds;
pub mod spans;
pub mod speakers;
pub mod subjects;
pub mod story;
pub mod terms;
pub mod tokens;
pub mod translations;
pub mod unicode;

pub use lang::detect_lang;
pub use model::*;
pub use options::*;
pub use pipeline::{compare, compare_with_progress, compare_within, Budget};
