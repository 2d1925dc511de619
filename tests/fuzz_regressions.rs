//! Every stored fuzz input replayed through its fuzz target's own checks
//! (fuzz/src/lib.rs) under a plain `cargo test`: the seeds in
//! `fuzz/seeds/TARGET/` and the inputs that once found a bug in
//! `fuzz/regressions/TARGET/`, so a bug a fuzzer found stays fixed.

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod targets;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

/// Runs `target` on each stored input; fails naming every input that fails.
fn replay(target: &str) {
    let (_, check) = targets::TARGETS.iter().find(|(name, _)| *name == target).expect("a known target");
    let mut ran = 0;
    let mut failed = Vec::new();
    for kind in ["seeds", "regressions"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").join(kind).join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            ran += 1;
            if catch_unwind(AssertUnwindSafe(|| check(&bytes))).is_err() {
                failed.push(path.display().to_string());
            }
        }
    }
    assert!(ran > 0, "no stored inputs for {target}");
    assert!(failed.is_empty(), "{target} fails on {failed:#?}");
}

#[test]
fn compare() {
    replay("compare");
}

#[test]
fn permalink() {
    replay("permalink");
}

#[test]
fn comparison_file() {
    replay("comparison_file");
}

#[test]
fn file_import() {
    replay("file_import");
}

#[test]
fn html_text() {
    replay("html_text");
}

#[test]
fn every_target_is_replayed() {
    let names: Vec<&str> = targets::TARGETS.iter().map(|(name, _)| *name).collect();
    assert_eq!(names, ["compare", "permalink", "comparison_file", "file_import", "html_text"]);
    for name in names {
        assert!(Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/fuzz_targets").join(format!("{name}.rs")).exists(), "{name}");
    }
}
