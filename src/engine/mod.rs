//! The comparison engine: plain Rust, no web dependencies.
//!
//! [`compare`] takes two texts and [`Options`] and returns a [`Comparison`].

pub mod model;

pub use model::*;
