//! Turning the bytes of a file into text the engine can compare.
//!
//! The engine works on `&str`; files and drops arrive as bytes. This module
//! checks them once, with messages a user can act on, and otherwise leaves the
//! text exactly as it was (only a leading UTF-8 byte-order mark is dropped).

use std::fmt;

/// Why some bytes cannot be compared as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// No bytes at all (or only a byte-order mark).
    Empty,
    /// The bytes look like a binary file; `kind` says what it looks like.
    Binary { kind: &'static str },
    /// The bytes are not valid UTF-8; the first bad byte and its offset.
    NotUtf8 { byte: u8, offset: usize },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Empty => write!(f, "is empty"),
            InputError::Binary { kind } => write!(f, "looks binary ({kind})"),
            InputError::NotUtf8 { byte, offset } => write!(
                f,
                "is not UTF-8: byte 0x{byte:02x} at offset {offset} (save it as UTF-8 text)"
            ),
        }
    }
}

impl std::error::Error for InputError {}

/// Leading bytes of binary formats people are likely to drop by mistake.
const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "old Office document"),
    (b"{\\rtf", "RTF document"),
    (b"\x7fELF", "executable"),
];

/// Decodes file bytes as UTF-8 text, refusing empty, binary and non-UTF-8
/// input with a reason. A leading BOM is dropped; nothing else changes.
pub fn decode_text(bytes: &[u8]) -> Result<String, InputError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if bytes.is_empty() {
        return Err(InputError::Empty);
    }
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Err(InputError::Binary { kind });
    }
    if bytes.contains(&0) {
        return Err(InputError::Binary { kind: "contains NUL bytes" });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => {
            let offset = e.valid_up_to();
            Err(InputError::NotUtf8 { byte: bytes[offset], offset })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_passes_unchanged() {
        assert_eq!(decode_text(b"a\r\nb ").unwrap(), "a\r\nb ");
    }

    #[test]
    fn bom_is_dropped_only_at_start() {
        assert_eq!(decode_text(b"\xef\xbb\xbfhi\xef\xbb\xbf").unwrap(), "hi\u{feff}");
    }

    #[test]
    fn empty_and_bom_only_are_empty() {
        assert_eq!(decode_text(b""), Err(InputError::Empty));
        assert_eq!(decode_text(b"\xef\xbb\xbf"), Err(InputError::Empty));
    }

    #[test]
    fn binary_magic_is_named() {
        let e = decode_text(b"\x89PNG\r\n\x1a\n....").unwrap_err();
        assert_eq!(e.to_string(), "looks binary (PNG image)");
        assert!(decode_text(b"%PDF-1.7 ...").unwrap_err().to_string().contains("PDF"));
        assert!(decode_text(b"PK\x03\x04xx").unwrap_err().to_string().contains("ZIP"));
    }

    #[test]
    fn nul_bytes_are_binary() {
        assert!(matches!(decode_text(b"ab\0cd"), Err(InputError::Binary { .. })));
    }

    #[test]
    fn bad_utf8_reports_byte_and_offset() {
        let mut bytes = b"0123456789abcdefg".to_vec();
        bytes.push(0xff);
        let e = decode_text(&bytes).unwrap_err();
        assert_eq!(e, InputError::NotUtf8 { byte: 0xff, offset: 17 });
        assert!(e.to_string().contains("not UTF-8: byte 0xff at offset 17"));
    }
}
