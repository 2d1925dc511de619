//! The `parallax` command line: JSON output on a real pair, and exit code 2
//! with a clear message for usage errors and unreadable input.

use std::process::{Command, Output};

fn corpus(name: &str) -> String {
    let dir = std::env::var("PARALLAX_CORPUS")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus").to_owned());
    format!("{dir}/{name}")
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax")).args(args).output().expect("run parallax")
}

fn scratch(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("parallax-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn json_output_parses_and_tiles_the_input() {
    let (l, r) = (corpus("2020-02-01_wangyi-lavrov_ru-mid_via-sputnik.txt"), corpus("2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt"));
    let out = run(&["compare", &l, &r, "--json", "--min-phrase", "4"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let text = std::fs::read_to_string(&l).unwrap();
    assert_eq!(v["left"]["text"], text.as_str(), "the result carries the text it was computed on");
    let joined: String = v["left"]["spans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| &text[s["start"].as_u64().unwrap() as usize..s["end"].as_u64().unwrap() as usize])
        .collect();
    assert_eq!(joined, text);
    assert_eq!(v["options"]["min_phrase"], 4);
    let phrases = v["phrases"].as_array().unwrap();
    assert!(phrases.iter().all(|p| p["words"].as_u64().unwrap() >= 4));
    assert!(phrases.iter().any(|p| p["text"] == "the spread of the disease caused by"));
    // The result deserializes into the engine's model.
    let c: parallax::engine::Comparison = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(c.pairs.len(), 2);
}

#[test]
fn summary_lists_phrases_and_options_change_it() {
    let (l, r) = (corpus("2020-02-01_wangyi-lavrov_ru-mid_via-reuters.txt"), corpus("2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt"));
    let out = run(&["compare", &l, &r]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success());
    assert!(text.contains("spreading of the disease caused by"), "{text}");
    assert!(text.contains("sentence pairs: 1"), "{text}");
    let out = run(&["compare", &l, &r, "--no-stem", "--lang-left", "en", "--lang-right", "en"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains("spreading of the disease caused by"), "{text}");
}

#[test]
fn binary_file_is_refused_with_exit_2() {
    let png = scratch("x.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let ok = corpus("2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt");
    let out = run(&["compare", &png, &ok]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("left file {png} looks binary (PNG image)")), "{err}");
    let bad = scratch("latin1.txt", b"caf\xe9 au lait");
    let out = run(&["compare", &ok, &bad]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8: byte 0xe9 at offset 3"));
}

#[test]
fn missing_file_and_usage_errors_exit_2() {
    let ok = corpus("2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt");
    let out = run(&["compare", &ok, "/nonexistent/parallax/right.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("right file /nonexistent/parallax/right.txt cannot be read"));
    for args in [&[][..], &["compare", &ok][..], &["compare", &ok, &ok, "--bogus"][..], &["compare", &ok, &ok, "--min-phrase", "x"][..], &["frobnicate"][..]] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("Usage: parallax compare"), "{args:?}");
    }
    let help = run(&["--help"]);
    assert!(help.status.success());
    assert!(String::from_utf8_lossy(&help.stdout).contains("--min-phrase"));
}

#[test]
fn html_report_is_written_with_highlights_and_labels() {
    let (l, r) = (corpus("2021-07-09_biden-putin_us-wh.txt"), corpus("2021-07-09_biden-putin_ru-kremlin.txt"));
    let out_path = scratch("report.html", b"");
    let out = run(&["compare", &l, &r, "--html", &out_path, "--left-label", "White House <readout>"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let html = std::fs::read_to_string(&out_path).unwrap();
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("White House &lt;readout&gt;"), "the label is shown, escaped");
    assert!(html.contains("2021-07-09_biden-putin_ru-kremlin.txt"), "the file name labels the right side");
    assert!(html.contains("class=\"px-span px-shared"), "shared phrasing is highlighted");
    assert!(!html.contains("<script"), "the report runs no script");
}
