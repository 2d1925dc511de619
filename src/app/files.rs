//! Turning a dropped or chosen file into a statement's text.

use crate::engine::input::decode_text;

/// The text of a file, or a message saying why it cannot be used. HTML files
/// are reduced to their text by `html_to_text` (never rendered).
pub fn file_text(name: &str, bytes: &[u8], html_to_text: impl Fn(&str) -> String) -> Result<String, String> {
    let text = decode_text(bytes).map_err(|e| format!("{name}: {e}"))?;
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
        let plain = html_to_text(&text);
        if plain.trim().is_empty() {
            return Err(format!("{name}: the page has no text to compare."));
        }
        return Ok(plain);
    }
    Ok(text)
}

/// The visible text of an HTML document, parsed by the browser's DOMParser,
/// which neither runs scripts nor loads anything. Scripts, styles and
/// templates are dropped; block elements keep a line break.
#[cfg(target_arch = "wasm32")]
pub fn html_to_text(html: &str) -> String {
    use wasm_bindgen::JsCast;
    let Ok(parser) = web_sys::DomParser::new() else { return String::new() };
    let Ok(doc) = parser.parse_from_string(html, web_sys::SupportedType::TextHtml) else {
        return String::new();
    };
    if let Ok(junk) = doc.query_selector_all("script, style, noscript, template, head") {
        for i in 0..junk.length() {
            if let Some(el) = junk.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                el.remove();
            }
        }
    }
    if let Ok(blocks) = doc.query_selector_all("p, div, li, h1, h2, h3, h4, h5, h6, br, tr, section, article") {
        for i in 0..blocks.length() {
            if let Some(node) = blocks.item(i) {
                let _ = node.append_child(&doc.create_text_node("\n").into());
            }
        }
    }
    let text = doc.body().and_then(|b| b.text_content()).unwrap_or_default();
    // Collapse the runs of blank lines markup leaves behind.
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines().map(str::trim_end) {
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line.trim_start());
    }
    out
}

/// Natively there is no DOM: HTML files are not reduced (only the browser
/// accepts dropped files).
#[cfg(not(target_arch = "wasm32"))]
pub fn html_to_text(html: &str) -> String {
    html.to_owned()
}

#[cfg(test)]
mod tests {
    use super::file_text;

    #[test]
    fn text_files_pass_through_and_html_is_reduced() {
        assert_eq!(file_text("a.txt", "Привет, мир".as_bytes(), |_| unreachable!()), Ok("Привет, мир".into()));
        assert_eq!(file_text("a.HTML", b"<p>Hi</p>", |_| "Hi".into()), Ok("Hi".into()));
        assert!(file_text("a.html", b"<script>x</script>", |_| String::new()).unwrap_err().contains("no text"));
    }

    #[test]
    fn binary_files_are_refused_with_the_file_name() {
        let err = file_text("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0", |_| unreachable!()).unwrap_err();
        assert!(err.starts_with("photo.png: "), "{err}");
    }
}
