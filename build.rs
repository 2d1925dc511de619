//! Build-time inputs of the crate, in $OUT_DIR:
//! - parallax.css: the widget's style sheet for the CLI's self-contained
//!   report: the files listed in style/parallax.css (the one list of style
//!   files), in order;
//! - examples.json: the examples of assets/demo/examples.json whose corpus
//!   texts are in the corpus folder (`$PARALLAX_CORPUS`, or ../shared/corpus
//!   beside the repository), so the picker never offers an example the
//!   build could not publish (scripts/corpus-examples.mjs copies the texts
//!   into dist/examples/ by the same rule). The folder is passed on as
//!   `PARALLAX_CORPUS_DIR`.

use std::path::{Path, PathBuf};

fn main() {
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    style_sheet(&out);
    examples(&out);
}

fn style_sheet(out: &Path) {
    let list = Path::new("style/parallax.css");
    println!("cargo:rerun-if-changed=style");
    let listing = std::fs::read_to_string(list).expect("style/parallax.css lists the style files");
    let css: String = listing
        .lines()
        .filter_map(|line| line.strip_prefix("@import \"")?.strip_suffix("\";"))
        .map(|file| {
            let path = Path::new("style").join(file);
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            format!("/* style/{file} */\n{text}\n")
        })
        .collect();
    std::fs::write(out.join("parallax.css"), css).expect("OUT_DIR is writable");
}

fn examples(out: &Path) {
    let list = Path::new("assets/demo/examples.json");
    println!("cargo:rerun-if-changed={}", list.display());
    println!("cargo:rerun-if-env-changed=PARALLAX_CORPUS");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let corpus = std::env::var_os("PARALLAX_CORPUS").map(PathBuf::from).unwrap_or_else(|| manifest.join("../shared/corpus"));
    // Where the corpus appears later, the folder that will hold it changes.
    let watched = corpus.ancestors().find(|p| p.exists()).unwrap_or(&manifest);
    println!("cargo:rerun-if-changed={}", watched.display());
    println!("cargo:rustc-env=PARALLAX_CORPUS_DIR={}", corpus.display());
    let text = std::fs::read_to_string(list).expect("assets/demo/examples.json lists the examples");
    let examples: Vec<serde_json::Value> = serde_json::from_str(&text).expect("assets/demo/examples.json is a JSON array");
    let present = |side: &serde_json::Value| {
        let from_corpus = side["corpus"].as_bool().unwrap_or(false);
        !from_corpus || side["file"].as_str().is_some_and(|file| corpus.join(file).is_file())
    };
    // Every statement's text: the two sides' and, for an example of several versions, the others'.
    let all_present = |e: &serde_json::Value| {
        present(&e["left"]) && present(&e["right"]) && e["more"].as_array().is_none_or(|more| more.iter().all(present))
    };
    let offered: Vec<&serde_json::Value> = examples.iter().filter(|e| all_present(e)).collect();
    std::fs::write(out.join("examples.json"), serde_json::to_string_pretty(&offered).expect("JSON")).expect("OUT_DIR is writable");
}
