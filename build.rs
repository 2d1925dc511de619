//! Build-time input of the crate: in $OUT_DIR, parallax.css, the widget's
//! style sheet for the CLI's self-contained report (the files listed in
//! style/parallax.css, the one list of style files, in order); and
//! PARALLAX_RESULT_FORMAT, the stamp of the result format embed codes carry.

use std::path::{Path, PathBuf};

fn main() {
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    style_sheet(&out);
    result_format();
}

/// A digest of the source of the result's types (the engine's model and
/// options): embed codes carry their result with it, and a build whose
/// types differ compares again rather than read another build's result.
/// (FNV-1a: a stamp, not a security measure.)
fn result_format() {
    let mut digest: u64 = 0xcbf2_9ce4_8422_2325;
    for file in ["src/engine/model.rs", "src/engine/options.rs"] {
        println!("cargo:rerun-if-changed={file}");
        let text = std::fs::read(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        for byte in text {
            digest = (digest ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=PARALLAX_RESULT_FORMAT={digest:016x}");
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
