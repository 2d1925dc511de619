//! The `parallax` command line: JSON output on a real pair, HTML and .docx
//! input, exit code 2 with one clear message for usage errors and unreadable
//! input, and success when the reader of its output goes away early.

mod common;
use common::corpus_path as corpus;

use std::io::{BufRead, BufReader};
use std::process::{Command, Output, Stdio};

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
    assert!(phrases.iter().any(|p| p["text"] == "spread of the disease caused"));
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
    assert!(text.contains("spreading of the disease caused"), "{text}");
    assert!(text.contains("sentence pairs: 1"), "{text}");
    let out = run(&["compare", &l, &r, "--no-stem", "--lang-left", "en", "--lang-right", "en"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains("spreading of the disease caused"), "{text}");
}

/// Exit code 2 and exactly one message on stderr, which contains `what`.
fn assert_fails_with(out: &Output, what: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains(what), "{what:?} not in {err:?}");
    assert_eq!(err.matches("parallax: ").count(), 1, "one message: {err:?}");
    assert!(out.stdout.is_empty());
}

#[test]
fn unreadable_files_exit_2_with_one_message() {
    let ok = corpus("2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt");
    let png = scratch("x.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    assert_fails_with(&run(&["compare", &png, &ok]), &format!("left file {png} is a PNG image, not text"));
    let latin1 = scratch("latin1.txt", b"caf\xe9 au lait");
    assert_fails_with(&run(&["compare", &ok, &latin1]), "not UTF-8: byte 0xe9 at offset 3");
    assert_fails_with(&run(&["compare", &ok, "/nonexistent/parallax/right.txt"]), "right file /nonexistent/parallax/right.txt cannot be read");
    let dir = std::env::temp_dir();
    assert_fails_with(&run(&["compare", dir.to_str().unwrap(), &ok]), "cannot be read");
    let pdf = scratch("statement.pdf", b"%PDF-1.7\n");
    assert_fails_with(&run(&["compare", &ok, &pdf]), "is a PDF, whose text Parallax cannot take out");
}

#[test]
fn usage_errors_exit_2_with_one_message_and_a_hint() {
    let ok = corpus("2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt");
    for (args, what) in [
        (&[][..], "missing command"),
        (&["compare", &ok][..], "compare needs two files, got 1"),
        (&["compare", &ok, &ok, "--bogus"][..], "invalid option '--bogus'"),
        (&["compare", &ok, &ok, "--min-phrase", "x"][..], "--min-phrase needs a whole number from 1 to 12, not 'x'"),
        (&["compare", &ok, &ok, "--min-phrase=0"][..], "not '0'"),
        (&["compare", &ok, &ok, "--min-phrase=13"][..], "not '13'"),
        (&["compare", &ok, &ok, "--html"][..], "missing argument for option '--html'"),
        (&["compare", &ok, &ok, "--lang-left", "xx"][..], "unknown language 'xx'"),
        (&["frobnicate"][..], "unknown command 'frobnicate'"),
    ] {
        let out = run(args);
        assert_fails_with(&out, what);
        assert!(String::from_utf8_lossy(&out.stderr).contains("Usage: parallax compare LEFT RIGHT"), "{args:?}");
    }
}

#[test]
fn help_is_success_wherever_it_is_asked_for() {
    let ok = corpus("2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt");
    for args in [&["--help"][..], &["-h"][..], &["compare", &ok, "--help"][..]] {
        let out = run(args);
        assert!(out.status.success(), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("--min-phrase N"), "{args:?}");
        assert!(out.stderr.is_empty());
    }
    // An option's value is a value, even when it looks like an option.
    let out = run(&["compare", &ok, &ok, "--left-label", "--help"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("left ("), "the summary, not the help");
}

#[test]
fn a_reader_that_stops_early_is_success() {
    let (l, r) = (corpus("2022-02-24_putin-address-ukraine_ru-kremlin-LONG.txt"), corpus("2022-02-19_zelenskyy-munich-speech_ua-president-LONG.txt"));
    let whole = run(&["compare", &l, &r, "--json"]);
    // A Linux pipe holds 64 KiB: closing it after one line interrupts the writing.
    assert!(whole.stdout.len() > 2 * 65_536, "{} bytes", whole.stdout.len());
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["compare", &l, &r, "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert_eq!(first, "{\n");
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn html_and_word_files_are_compared_by_their_text() {
    let page = scratch(
        "readout.html",
        "<title>Niinistö–Biden phone call</title><meta property=article:published_time content=2021-07-09T18:00:00Z>\
         <nav>Home</nav><h1>Call</h1><p>The leaders &amp; their teams discussed cooperation.</p>"
            .as_bytes(),
    );
    let docx = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/readout.docx");
    let out = run(&["compare", &page, docx, "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["left"]["text"], "Call\n\nThe leaders & their teams discussed cooperation.");
    assert!(v["right"]["text"].as_str().unwrap().starts_with("Readout of the call\n\nThe two ministers discussed cooperation"));
    let report = scratch("readout-report.html", b"");
    assert!(run(&["compare", &page, docx, "--html", &report]).status.success());
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.contains("Niinistö–Biden phone call") && html.contains("2021-07-09"), "the page's title and date head its pane");
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

/// The corpus's four texts of the 1 February 2020 call: China's readout and
/// the Russian statement as TASS, Sputnik and Reuters rendered it.
fn four_versions() -> [String; 4] {
    [
        "2020-02-01_wangyi-lavrov_cn-mfa.txt",
        "2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt",
        "2020-02-01_wangyi-lavrov_ru-mid_via-sputnik.txt",
        "2020-02-01_wangyi-lavrov_ru-mid_via-reuters.txt",
    ]
    .map(corpus)
}

#[test]
fn three_files_or_more_print_the_collation_as_json() {
    let files = four_versions();
    let mut args: Vec<&str> = vec!["compare"];
    args.extend(files.iter().map(String::as_str));
    args.push("--json");
    let out = run(&args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let c: parallax::engine::collate::Collation = serde_json::from_slice(&out.stdout).expect("the JSON is the collation");
    assert_eq!(c.versions.len(), 4);
    for (version, file) in c.versions.iter().zip(&files) {
        assert_eq!(*version.text, std::fs::read_to_string(file).unwrap(), "each version carries its text");
    }
    let praise = c.phrases.iter().find(|p| p.text == "praised the measures").expect("the praise is shared");
    assert_eq!(praise.carriers(), vec![1, 2], "TASS and Sputnik, not China's readout");
    // The same as the library gives.
    let texts: Vec<String> = files.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let direct = parallax::engine::collate::compare_many(&refs, &parallax::engine::Options::default());
    assert_eq!((&c.versions, &c.phrases), (&direct.versions, &direct.phrases));
    let close = |a: &Vec<Vec<f64>>, b: &Vec<Vec<f64>>| a.iter().flatten().zip(b.iter().flatten()).all(|(x, y)| (x - y).abs() < 1e-9);
    assert!(close(&c.similarity, &direct.similarity));
}

#[test]
fn three_files_or_more_summarize_the_versions() {
    let files = four_versions();
    let out = run(&["compare", &files[1], &files[2], &files[3], "--label", "TASS", "--label", "Sputnik", "--label", "Reuters"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("version 3 (Reuters, English): 25 words, 1 sentences"), "{text}");
    assert!(text.contains("versions 1,2") && text.contains("praised the measures"), "{text}");
    assert!(text.contains("versions 1,2,3") && text.contains("spread of the disease caused"), "{text}");
}

#[test]
fn three_files_or_more_make_a_versions_report() {
    let files = four_versions();
    let report = scratch("versions-report.html", b"");
    let out = run(&[
        "compare", &files[0], &files[1], &files[2], &files[3], "--html", &report, "--label", "China <MFA>", "--label", "TASS",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.starts_with("<!doctype html>") && !html.contains("<script"));
    assert!(html.contains("China &lt;MFA&gt;, TASS, 2020-02-01_wangyi-lavrov_ru-mid_via-sputnik.txt and"), "labels, then file names");
    assert_eq!(html.matches("data-testid=\"version-text\"").count(), 4, "every version is shown in turn");
    assert!(html.contains("What only TASS says"));
    assert!(html.contains("px-heat px-heat-2"), "passages are shaded by how many others carry them");
    assert!(!html.contains("open-pair"), "the report has no buttons");
}

#[test]
fn file_counts_and_options_that_do_not_fit_are_usage_errors() {
    let ok = corpus("2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt");
    let seven = vec![ok.as_str(); 7];
    let mut args = vec!["compare"];
    args.extend(&seven);
    assert_fails_with(&run(&args), "compare takes at most 6 files, got 7");
    assert_fails_with(&run(&["compare", &ok, &ok, &ok, "--lang-left", "en"]), "--lang-left and --lang-right are for two files");
    assert_fails_with(&run(&["compare", &ok, &ok, "--label", "a", "--label", "b", "--label", "c"]), "3 labels for 2 files");
    let missing = "/nonexistent/parallax/third.txt";
    assert_fails_with(&run(&["compare", &ok, &ok, missing]), &format!("file 3 {missing} cannot be read"));
}

#[test]
fn a_side_over_the_limit_is_refused_in_the_widgets_words_by_json_and_report_alike() {
    let ok = corpus("2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt");
    let big = scratch("big.txt", "word ".repeat(200_001).as_bytes());
    let report = std::env::temp_dir().join(format!("parallax-cli-big-{}.html", std::process::id()));
    let report = report.to_string_lossy().into_owned();
    let said = format!(
        "left file {big} has a text of 1,000,005 bytes; Parallax compares up to 1,000,000 bytes (1 MB) per statement. Use a shorter part of it."
    );
    for args in [&["--json"][..], &["--html", &report][..], &["--json", "--html", &report][..], &[][..]] {
        let out = run(&[&["compare", &big, &ok][..], args].concat());
        assert_fails_with(&out, &said);
        assert!(!std::path::Path::new(&report).exists(), "no report of a text it did not compare: {args:?}");
    }
    let huge = scratch("huge.html", &vec![b' '; 4_000_001]);
    assert_fails_with(&run(&["compare", &ok, &huge]), "is 4,000,001 bytes; Parallax reads files up to 4,000,000 bytes (4 MB)");
}

#[test]
fn json_and_html_together_write_both_of_one_comparison() {
    let (l, r) = (corpus("2021-07-09_biden-putin_us-wh.txt"), corpus("2021-07-09_biden-putin_ru-kremlin.txt"));
    let report = scratch("both.html", b"");
    let out = run(&["compare", &l, &r, "--json", "--html", &report, "--min-phrase", "3"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("the JSON on stdout");
    let html = std::fs::read_to_string(&report).unwrap();
    // The report's summary counts what the JSON holds, side by side.
    for side in ["left", "right"] {
        let words = v[side]["metrics"]["words"].as_u64().unwrap();
        assert!(html.contains(&format!("{words} words · ")), "{side}: {words} words not in the report");
    }
    assert_eq!(html.matches("class=\"px-span px-shared").count() > 0, !v["phrases"].as_array().unwrap().is_empty());
}

#[test]
fn labels_and_titles_over_the_limit_are_cut_with_a_note() {
    let (l, r) = (corpus("2021-07-09_biden-putin_us-wh.txt"), corpus("2021-07-09_biden-putin_ru-kremlin.txt"));
    let report = scratch("labels.html", b"");
    let label = "W".repeat(400);
    let out = run(&["compare", &l, &r, "--html", &report, "--left-label", &label]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("parallax: note: The left statement's label is 400 characters long; Parallax keeps labels, titles, dates and sources up to 300 characters"), "{err}");
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.contains(&"W".repeat(300)) && !html.contains(&"W".repeat(301)));
}

#[test]
fn a_word_document_that_unpacks_far_past_the_limit_is_refused() {
    let ok = corpus("2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt");
    // 60 MB of one paragraph over and over, deflated into a few hundred KB.
    let paragraph = format!("<w:p><w:r><w:t>{}</w:t></w:r></w:p>", "The ministers discussed cooperation. ".repeat(20));
    let xml = format!(
        r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{}</w:body></w:document>"#,
        paragraph.repeat(60_000_000 / paragraph.len())
    );
    let mut archive = rawzip::ZipArchiveWriter::new(Vec::new());
    let (mut entry, config) = archive.new_file("word/document.xml").compression_method(rawzip::CompressionMethod::DEFLATE).start().unwrap();
    let mut writer = config.wrap(flate2::write::DeflateEncoder::new(&mut entry, flate2::Compression::best()));
    std::io::Write::write_all(&mut writer, xml.as_bytes()).unwrap();
    let (encoder, output) = writer.finish().unwrap();
    encoder.finish().unwrap();
    entry.finish(output).unwrap();
    let bomb = archive.finish().unwrap();
    assert!(bomb.len() < 300_000, "{} bytes", bomb.len());
    let bomb = scratch("bomb.docx", &bomb);
    assert_fails_with(&run(&["compare", &bomb, &ok]), "its text unpacks to more than 32 MB");
}
