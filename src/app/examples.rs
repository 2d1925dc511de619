//! The bundled examples. The widget carries only their list
//! (examples/examples.json: names, the statements' details, options, how
//! each opens); the texts are files beside the widget (`examples/`, copied
//! as it is into dist/), fetched when an example is picked, so adding
//! examples costs the page nothing.

use std::sync::LazyLock;

use serde::Deserialize;

use super::statement::Statement;
use super::Initial;
use super::view::Opening;
use crate::engine::{Options, Side};

/// The list of examples/examples.json.
const LIST: &str = include_str!("../../examples/examples.json");

/// The examples, in the order the picker lists them.
pub static EXAMPLES: LazyLock<Vec<Example>> =
    LazyLock::new(|| super::json::from_str(LIST).expect("examples/examples.json is valid (a test reads it)"));

/// A string of the list, kept for the page's life: the list is read once,
/// and in the browser its strings cannot be borrowed from the JSON. (An
/// alias, so serde does not take `&'static str` as borrowed from the input.)
type Kept = &'static str;

fn kept<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Kept, D::Error> {
    String::deserialize(d).map(|s| &*s.leak())
}

/// Two statements (or up to six versions of one) offered as an example.
#[derive(Deserialize)]
pub struct Example {
    /// The name the picker shows.
    #[serde(deserialize_with = "kept")]
    pub name: Kept,
    left: ExampleSide,
    right: ExampleSide,
    /// The third to sixth versions, for an example of several (it opens on
    /// the versions view).
    #[serde(default)]
    more: Vec<ExampleSide>,
    /// The options it opens with (the defaults, except as listed).
    #[serde(default)]
    options: Options,
    /// How it opens.
    #[serde(default)]
    open: ExampleOpening,
}

/// How an example opens, as written in the list (see [`Opening`]).
#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct ExampleOpening {
    rows: bool,
    point_at: Option<PointAt>,
    pin_longest: bool,
}

/// A place in one statement: the first occurrence of `text` on `side`.
#[derive(Deserialize)]
struct PointAt {
    side: Side,
    text: String,
}

/// One statement of an example: its details, and the file with its text.
#[derive(Deserialize)]
struct ExampleSide {
    #[serde(deserialize_with = "kept")]
    label: Kept,
    #[serde(deserialize_with = "kept")]
    title: Kept,
    #[serde(deserialize_with = "kept")]
    date: Kept,
    #[serde(deserialize_with = "kept")]
    source: Kept,
    #[serde(deserialize_with = "kept")]
    file: Kept,
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
            opening: self.opening(),
            example: EXAMPLES.iter().position(|e| std::ptr::eq(e, self)),
            ..Initial::default()
        }
    }

    /// How it opens: its layout and what it points out.
    pub fn opening(&self) -> Opening {
        Opening {
            rows: self.open.rows,
            point_at: self.open.point_at.as_ref().map(|p| (p.side, p.text.clone())),
            pin_longest: self.open.pin_longest,
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
    /// server-side renders), with its comparison.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn read(&self, dir: &std::path::Path) -> std::io::Result<Initial> {
        let texts = self.sides().map(|s| std::fs::read_to_string(dir.join(s.file)));
        let mut initial = self.with_texts(texts.collect::<Result<_, _>>()?);
        let comparison = crate::engine::compare(&initial.left.text, &initial.right.text, &initial.options);
        initial.comparison = Some(super::shared_comparison::SharedComparison::new(comparison));
        Ok(initial)
    }
}

/// The first example, compared, from the source tree: what the widget opens
/// with natively (server-side renders and their tests).
#[cfg(not(target_arch = "wasm32"))]
pub fn first_from_source() -> Initial {
    EXAMPLES[0].read(&source_dir()).expect("the example texts are in examples/")
}

/// The examples' folder in the source tree.
#[cfg(not(target_arch = "wasm32"))]
pub fn source_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_reads_and_its_files_exist() {
        assert!(!EXAMPLES.is_empty());
        let dir = source_dir();
        for example in EXAMPLES.iter() {
            let initial = example.read(&dir).unwrap();
            assert!(!initial.left.text.is_empty() && !initial.right.text.is_empty(), "{}", example.name);
            assert!(!initial.left.label.is_empty());
        }
        assert_eq!(EXAMPLES[0].options.min_phrase, 2);
    }

    /// A clone of the repository alone offers every example: each text is in
    /// examples/, and each is credited in examples/INDEX.md.
    #[test]
    fn every_text_of_the_folder_is_listed_and_credited() {
        let dir = source_dir();
        let index = std::fs::read_to_string(dir.join("INDEX.md")).unwrap();
        let listed: std::collections::BTreeSet<&str> = EXAMPLES.iter().flat_map(Example::files).collect();
        let mut in_folder = std::collections::BTreeSet::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if name.ends_with(".txt") {
                assert!(index.contains(&format!("| {name} |")), "{name} is not credited in examples/INDEX.md");
                in_folder.insert(name);
            }
        }
        assert_eq!(listed, in_folder.iter().map(String::as_str).collect(), "examples.json and the folder's texts differ");
    }

    #[test]
    fn the_versions_example_opens_four_versions() {
        let dir = source_dir();
        let example = EXAMPLES.iter().find(|e| e.name.starts_with("One Russian statement, three translations")).expect("listed");
        let initial = example.read(&dir).unwrap();
        assert_eq!(initial.more.len(), 2);
        assert!(initial.left.label.contains("TASS") && initial.right.label.contains("Sputnik"));
        assert!(initial.more[0].label.contains("Reuters") && initial.more[1].label.starts_with("China"));
        assert!(initial.more[0].text.contains("gave a high appraisal"));
    }

    #[test]
    fn the_headline_pair_opens_pointing_at_the_russian_praise_and_lavrovs_sentence() {
        let dir = source_dir();
        let state = crate::app::state::State::from_initial(EXAMPLES[0].read(&dir).unwrap());
        let c = state.comparison().unwrap();
        let (side, pair) = state.hovered_pair.expect("a pair is pointed out");
        assert_eq!(side, crate::engine::Side::Right);
        let sentence = |side: &crate::engine::SideResult, k: usize| side.slice(side.sentences[k].range).to_owned();
        assert!(sentence(&c.right, c.pairs[pair].right[0]).starts_with("The Russian side highly praised"));
        assert!(sentence(&c.left, c.pairs[pair].left[0]).starts_with("Lavrov said that Russia fully recognizes"));
    }
}
