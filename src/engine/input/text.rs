//! File bytes to text: UTF-8, or UTF-16 with a byte-order mark, checked once
//! with messages a user can act on. The text is otherwise left exactly as
//! it was: only the byte-order mark is dropped.

use super::InputError;

/// Leading bytes of binary formats people are likely to drop by mistake, and
/// what to tell them.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF8", "a GIF image, not text"),
    (b"PK\x03\x04", ZIP_NOT_DOCX),
    (b"\x1f\x8b", "a gzip archive, not text"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc): save it as .docx or as plain text"),
    (b"{\\rtf", "an RTF document: save it as .docx or as plain text"),
    (b"\x7fELF", "a program, not text"),
];

/// What a ZIP archive that holds no Word document is.
pub(super) const ZIP_NOT_DOCX: &str = "a ZIP archive or an Office document other than .docx, not text";

/// What the bytes start with when they are a known binary format.
pub(super) fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)).map(|&(_, kind)| kind)
}

/// Decodes file bytes as text: UTF-8 (a leading BOM is dropped), or UTF-16
/// little- or big-endian when a BOM says so. Empty, binary and undecodable
/// input is refused with the reason.
pub fn decode_text(bytes: &[u8]) -> Result<String, InputError> {
    if let Some(units) = bytes.strip_prefix(b"\xff\xfe") {
        return decode_utf16(units, u16::from_le_bytes);
    }
    if let Some(units) = bytes.strip_prefix(b"\xfe\xff") {
        return decode_utf16(units, u16::from_be_bytes);
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if bytes.is_empty() {
        return Err(InputError::Empty);
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(InputError::Binary { kind });
    }
    if looks_like_utf16_without_bom(bytes) {
        return Err(InputError::Utf16WithoutBom);
    }
    if bytes.contains(&0) {
        return Err(InputError::Binary { kind: "a binary file (it has NUL bytes), not text" });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => {
            let offset = e.valid_up_to();
            Err(InputError::NotUtf8 { byte: bytes[offset], offset })
        }
    }
}

/// UTF-16 code units after the BOM, each read with `unit`. An odd byte or a
/// lone surrogate is refused with its offset (counting the BOM), never
/// replaced: nothing the file says is changed.
fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, InputError> {
    if bytes.len() % 2 == 1 {
        return Err(InputError::BadUtf16 { offset: 2 + bytes.len() - 1 });
    }
    if bytes.is_empty() {
        return Err(InputError::Empty);
    }
    let mut text = String::with_capacity(bytes.len());
    let mut offset = 2;
    for c in char::decode_utf16(bytes.chunks_exact(2).map(|p| unit([p[0], p[1]]))) {
        let c = c.map_err(|_| InputError::BadUtf16 { offset })?;
        offset += 2 * c.len_utf16();
        text.push(c);
    }
    Ok(text)
}

/// ASCII text saved as UTF-16 without a BOM has a NUL in every other byte.
fn looks_like_utf16_without_bom(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(200)];
    let nuls = |parity: usize| head.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let half = head.len() / 2;
    half >= 2 && (nuls(0) == half || nuls(1) == half)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, bom: [u8; 2], unit: fn(u16) -> [u8; 2]) -> Vec<u8> {
        bom.into_iter().chain(text.encode_utf16().flat_map(unit)).collect()
    }

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
        assert_eq!(decode_text(b"\xff\xfe"), Err(InputError::Empty));
    }

    #[test]
    fn utf16_with_bom_is_decoded_both_ways() {
        let text = "Лавров said: “强有力” 👩‍👩‍👧\r\n";
        assert_eq!(decode_text(&utf16(text, [0xff, 0xfe], u16::to_le_bytes)).unwrap(), text);
        assert_eq!(decode_text(&utf16(text, [0xfe, 0xff], u16::to_be_bytes)).unwrap(), text);
    }

    #[test]
    fn broken_utf16_says_where() {
        // "A", then a lone high surrogate at byte 4.
        assert_eq!(decode_text(b"\xff\xfeA\0\x00\xd8B\0"), Err(InputError::BadUtf16 { offset: 4 }));
        assert_eq!(decode_text(b"\xff\xfeA\0B"), Err(InputError::BadUtf16 { offset: 4 }));
    }

    #[test]
    fn utf16_without_bom_is_named() {
        let bytes: Vec<u8> = "Hello there".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode_text(&bytes), Err(InputError::Utf16WithoutBom));
    }

    #[test]
    fn binary_magic_is_named() {
        let e = decode_text(b"\x89PNG\r\n\x1a\n....").unwrap_err();
        assert_eq!(e.to_string(), "is a PNG image, not text");
        assert!(decode_text(b"PK\x03\x04xx").unwrap_err().to_string().contains("ZIP"));
    }

    #[test]
    fn nul_bytes_are_binary() {
        assert!(matches!(decode_text(b"abc\0def\0\0ghijkl"), Err(InputError::Binary { .. })));
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
