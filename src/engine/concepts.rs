//! Concepts that words name in the same way across two statements: the
//! parties of diplomacy (every country, territory and international
//! organization, by name, demonym, capital and abbreviation, in English,
//! Russian and Chinese: [`super::parties`]) and the acts of the diplomatic
//! register. Sentence pairing and speaker detection use them.

pub use super::parties::party_at;

/// The key of both parties at once: "the two sides", "the leaders".
pub const BOTH: &str = "both sides";

/// Acts of the diplomatic register that statements name with different
/// words: one statement's "praised" is the other's "highly appreciates".
/// Sentence pairing counts each group as one word. Word forms as written
/// (lower case), not stems.
pub const ACTS: &[(&str, &[&str])] = &[
    ("praise", &[
        "praise", "praised", "praises", "praising", "appreciate", "appreciated", "appreciates",
        "appreciation", "commend", "commended", "commends", "hail", "hailed", "hails", "appraisal",
        "оценил", "оценила", "оценили", "высоко",
    ]),
    ("support", &["support", "supported", "supports", "supporting", "backing", "backed", "поддержка", "поддержал", "поддержали"]),
    ("discuss", &[
        "discuss", "discussed", "discusses", "discussion", "discussions", "exchanged", "reviewed",
        "обсудили", "обсуждение",
    ]),
    ("agree", &["agree", "agreed", "agrees", "agreement", "consensus", "договорились", "согласились"]),
    ("thank", &["thank", "thanked", "thanks", "gratitude", "поблагодарил", "благодарность"]),
    ("condolences", &["condolences", "sympathy", "соболезнования", "сочувствие"]),
];

/// The act a lower-case word names, if it is in [`ACTS`].
pub fn act_of(lower: &str) -> Option<&'static str> {
    ACTS.iter().find(|(_, forms)| forms.contains(&lower)).map(|(key, _)| *key)
}
