//! The build step that makes the standalone page static first: the first
//! example, compared natively and rendered by the widget's own components,
//! is written into dist/index.html with the data the live widget takes over
//! from. Run by `parallax-prerender` (a Trunk hook) on every release build.

use std::path::Path;

use yew::LocalServerRenderer;

use super::{PageData, APP_ID, DATA_ID};
use crate::app::examples::EXAMPLES;
use crate::app::permalink::Shared;
use crate::app::{App, AppProps};

/// `template` (the built index.html) with the first example pre-rendered;
/// its texts are read from `examples_dir`.
pub async fn page(template: &str, examples_dir: &Path) -> Result<String, String> {
    let example = EXAMPLES.first().ok_or("no example is listed")?;
    let initial = example.read(examples_dir).map_err(|e| format!("cannot read the example's texts in {}: {e}", examples_dir.display()))?;
    let comparison = initial.comparison.as_ref().map(|c| (**c).clone()).ok_or("the example was not compared")?;
    let shared = Shared::pair(initial.left.clone(), initial.right.clone(), initial.options.clone(), initial.lesson.clone());
    let data = serde_json::to_string(&PageData { shared, comparison, example: initial.example }).map_err(|e| e.to_string())?;
    let props = AppProps { initial: Some(initial), standalone: true, ..AppProps::default() };
    let markup = LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await;
    splice(template, &markup, &data)
}

/// Puts `markup` into the empty `<div id="parallax-app"></div>` of
/// `template`, marked as a pre-rendered copy, and `data` (JSON) before `</body>`.
fn splice(template: &str, markup: &str, data: &str) -> Result<String, String> {
    let empty = format!("<div id=\"{APP_ID}\"></div>");
    if template.matches(&empty).count() != 1 {
        return Err(format!("index.html must hold exactly one empty {empty}"));
    }
    let filled = format!("<div id=\"{APP_ID}\" data-prerendered>{markup}</div>");
    // Inside <script>, only "<" could end it early ("</script>", "<!--").
    let script = format!("<script type=\"application/json\" id=\"{DATA_ID}\">{}</script>\n", data.replace('<', "\\u003c"));
    let at = template.rfind("</body>").ok_or("index.html has no </body>")?;
    let (head, tail) = template.split_at(at);
    Ok(format!("{}{script}{tail}", head.replacen(&empty, &filled, 1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<html><body><main><div id=\"parallax-app\"></div></main>\n</body></html>";

    #[tokio::test]
    async fn the_page_carries_the_highlighted_example_and_its_data() {
        let dir = crate::app::examples::source_dir();
        let html = page(TEMPLATE, &dir).await.unwrap();
        assert!(html.contains("<div id=\"parallax-app\" data-prerendered><div tabindex=\"-1\" data-testid=\"parallax\" class=\"px-root\">"));
        assert!(html.contains("class=\"px-panes"));
        let start = html.find("id=\"parallax-data\">").unwrap() + "id=\"parallax-data\">".len();
        let json = &html[start..start + html[start..].find("</script>").unwrap()];
        let data: PageData = serde_json::from_str(json).unwrap();
        assert_eq!(*data.comparison.left.text, *data.shared.left.text);
        assert!(!data.comparison.pairs.is_empty());
    }

    #[test]
    fn data_cannot_end_its_script_early_and_the_page_must_fit() {
        let html = splice(TEMPLATE, "<p>x</p>", r#"{"t":"</script><script>alert(1)</script>"}"#).unwrap();
        assert_eq!(html.matches("</script>").count(), 1);
        assert!(splice("<body></body>", "", "{}").is_err());
        assert!(splice(&html, "", "{}").is_err(), "a page is pre-rendered once");
    }
}
