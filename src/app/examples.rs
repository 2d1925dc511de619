//! The bundled examples. The widget carries only their list
//! (assets/demo/examples.json: names, the statements' details, options); the
//! texts are files beside the widget (`examples/` in dist/), fetched when an
//! example is picked, so adding examples costs the page nothing.
//!
//! A file named `corpus/…` is a text of the project's corpus of real
//! statements, which the repository does not carry: the build copies it into
//! dist/examples/corpus/ from the corpus folder (scripts/corpus-examples.mjs),
//! and native code reads it there (see [`corpus_dir`]).

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

/// Two statements (or up to six versions of one) offered as an example.
#[derive(Deserialize)]
pub struct Example {
    /// The name the picker shows.
    pub name: &'static str,
    left: ExampleSide,
    right: ExampleSide,
    /// The third to sixth versions, for an example of several.
    #[serde(default)]
    more: Vec<ExampleSide>,
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
    fn sides(&self) -> impl Iterator<Item = &ExampleSide> {
        [&self.left, &self.right].into_iter().chain(&self.more)
    }

    /// The example with its texts, one per statement in order.
    pub fn with_texts(&self, texts: Vec<String>) -> Initial {
        let mut statements = self.sides().zip(texts).map(|(side, text)| side.statement(text));
        Initial {
            left: statements.next().unwrap_or_default(),
            right: statements.next().unwrap_or_default(),
            more: statements.collect(),
            options: self.options.clone(),
            example: EXAMPLES.iter().position(|e| std::ptr::eq(e, self)),
            ..Initial::default()
        }
    }

    /// The names of its text files, one per statement.
    pub fn files(&self) -> Vec<&'static str> {
        self.sides().map(|side| side.file).collect()
    }

    /// Fetches its texts from the widget's `examples/` folder.
    pub async fn fetch(&self) -> Result<Initial, String> {
        let paths: Vec<String> = self.files().into_iter().map(|file| format!("examples/{file}")).collect();
        let texts = futures::future::join_all(paths.iter().map(|path| super::assets::fetch_text(path))).await;
        Ok(self.with_texts(texts.into_iter().collect::<Result<_, _>>()?))
    }

    /// Reads its texts from a folder (natively: the build's pre-render,
    /// server-side renders), with its comparison; `corpus/…` files from
    /// [`corpus_dir`].
    #[cfg(not(target_arch = "wasm32"))]
    pub fn read(&self, dir: &std::path::Path) -> std::io::Result<Initial> {
        let path = |f: &str| f.strip_prefix("corpus/").map_or_else(|| dir.join(f), |name| corpus_dir().join(name));
        let texts = self.files().into_iter().map(|f| std::fs::read_to_string(path(f))).collect::<Result<_, _>>()?;
        let mut initial = self.with_texts(texts);
        let comparison = crate::engine::compare(&initial.left.text, &initial.right.text, &initial.options);
        initial.comparison = Some(super::shared_comparison::SharedComparison::new(comparison));
        Ok(initial)
    }
}

/// The corpus of real statements: `$PARALLAX_CORPUS`, or `../shared/corpus`
/// beside the repository (as the tests and the build find it).
#[cfg(not(target_arch = "wasm32"))]
pub fn corpus_dir() -> std::path::PathBuf {
    std::env::var_os("PARALLAX_CORPUS")
        .map_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"), std::path::PathBuf::from)
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

    #[test]
    fn the_versions_example_opens_four_versions() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo");
        let example = EXAMPLES.iter().find(|e| e.name.starts_with("One Russian statement, three translations")).expect("listed");
        let initial = example.read(&dir).unwrap();
        assert_eq!(initial.more.len(), 2);
        assert!(initial.left.label.contains("TASS") && initial.right.label.contains("Sputnik"));
        assert!(initial.more[0].label.contains("Reuters") && initial.more[1].label.starts_with("China"));
        assert!(initial.more[0].text.contains("gave a high appraisal"));
    }
}
