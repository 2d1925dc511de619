//! The embed codes the Share dialog hands to a newsroom: pure strings, so
//! they are tested natively and stay in step with `web/` and the README.

/// Where the widget's files live: the page address up to its last `/`.
pub fn base_url(page_url: &str) -> &str {
    let without_query = page_url.split(['?', '#']).next().unwrap_or(page_url);
    match without_query.rfind('/') {
        Some(i) => &without_query[..=i],
        None => without_query,
    }
}

/// Escapes text for a double-quoted HTML attribute.
fn attr(value: &str) -> String {
    value.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// An iframe showing the comparison in `fragment` (the link's, then the
/// result it carries, if any: see boot::carried), plus the small host
/// script that sizes it to its content (no third-party code).
pub fn iframe_code(page_url: &str, fragment: &str) -> String {
    let base = base_url(page_url);
    format!(
        "<iframe src=\"{}\" title=\"Parallax: two statements compared\" \
         style=\"width:100%;height:640px;border:0\" loading=\"lazy\" data-parallax-frame></iframe>\n\
         <script src=\"{}\" async></script>",
        attr(&format!("{base}?embed#{fragment}")),
        attr(&format!("{base}parallax-frame.js")),
    )
}

/// A script embed: the script (a plain one: it loads from any site), and
/// the element that becomes the widget. The element carries the widget
/// already rendered (`markup`, in a declarative shadow root with the
/// widget's style sheet, so the host page's CSS cannot touch it and it
/// reads without JavaScript), the comparison file's JSON (`config`), from
/// which the script makes it interactive, and the comparison's `result`
/// (see boot::carried), so it need not compare again.
pub fn script_code(page_url: &str, markup: &str, config: &str, result: Option<&str>) -> String {
    let base = base_url(page_url);
    // Inside <script>, only "<" could end it early ("</script>", "<!--").
    let data = |json: &str| json.replace('<', "\\u003c");
    let result = result.map(|r| format!("<script type=\"application/json\" data-result>{}</script>\n", data(r))).unwrap_or_default();
    format!(
        "<script src=\"{}\" async></script>\n\
         <div data-parallax><template shadowrootmode=\"open\">\
         <link rel=\"stylesheet\" href=\"{}\"><div class=\"px-embed\">{markup}</div></template>\n\
         <script type=\"application/json\">{}</script>\n{result}</div>",
        attr(&format!("{base}parallax-embed.js")),
        attr(&format!("{base}parallax.css")),
        data(config),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_is_the_directory_of_the_page() {
        assert_eq!(base_url("https://news.example/tools/parallax/index.html?x=1#c=abc"), "https://news.example/tools/parallax/");
        assert_eq!(base_url("http://127.0.0.1:8080/"), "http://127.0.0.1:8080/");
    }

    #[test]
    fn codes_point_at_the_widget_files_and_escape_attributes() {
        let iframe = iframe_code("https://a.example/p/", "c=xyz");
        assert!(iframe.contains("src=\"https://a.example/p/?embed#c=xyz\""));
        assert!(iframe.contains("src=\"https://a.example/p/parallax-frame.js\""));
        let script = script_code("https://a.example/p/", "<div class=\"px-root\">x</div>", r#"{"left":{"text":"</script><b>"}}"#, Some(r#"{"r":"</script>"}"#));
        assert!(script.contains("href=\"https://a.example/p/parallax.css\""));
        assert!(script.contains("src=\"https://a.example/p/parallax-embed.js\""));
        assert!(script.contains("<div class=\"px-embed\"><div class=\"px-root\">x</div></div></template>"));
        assert!(script.contains(r#"{"left":{"text":"\u003c/script>\u003cb>"}}</script>"#), "{script}");
        assert!(script.contains(r#"<script type="application/json" data-result>{"r":"\u003c/script>"}</script>"#), "{script}");
        assert!(script.starts_with("<script src=\"https://a.example/p/parallax-embed.js\" async></script>"), "a plain script, not a module");
        assert_eq!(script.matches("</script>").count(), 3);
    }
}
