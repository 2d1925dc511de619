//! Build-time input of the crate, in $OUT_DIR: parallax.css, the widget's
//! style sheet for the CLI's self-contained report: the files listed in
//! style/parallax.css (the one list of style files), in order.

use std::path::{Path, PathBuf};

fn main() {
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    style_sheet(&out);
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
