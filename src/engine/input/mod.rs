//! Turning a file into a statement: its text, and what the document itself
//! says about it (title, date, source).
//!
//! The engine works on `&str`; files arrive as bytes. [`import`] decides
//! what a file is from its bytes and name and hands it to one reader per
//! format: [`decode_text`] (plain text), [`html_to_text`] (a web page),
//! [`docx_text`] (a Word document). Each is a pure function, so the CLI, the
//! browser, the tests and the fuzzers all run the same code. Anything else
//! is refused with a message saying what the file is and what to do.

mod docx;
mod html;
pub mod limits;
mod text;

use std::fmt;

pub use docx::docx_text;
pub use html::html_to_text;
pub use text::decode_text;

/// A statement read from a file: its text, and the title, date and source
/// the document gives, each `None` unless the document says so.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    /// The text to compare; paragraphs are separated by a blank line.
    pub text: String,
    /// The statement's title (`og:title`, else `<title>`).
    pub title: Option<String>,
    /// When it was published (`article:published_time`, else the page's one
    /// `<time datetime>`), as the document writes it; an ISO date-time is
    /// cut to its date.
    pub date: Option<String>,
    /// Where it was published (`<link rel="canonical">`, else `og:url`), an
    /// absolute http(s) address.
    pub source: Option<String>,
}

impl Imported {
    /// Text with no metadata.
    pub fn text(text: String) -> Self {
        Imported { text, ..Imported::default() }
    }
}

/// Why a file cannot be compared, worded to follow its name ("x.pdf is a
/// PDF: …").
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// No bytes at all (or only a byte-order mark).
    Empty,
    /// Not a format Parallax reads; `kind` says what it is and what to do.
    Binary {
        /// What the file is, and what to do ("a PNG image, not text").
        kind: &'static str,
    },
    /// Not valid UTF-8: the first bad byte and its offset.
    NotUtf8 {
        /// The first byte that is not UTF-8.
        byte: u8,
        /// Its offset in the file.
        offset: usize,
    },
    /// UTF-16 without the byte-order mark that says which way round it is.
    Utf16WithoutBom,
    /// Invalid UTF-16 (a lone surrogate or an odd byte) at this byte offset.
    BadUtf16 {
        /// Offset in the file of the broken character.
        offset: usize,
    },
    /// A page or document that holds no text once its markup is gone.
    NoText,
    /// A `.docx` whose Word document cannot be read, and why.
    NotDocx(String),
    /// A PDF: its text has to be copied by hand.
    Pdf,
    /// A file larger than [`limits::MAX_FILE_BYTES`] (its size), not read.
    TooLarge(usize),
    /// More text than [`limits::MAX_STATEMENT_BYTES`]: how much, or `None`
    /// when reading stopped at the limit.
    TooLong(Option<usize>),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Empty => write!(f, "is empty"),
            InputError::Binary { kind } => write!(f, "is {kind}"),
            InputError::NotUtf8 { byte, offset } => {
                write!(f, "is not UTF-8: byte 0x{byte:02x} at offset {offset} (save it as UTF-8 text)")
            }
            InputError::Utf16WithoutBom => {
                write!(f, "looks like UTF-16 text without a byte-order mark (save it as UTF-8 text)")
            }
            InputError::BadUtf16 { offset } => write!(f, "is not valid UTF-16: a broken character at byte {offset}"),
            InputError::NoText => write!(f, "has no text to compare"),
            InputError::NotDocx(why) => write!(f, "is not a Word document Parallax can read ({why})"),
            InputError::Pdf => write!(
                f,
                "is a PDF, whose text Parallax cannot take out: open it, copy the text and paste it instead"
            ),
            InputError::TooLarge(bytes) => write!(f, "is {}", limits::file_over(*bytes).trim_end_matches('.')),
            InputError::TooLong(bytes) => write!(f, "has a text of {}", limits::text_over(*bytes).trim_end_matches('.')),
        }
    }
}

impl std::error::Error for InputError {}

/// How a file is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Html,
    Docx,
    Pdf,
}

impl Format {
    /// What a file is: its bytes decide for binary formats (a misnamed file
    /// is still read right), its name or its first tag for HTML.
    fn of(name: &str, bytes: &[u8]) -> Format {
        let name = name.to_ascii_lowercase();
        let extension = name.rsplit_once('.').map_or("", |(_, e)| e);
        if bytes.starts_with(b"%PDF") || extension == "pdf" {
            return Format::Pdf;
        }
        if bytes.starts_with(b"PK\x03\x04") || extension == "docx" {
            return Format::Docx;
        }
        if matches!(extension, "html" | "htm" | "xhtml" | "xht") || (extension != "txt" && starts_like_html(bytes)) {
            return Format::Html;
        }
        Format::Text
    }
}

/// True when the bytes open with `<!doctype html` or `<html` (after a BOM
/// and white space), in any case.
fn starts_like_html(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    let head = bytes[start..].get(..14).unwrap_or(&bytes[start..]).to_ascii_lowercase();
    head.starts_with(b"<!doctype html") || head.starts_with(b"<html")
}

/// Reads a file called `name` (only its extension matters) into a
/// statement, or says why it cannot be compared. Files and texts over the
/// [`limits`] are refused.
pub fn import(name: &str, bytes: &[u8]) -> Result<Imported, InputError> {
    if bytes.len() > limits::MAX_FILE_BYTES {
        return Err(InputError::TooLarge(bytes.len()));
    }
    let imported = match Format::of(name, bytes) {
        Format::Pdf => return Err(InputError::Pdf),
        Format::Docx => Imported::text(docx_text(bytes)?),
        Format::Html => html_to_text(&decode_text(bytes)?),
        Format::Text => Imported::text(decode_text(bytes)?),
    };
    if imported.text.trim().is_empty() {
        return Err(InputError::NoText);
    }
    if imported.text.len() > limits::MAX_STATEMENT_BYTES {
        return Err(InputError::TooLong(Some(imported.text.len())));
    }
    Ok(imported)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bytes_decide_before_the_name() {
        assert_eq!(Format::of("notes.txt", b"%PDF-1.7"), Format::Pdf);
        assert_eq!(Format::of("statement", b"PK\x03\x04...."), Format::Docx);
        assert_eq!(Format::of("page.HTM", b"<p>x"), Format::Html);
        assert_eq!(Format::of("page", b"\xef\xbb\xbf \n<!DOCTYPE html><p>x"), Format::Html);
        assert_eq!(Format::of("page.txt", b"<!DOCTYPE html><p>x"), Format::Text);
        assert_eq!(Format::of("a.txt", b"<p> is a tag"), Format::Text);
    }

    #[test]
    fn text_files_pass_through_exactly() {
        let text = "Привет,  мир\r\n\r\n<b>not markup</b>\t";
        assert_eq!(import("a.txt", text.as_bytes()), Ok(Imported::text(text.into())));
    }

    #[test]
    fn pages_and_documents_without_text_are_refused() {
        assert_eq!(import("a.html", b"<script>alert(1)</script>"), Err(InputError::NoText));
        assert_eq!(import("blank.txt", b" \r\n\t"), Err(InputError::NoText));
        assert_eq!(import("a.pdf", b"%PDF-1.4"), Err(InputError::Pdf));
        assert!(import("a.pdf", b"%PDF").unwrap_err().to_string().contains("copy the text"));
    }

    #[test]
    fn files_and_texts_over_the_limits_are_refused_in_numbers_that_show_it() {
        let text = "a".repeat(limits::MAX_STATEMENT_BYTES + 1);
        let e = import("long.txt", text.as_bytes()).unwrap_err();
        assert_eq!(e, InputError::TooLong(Some(1_000_001)));
        assert_eq!(
            e.to_string(),
            "has a text of 1,000,001 bytes; Parallax compares up to 1,000,000 bytes (1 MB) per statement. Use a shorter part of it"
        );
        assert!(import("exactly.txt", &text.as_bytes()[1..]).is_ok());
        let huge = vec![b'a'; limits::MAX_FILE_BYTES + 1];
        assert!(import("huge.html", &huge).unwrap_err().to_string().starts_with("is 4,000,001 bytes; Parallax reads files up to 4,000,000 bytes"));
    }

    #[test]
    fn a_zip_that_is_not_a_word_document_says_so() {
        let e = import("sheet.xlsx", b"PK\x03\x04 not really a zip").unwrap_err();
        assert!(matches!(e, InputError::NotDocx(_)), "{e}");
    }
}
