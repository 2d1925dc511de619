//! Parallax puts two statements side by side and shows what they share.
//!
//! The crate has three layers. [`engine`] is plain Rust with no web
//! dependencies: it tokenizes both texts, finds shared phrases (in order and
//! reordered), aligns sentences and ranks each side's distinctive terms, and
//! returns one serializable [`engine::Comparison`]. [`app`] is a thin Yew UI
//! that renders that result; [`embed`] lets it live inside other pages, and
//! [`boot`] starts it there, static first and interactive after.

pub mod app;
pub mod boot;
pub mod embed;
pub mod engine;
