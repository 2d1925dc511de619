//! Turning a dropped or chosen file into a statement.
//!
//! The reading itself is [`crate::engine::input::import`] (plain Rust, the
//! same natively and in the browser, where the worker runs it); this adds
//! the file's name to the message a reader sees when a file cannot be used.

use crate::engine::input::{import, Imported};

/// The statement in a file (its text, and the title, date and source the
/// file gives), or a sentence naming the file and saying why it cannot be
/// compared.
pub fn import_file(name: &str, bytes: &[u8]) -> Result<Imported, String> {
    import(name, bytes).map_err(|e| format!("{name} {e}."))
}

#[cfg(test)]
mod tests {
    use super::import_file;

    #[test]
    fn text_and_html_files_are_read() {
        assert_eq!(import_file("a.txt", "Привет, мир".as_bytes()).unwrap().text, "Привет, мир");
        let page = import_file("a.HTML", b"<title>T</title><p>Hi</p><p>there").unwrap();
        assert_eq!((page.text.as_str(), page.title.as_deref()), ("Hi\n\nthere", Some("T")));
    }

    #[test]
    fn refusals_name_the_file() {
        assert_eq!(import_file("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0"), Err("photo.png is a PNG image, not text.".into()));
        assert_eq!(import_file("a.html", b"<script>x</script>"), Err("a.html has no text to compare.".into()));
    }
}
