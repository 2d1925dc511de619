//! The self-contained HTML report: both statements with their highlights,
//! the legend and the summary, styled inline, opening offline anywhere.
//!
//! The body comes from the same components as the widget: the browser takes
//! it from the page, the CLI from a server-side render.

/// The widget's style sheet, inlined into every report the CLI writes
/// (bundled by build.rs from the list in style/parallax.css).
#[cfg(not(target_arch = "wasm32"))]
pub const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/parallax.css"));

/// The widget's style sheet for a report. The browser fetches it from beside
/// the widget (dist/parallax.css) only when a report is made, rather than
/// carrying a second copy in the wasm.
pub async fn styles() -> Result<String, String> {
    #[cfg(not(target_arch = "wasm32"))]
    return Ok(STYLES.to_owned());
    #[cfg(target_arch = "wasm32")]
    return super::assets::fetch_text("parallax.css").await;
}

/// Escapes text for HTML content.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A complete HTML document around `body`, which must be markup rendered by
/// Parallax's components (user text in it is already escaped), styled by
/// `styles`; `title` is plain text. No scripts, no network: the report opens offline.
pub fn document(title: &str, styles: &str, body: &str) -> String {
    document_with_footer(title, styles, body, FOOTER)
}

/// The footer of a report on two statements: how to read its underlines.
pub const FOOTER: &str = "Made with Parallax. Solid underline: shared in the same order; \
                          dashed: shared, reordered; no highlight: only in one statement.";

/// The footer of a report on several versions: how to read its shading.
pub const VERSIONS_FOOTER: &str = "Made with Parallax. Each passage is shaded by how many other versions carry it \
                                   (the darker, the more); unshaded: only in that version.";

/// [`document`] with another footer (plain text): the versions report
/// explains its shading rather than the two-statement underlines.
pub fn document_with_footer(title: &str, styles: &str, body: &str, footer: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{title}</title>\n<style>\n{styles}\n</style>\n</head>\n\
         <body class=\"px-page\"><main>\n<div class=\"px-root px-report\" data-theme=\"light\">\n\
         <h1 class=\"px-report-title\">{title}</h1>\n{body}\n\
         <p class=\"px-muted px-report-footer\">{footer}</p>\n\
         </div>\n</main></body>\n</html>\n",
        title = escape(title),
        footer = escape(footer),
    )
}

/// The report's title for several versions called `names`.
pub fn versions_title(names: &[&str]) -> String {
    format!("{}: {} versions compared", super::versions::list(names.iter().copied()), names.len())
}

/// The report's title for two statements called `left` and `right` (see
/// `Statement::name`).
pub fn title(left: &str, right: &str) -> String {
    format!("{left} and {right}: two statements compared")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_title_is_escaped_and_nothing_loads_from_the_network() {
        let html = document(&title("<script>x</script>", "Right statement"), STYLES, "<p>body</p>");
        assert!(html.contains("&lt;script&gt;x&lt;/script&gt; and Right statement"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("src=") && !html.contains("<link"));
        assert!(html.contains(".px-shared"), "styles are inlined");
    }
}
