//! Concepts that words name in the same way across two statements: the
//! parties of diplomacy (every country, territory and international
//! organization, by name, demonym, capital and abbreviation, in English,
//! Russian and Chinese: [`super::parties`]) and the key that names both
//! sides at once. Sentence pairing and speaker detection use them.

pub use super::parties::party_at;

/// The key of both parties at once: "the two sides", "the leaders".
pub const BOTH: &str = "both sides";
