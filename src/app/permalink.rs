//! Permalinks: the two statements, their labels and the options, carried in
//! a URL fragment, so a comparison can be shared without any server.
//!
//! The fragment is `#c=` followed by the JSON of [`Shared`], compressed with
//! raw DEFLATE (miniz_oxide) and encoded as unpadded base64url. The fragment
//! never reaches a server, so statements stay with whoever holds the link.

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

use super::lesson::Lesson;
use super::statement::Statement;
use crate::engine::Options;

/// The fragment prefix that marks a Parallax permalink.
pub const PREFIX: &str = "c=";

/// Links longer than this are refused: chat apps, mail clients and CMS link
/// fields start truncating or rejecting URLs around this length.
pub const MAX_LINK_CHARS: usize = 8_000;

/// Largest decompressed payload accepted, so a crafted link cannot make the
/// page inflate gigabytes.
const MAX_JSON_BYTES: usize = 4_000_000;

/// What a permalink carries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Shared {
    /// Format version, for links made by later releases.
    pub v: u32,
    pub left: Statement,
    pub right: Statement,
    #[serde(default)]
    pub options: Options,
    /// A teacher's notes and questions, if any.
    #[serde(default, skip_serializing_if = "Lesson::is_empty")]
    pub lesson: Lesson,
}

/// Why a fragment could not be read back.
#[derive(Clone, Debug, PartialEq)]
pub enum PermalinkError {
    /// The fragment is not base64url (often: cut off or edited by hand).
    NotBase64,
    /// The data does not decompress: the link was truncated.
    Truncated,
    /// The data decompresses to more than the widget accepts.
    TooLarge,
    /// The data is not a comparison this version understands.
    Malformed(String),
    /// Made by a newer version of Parallax.
    NewerVersion(u32),
}

impl fmt::Display for PermalinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lead = "This link's comparison could not be opened";
        match self {
            PermalinkError::NotBase64 => write!(f, "{lead}: it contains characters a Parallax link never has (was it edited or cut off?)."),
            PermalinkError::Truncated => write!(f, "{lead}: it seems to be cut off. Copy the whole link and try again."),
            PermalinkError::TooLarge => write!(f, "{lead}: it holds more text than Parallax accepts."),
            PermalinkError::Malformed(why) => write!(f, "{lead}: its data is damaged ({why})."),
            PermalinkError::NewerVersion(v) => write!(f, "{lead}: it was made by a newer version of Parallax (format {v})."),
        }
    }
}

/// The fragment (without `#`) for a comparison.
pub fn encode(shared: &Shared) -> String {
    let json = serde_json::to_vec(shared).expect("statements serialize");
    let deflated = miniz_oxide::deflate::compress_to_vec(&json, 9);
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(deflated))
}

/// Reads a fragment (with or without `#`). `Ok(None)` when it is not a
/// Parallax permalink at all (an empty hash, an anchor).
pub fn decode(fragment: &str) -> Result<Option<Shared>, PermalinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let Some(data) = fragment.strip_prefix(PREFIX) else { return Ok(None) };
    let data = data.trim_end_matches('=');
    if !data.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
        return Err(PermalinkError::NotBase64);
    }
    // Only the alphabet, yet undecodable: its length was cut mid-character.
    let bytes = URL_SAFE_NO_PAD.decode(data).map_err(|_| PermalinkError::Truncated)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, MAX_JSON_BYTES).map_err(|e| {
        match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => PermalinkError::TooLarge,
            _ => PermalinkError::Truncated,
        }
    })?;
    let value: serde_json::Value =
        serde_json::from_slice(&json).map_err(|e| PermalinkError::Malformed(e.to_string()))?;
    match value.get("v").and_then(|v| v.as_u64()) {
        Some(1) => {}
        Some(v) => return Err(PermalinkError::NewerVersion(v as u32)),
        None => return Err(PermalinkError::Malformed("no format version".into())),
    }
    serde_json::from_value(value).map(Some).map_err(|e| PermalinkError::Malformed(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Shared {
        Shared {
            v: 1,
            left: Statement {
                label: "China — MFA <b>".into(),
                title: "Wang Yi \"call\"".into(),
                date: "2020-02-01".into(),
                source: "https://example.org/a?b=c#d".into(),
                text: "Первый текст.\r\n\r\n第二段。 👩‍👩‍👧 e\u{301} \u{a0}end".into(),
            },
            right: Statement { text: "Right side.".into(), ..Statement::default() },
            options: Options { min_phrase: 5, stem: false, ..Options::default() },
            lesson: Lesson {
                notes: vec![crate::app::lesson::Note {
                    anchor: crate::app::lesson::Anchor { side: crate::engine::Side::Right, start: 0, end: 5 },
                    text: "Only Russia says this — «note»".into(),
                }],
                questions: vec![],
            },
        }
    }

    #[test]
    fn round_trips_every_character() {
        let link = encode(&sample());
        assert!(link.starts_with(PREFIX));
        assert!(link.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_=".contains(&b)), "{link}");
        assert_eq!(decode(&format!("#{link}")), Ok(Some(sample())));
    }

    #[test]
    fn ordinary_anchors_are_not_permalinks() {
        assert_eq!(decode(""), Ok(None));
        assert_eq!(decode("#section-2"), Ok(None));
    }

    #[test]
    fn damaged_links_say_what_is_wrong() {
        let link = encode(&sample());
        assert_eq!(decode("#c=%%%"), Err(PermalinkError::NotBase64));
        assert_eq!(decode(&link[..link.len() / 2]), Err(PermalinkError::Truncated));
        let not_json = format!("c={}", URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(b"hello", 6)));
        assert!(matches!(decode(&not_json), Err(PermalinkError::Malformed(_))));
        let newer = format!("c={}", URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(br#"{"v":7}"#, 6)));
        assert_eq!(decode(&newer), Err(PermalinkError::NewerVersion(7)));
        for e in [PermalinkError::NotBase64, PermalinkError::Truncated, PermalinkError::NewerVersion(7)] {
            assert!(e.to_string().starts_with("This link's comparison could not be opened"));
        }
    }

    #[test]
    fn a_decompression_bomb_is_refused() {
        let bomb = vec![b' '; MAX_JSON_BYTES + 10];
        let link = format!("c={}", URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&bomb, 9)));
        assert!(link.len() < 20_000);
        assert_eq!(decode(&link), Err(PermalinkError::TooLarge));
    }
}
