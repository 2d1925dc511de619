//! How much Parallax takes in, and what it says when given more: one rule
//! for every way in (typing, files, links, comparison files, embeds, saved
//! drafts and the command line), checked where the input enters, with the
//! same words everywhere.
//!
//! A statement is compared up to [`MAX_STATEMENT_BYTES`]: longer ones are
//! refused (a side left empty rather than a text cut without the reader
//! knowing where). A label, title, date or source is kept up to
//! [`MAX_FIELD_CHARS`] characters: longer ones are cut there, and the reader
//! is told. Files may be larger than the text they hold (markup, packing),
//! up to [`MAX_FILE_BYTES`].

/// The longest statement compared, in bytes of UTF-8: a long speech is
/// about 100 KB; a megabyte still compares in seconds and renders without
/// freezing the page.
pub const MAX_STATEMENT_BYTES: usize = 1_000_000;

/// The largest file read: a web page or a Word document is larger than its
/// text.
pub const MAX_FILE_BYTES: usize = 4 * MAX_STATEMENT_BYTES;

/// The largest comparison file read (its JSON): six statements of the
/// longest length, with room for their headers and a lesson.
pub const MAX_COMPARISON_FILE_BYTES: usize = 16_000_000;

/// The longest label, title, date or source kept, in characters: a long
/// headline is under 200.
pub const MAX_FIELD_CHARS: usize = 300;

/// `n` with thousands separated by commas: "1,000,001".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A size as a reader can compare it with `limit`: exact bytes up to twice
/// the limit ("1,000,001 bytes", never a rounded "1.0 MB" that seems to be
/// within a limit of 1 MB), megabytes with one decimal beyond ("3.4 MB").
pub fn size(bytes: usize, limit: usize) -> String {
    if bytes < 2 * limit {
        format!("{} bytes", thousands(bytes))
    } else {
        format!("{:.1} MB", bytes as f64 / 1e6)
    }
}

/// Why a text of `bytes` (`None`: more than the limit, not read to its end)
/// is refused, after its subject: "The left text is …".
pub fn text_over(bytes: Option<usize>) -> String {
    let limit = thousands(MAX_STATEMENT_BYTES);
    let size = match bytes {
        Some(bytes) => size(bytes, MAX_STATEMENT_BYTES),
        None => format!("more than {limit} bytes"),
    };
    format!("{size}; Parallax compares up to {limit} bytes (1 MB) per statement. Use a shorter part of it.")
}

/// Why a file of `bytes` is not read, after its name: "x.html is …".
pub fn file_over(bytes: usize) -> String {
    format!(
        "{}; Parallax reads files up to {} bytes ({} MB). Copy the part to compare and paste it instead.",
        size(bytes, MAX_FILE_BYTES),
        thousands(MAX_FILE_BYTES),
        MAX_FILE_BYTES / 1_000_000
    )
}

/// Why a comparison file of `bytes` is not read, after its name.
pub fn comparison_file_over(bytes: usize) -> String {
    format!(
        "{}; a comparison file holds at most {} bytes ({} MB), six statements of the longest length.",
        size(bytes, MAX_COMPARISON_FILE_BYTES),
        thousands(MAX_COMPARISON_FILE_BYTES),
        MAX_COMPARISON_FILE_BYTES / 1_000_000
    )
}

/// `value` cut to [`MAX_FIELD_CHARS`] characters, or `None` when it fits.
pub fn cut_field(value: &str) -> Option<String> {
    let (at, _) = value.char_indices().nth(MAX_FIELD_CHARS)?;
    Some(value[..at].to_owned())
}

/// What the reader is told when a field was cut: "The left label was …".
pub fn field_cut(chars: usize) -> String {
    format!(
        "{} characters long; Parallax keeps labels, titles, dates and sources up to {MAX_FIELD_CHARS} characters, \
         so only its first {MAX_FIELD_CHARS} are kept.",
        thousands(chars)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_just_over_the_limit_is_not_called_one_megabyte() {
        let why = text_over(Some(MAX_STATEMENT_BYTES + 1));
        assert!(why.starts_with("1,000,001 bytes; Parallax compares up to 1,000,000 bytes (1 MB)"), "{why}");
        assert!(text_over(Some(3_400_000)).starts_with("3.4 MB;"));
        assert!(file_over(MAX_FILE_BYTES + 1).starts_with("4,000,001 bytes; Parallax reads files up to 4,000,000 bytes (4 MB)"));
        assert!(text_over(None).starts_with("more than 1,000,000 bytes;"));
    }

    #[test]
    fn thousands_are_separated() {
        assert_eq!([0, 999, 1000, 4_000_000].map(thousands), ["0", "999", "1,000", "4,000,000"]);
    }

    #[test]
    fn fields_are_cut_at_a_character_boundary() {
        assert_eq!(cut_field("short"), None);
        let long = "Ж".repeat(MAX_FIELD_CHARS + 1);
        assert_eq!(cut_field(&long).unwrap().chars().count(), MAX_FIELD_CHARS);
        assert_eq!(cut_field(&"x".repeat(MAX_FIELD_CHARS)), None);
    }
}
