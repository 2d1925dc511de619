//! The bundled examples. The widget carries only their list
//! (assets/demo/examples.json: names, the statements' details, options); the
//! texts are files beside the widget (`examples/` in dist/), fetched when an
//! example is picked, so adding examples costs the page nothing.

use std::sync::LazyLock;

use serde::Deserialize;

use super::statement::Statement;
use super::Initial;
use crate::engine::Options;

/// The list, as written in assets/demo/examples.json.
const LIST: &str = include_str!("../../assets/demo/examples.json");

/// The examples, in the order the picker lists them.
pub static EXAMPLES: LazyLock<Vec<Example>> =
    LazyLock::new(|| serde_json::from_str(LIST).expect("assets/demo/examples.json is valid (a test reads it)"));

/// A pair of statements offered as an example.
#[derive(Deserialize)]
pub struct Example {
    /// The name the picker shows.
    pub name: &'static str,
    left: ExampleSide,
    right: ExampleSide,
    /// The options it opens with (the defaults, except as listed).
    #[serde(default)]
    options: Options,
}

/// One statement of an example: its details, and the file with its text.
#[derive(Deserialize)]
struct ExampleSide {
    label: &'static str,
    title: &'static str,
    date: &'static str,
    source: &'static str,
    file: &'static str,
}

impl ExampleSide {
    fn statement(&self, text: String) -> Statement {
        let s = |v: &str| v.to_owned();
        Statement { label: s(self.label), title: s(self.title), date: s(self.date), source: s(self.source), text: text.into() }
    }
}

impl Example {
    /// The example with its two texts.
    pub fn with_texts(&self, left: String, right: String) -> Initial {
        Initial {
            left: self.left.statement(left),
            right: self.right.statement(right),
            options: self.options.clone(),
            example: EXAMPLES.iter().position(|e| std::ptr::eq(e, self)),
            ..Initial::default()
        }
    }

    /// The names of its two text files.
    pub fn files(&self) -> [&'static str; 2] {
        [self.left.file, self.right.file]
    }

    /// Fetches its texts from the widget's `examples/` folder.
    pub async fn fetch(&self) -> Result<Initial, String> {
        let [left, right] = self.files().map(|file| format!("examples/{file}"));
        let fetch = super::assets::fetch_text;
        let (left, right) = futures::join!(fetch(&left), fetch(&right));
        Ok(self.with_texts(left?, right?))
    }

    /// Reads its texts from a folder (natively: the build's pre-render,
    /// server-side renders), with its comparison.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn read(&self, dir: &std::path::Path) -> std::io::Result<Initial> {
        let [left, right] = self.files().map(|f| std::fs::read_to_string(dir.join(f)));
        let mut initial = self.with_texts(left?, right?);
        let comparison = crate::engine::compare(&initial.left.text, &initial.right.text, &initial.options);
        initial.comparison = Some(super::shared_comparison::SharedComparison::new(comparison));
        Ok(initial)
    }
}

/// The first example, compared, from the source tree: what the widget opens
/// with natively (server-side renders and their tests).
#[cfg(not(target_arch = "wasm32"))]
pub fn first_from_source() -> Initial {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo");
    EXAMPLES[0].read(&dir).expect("the example texts are in assets/demo")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_reads_and_its_files_exist() {
        assert!(!EXAMPLES.is_empty());
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo");
        for example in EXAMPLES.iter() {
            let initial = example.read(&dir).unwrap();
            assert!(!initial.left.text.is_empty() && !initial.right.text.is_empty(), "{}", example.name);
            assert!(!initial.left.label.is_empty());
        }
        assert_eq!(EXAMPLES[0].options.min_phrase, 2);
    }
}
