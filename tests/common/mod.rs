//! What the native tests share: the real statements the repository carries
//! (tests/data/corpus, credited in its INDEX.md).

#![allow(dead_code)] // each test file uses its own part of this

use std::path::PathBuf;

/// The folder of real statements.
pub fn corpus_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/corpus"))
}

/// The path of one statement of the corpus.
pub fn corpus_path(name: &str) -> String {
    corpus_dir().join(name).to_string_lossy().into_owned()
}

/// The text of one statement of the corpus.
pub fn corpus(name: &str) -> String {
    let path = corpus_path(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("corpus file {path}: {e}"))
}

/// The names of every statement in the corpus, sorted.
pub fn corpus_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(corpus_dir())
        .expect("tests/data/corpus is in the repository")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    names
}
