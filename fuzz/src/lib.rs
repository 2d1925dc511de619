//! What each fuzz target does with its input, and the invariants it checks.
//!
//! The fuzz targets in `fuzz_targets/` are one line each, calling these
//! functions; `tests/fuzz_regressions.rs` includes this file and replays the
//! stored inputs (`fuzz/seeds/`, `fuzz/regressions/`) through the same
//! functions under a plain `cargo test`, so whatever a fuzzer once found
//! stays a test. A failed invariant panics, which is how libFuzzer notices.

use std::io::Write;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use parallax::app::permalink;
use parallax::engine::input::{self, decode_text, html_to_text};
use parallax::engine::{compare, story, ByteRange, Comparison, Lang, LangChoice, Options, SideResult, SpanKind};

/// A fuzz target: its name (as `cargo fuzz run NAME` knows it) and what it
/// does with an input.
pub type Target = (&'static str, fn(&[u8]));

/// Every target, for replaying stored inputs.
pub const TARGETS: &[Target] = &[
    ("compare", compare_texts),
    ("permalink", permalink_decode),
    ("comparison_file", comparison_file),
    ("file_import", file_import),
    ("html_text", html_text),
];

/// Two texts and options: the first two bytes choose the options, the rest
/// is split at the first 0xFF (a byte UTF-8 never has) into left and right.
pub fn compare_texts(data: &[u8]) {
    let (options, rest) = options_from(data);
    let (left, right) = match rest.iter().position(|&b| b == 0xff) {
        Some(i) => (&rest[..i], &rest[i + 1..]),
        None => (rest, &[][..]),
    };
    let (left, right) = (String::from_utf8_lossy(left), String::from_utf8_lossy(right));
    check_comparison(&left, &right, &options);
}

/// Options from two bytes: every switch, the minimum phrase length (0 and
/// `usize::MAX` included: a permalink or comparison file can say anything)
/// and each side's language.
fn options_from(data: &[u8]) -> (Options, &[u8]) {
    let [flags, choice, rest @ ..] = data else { return (Options::default(), data) };
    let langs = [
        LangChoice::Auto,
        LangChoice::Fixed(Lang::English),
        LangChoice::Fixed(Lang::Russian),
        LangChoice::Fixed(Lang::Chinese),
        LangChoice::Fixed(Lang::French),
        LangChoice::Fixed(Lang::German),
        LangChoice::Fixed(Lang::Spanish),
        LangChoice::Fixed(Lang::Other),
    ];
    let options = Options {
        min_phrase: [0, 1, 2, 3, 4, 5, 8, usize::MAX][usize::from(choice & 7)],
        ignore_case: flags & 1 != 0,
        ignore_punctuation: flags & 2 != 0,
        unify_quotes: flags & 4 != 0,
        stem: flags & 8 != 0,
        spelling_variants: flags & 16 != 0,
        lang_left: langs[usize::from(choice >> 3 & 7)],
        lang_right: langs[usize::from(flags >> 5)],
    };
    (options, rest)
}

/// Compares two texts and checks everything a display relies on: each
/// side's spans and sentences tile its text on character boundaries, every
/// index points at something, every range lies in its text (the story's
/// quotations too), the numbers are numbers, and the result survives JSON
/// (the worker and exports send it).
pub fn check_comparison(left: &str, right: &str, options: &Options) -> Comparison {
    let c = compare(left, right, options);
    check_side(left, &c.left, &c);
    check_side(right, &c.right, &c);
    for p in &c.phrases {
        assert!(p.kind != SpanKind::Distinct && !p.left.is_empty() && !p.right.is_empty(), "phrase {p:?}");
        p.left.iter().for_each(|&r| assert_range(left, r, "phrase occurrence"));
        p.right.iter().for_each(|&r| assert_range(right, r, "phrase occurrence"));
    }
    for pair in &c.pairs {
        assert!(!pair.left.is_empty() && !pair.right.is_empty(), "empty side in pair {pair:?}");
        assert!(pair.left.iter().all(|&s| c.left.sentences[s].pair.is_some()), "pair lists an unpaired sentence");
        assert!(pair.right.iter().all(|&s| c.right.sentences[s].pair.is_some()), "pair lists an unpaired sentence");
        assert!((0.0..=1.0).contains(&pair.similarity), "similarity {}", pair.similarity);
        for edit in &pair.edits {
            edit.left.iter().for_each(|&r| assert_range(left, r, "word edit"));
            edit.right.iter().for_each(|&r| assert_range(right, r, "word edit"));
        }
    }
    let mut by_length = c.metrics.phrases_by_length.clone();
    by_length.sort_unstable();
    assert!(by_length.iter().copied().eq(0..c.phrases.len()), "phrases_by_length is not a permutation");
    assert!(c.metrics.longest_phrase.is_none_or(|i| i < c.phrases.len()));
    assert!((0.0..=1.0).contains(&c.metrics.similarity), "similarity {}", c.metrics.similarity);
    for limit in &c.metrics.limits {
        assert_range(left, limit.left, "limit");
        assert_range(right, limit.right, "limit");
    }
    let names = story::names(["", "Right"]);
    for claim in story::story(&c) {
        for piece in &claim {
            if let story::Piece::Quote { side, range, .. } = piece {
                assert_range(&c.side(*side).text, *range, "quotation in the story");
            }
        }
        assert!(!story::plain(&c, &claim, &names).is_empty(), "an empty claim");
    }
    let json = serde_json::to_string(&c).expect("the result serializes");
    let back: Comparison = serde_json::from_str(&json).expect("the result's JSON reads back");
    assert_eq!((&*back.left.text, &*back.right.text), (left, right));
    c
}

fn check_side(text: &str, side: &SideResult, c: &Comparison) {
    assert_eq!(&*side.text, text, "the result carries its own text");
    let mut at = 0;
    for s in &side.sentences {
        assert_eq!(s.range.start, at, "sentences tile");
        assert_range(text, s.range, "sentence");
        assert!(s.pair.is_none_or(|p| c.pairs.get(p).is_some()), "pair index out of range");
        if let Some(speaker) = &s.speaker {
            speaker.mention.iter().for_each(|&r| assert_range(text, r, "speaker mention"));
            assert_range(text, speaker.said, "what the speaker said");
        }
        at = s.range.end;
    }
    assert_eq!(at, text.len(), "sentences reach the end");
    let mut at = 0;
    for span in &side.spans {
        assert!(span.range.start == at && !span.range.is_empty(), "spans tile at {at}: {span:?}");
        assert_range(text, span.range, "span");
        let sentence = side.sentences.get(span.sentence).expect("span's sentence exists");
        assert!(sentence.range.contains(span.range), "span leaves its sentence");
        match span.kind {
            SpanKind::Distinct => assert!(span.phrase.is_none_or(|p| p < c.phrases.len())),
            _ => assert!(span.phrase.is_some_and(|p| p < c.phrases.len()), "shared span without phrase"),
        }
        at = span.range.end;
    }
    assert_eq!(at, text.len(), "spans reach the end");
    let m = &side.metrics;
    assert!(m.shared_words + m.moved_words <= m.words, "metrics {m:?}");
    assert!((0.0..=100.0).contains(&m.shared_percent) && (0.0..=100.0).contains(&m.moved_percent), "metrics {m:?}");
    for voice in &side.voices {
        assert!(voice.sentences.iter().all(|&i| i < side.sentences.len()), "voice {voice:?}");
        assert!(voice.words <= m.words, "voice {voice:?} has more words than the side");
    }
    for term in &side.distinctive {
        assert!(term.z.is_finite(), "z of {term:?}");
        term.occurrences.iter().for_each(|&r| assert_range(text, r, "term occurrence"));
    }
}

/// A range that lies in `text` and on its character boundaries.
/// Collates `texts` (three to six versions) and checks the collation: each
/// version's stretches tile its text, every range is a slice of its text,
/// every phrase is carried by two versions or more, and the similarities
/// are symmetric, between 0 and 1.
pub fn check_collation(texts: &[&str], options: &Options) {
    let c = parallax::engine::collate::compare_many(texts, options);
    assert_eq!(c.versions.len(), texts.len());
    for (v, (version, text)) in c.versions.iter().zip(texts).enumerate() {
        assert_eq!(&*version.text, *text);
        let mut at = 0;
        for s in &version.carried {
            assert_eq!(s.range.start, at, "the stretches of version {v} do not tile its text");
            assert_range(text, s.range, "stretch");
            assert!(s.by.iter().all(|&o| o != v && o < texts.len()), "carriers {:?}", s.by);
            at = s.range.end;
        }
        assert_eq!(at, text.len());
        version.sentences.iter().for_each(|&r| assert_range(text, r, "sentence"));
    }
    for p in &c.phrases {
        assert!(p.carriers().len() >= 2, "a phrase of one version: {p:?}");
        for (occurrences, text) in p.occurrences.iter().zip(texts) {
            occurrences.iter().for_each(|&r| assert_range(text, r, "phrase occurrence"));
        }
    }
    for (i, row) in c.similarity.iter().enumerate() {
        for (j, &x) in row.iter().enumerate() {
            assert!((0.0..=1.0).contains(&x) && x == c.similarity[j][i], "similarity [{i}][{j}] = {x}");
        }
    }
}

fn assert_range(text: &str, r: ByteRange, what: &str) {
    assert!(r.start <= r.end && text.get(r.start..r.end).is_some(), "{what} {r:?} is not a slice of a {}-byte text", text.len());
}

/// A permalink fragment: the first byte chooses whether the rest is the
/// fragment itself, the compressed data, or the JSON inside. Whatever
/// decodes re-encodes to the same comparison, and compares without fault.
pub fn permalink_decode(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else { return };
    let fragment = match mode % 3 {
        0 => String::from_utf8_lossy(rest).into_owned(),
        1 => format!("c={}", URL_SAFE_NO_PAD.encode(rest)),
        _ => format!("c={}", URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(rest, 1))),
    };
    if let Ok(Some(shared)) = now(permalink::decode(&fragment)) {
        let again = now(permalink::decode(&now(permalink::encode(&shared))));
        assert_eq!(again, Ok(Some(shared.clone())), "round trip");
        check_comparison(&shared.left.text, &shared.right.text, &shared.options);
        check_versions(&shared.statements().map(|s| &*s.text).collect::<Vec<_>>(), &shared.options);
    }
}

/// With more than two statements, their collation too.
fn check_versions(texts: &[&str], options: &Options) {
    if texts.len() > 2 {
        check_collation(texts, options);
    }
}

/// The output of a future that never waits: natively the permalink codec
/// is async only to share its signature with the browser's streams.
fn now<F: std::future::Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    match future.as_mut().poll(&mut std::task::Context::from_waker(std::task::Waker::noop())) {
        std::task::Poll::Ready(output) => output,
        std::task::Poll::Pending => panic!("the native permalink codec never waits"),
    }
}

/// A comparison file (a script embed's config): the widget opens either its
/// statements or an empty widget with a message, and compares them.
pub fn comparison_file(data: &[u8]) {
    let (props, _controls) = parallax::embed::props_from_config(&String::from_utf8_lossy(data));
    let initial = props.initial.expect("a config always gives the widget something to open");
    if props.notice.is_none() {
        check_comparison(&initial.left.text, &initial.right.text, &initial.options);
        let more = initial.more.iter().map(|s| &*s.text);
        check_versions(&[&*initial.left.text, &*initial.right.text].into_iter().chain(more).collect::<Vec<_>>(), &initial.options);
    } else {
        assert!(initial.left.text.is_empty() && initial.right.text.is_empty(), "a refused config opens nothing");
    }
}

/// File bytes under a name the first byte chooses; one mode packs the rest
/// as the body of a .docx. Text comes back exactly as the file has it.
pub fn file_import(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else { return };
    let names = ["statement.txt", "statement.html", "statement.docx", "statement.pdf", "statement"];
    let name = names[usize::from(mode) % names.len()];
    let bytes = if mode >= 128 { docx_with_body(rest) } else { rest.to_vec() };
    let Ok(imported) = input::import(name, &bytes) else { return };
    assert!(!imported.text.trim().is_empty(), "an import without text is refused");
    if let Ok(text) = decode_text(&bytes) {
        let reencoded: Vec<u8> = match bytes.get(..2) {
            Some(b"\xff\xfe") => b"\xff\xfe".iter().copied().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect(),
            Some(b"\xfe\xff") => b"\xfe\xff".iter().copied().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect(),
            _ => text.as_bytes().to_vec(),
        };
        assert_eq!(reencoded, bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes), "decoding changed the text");
        if name.ends_with(".txt") {
            assert_eq!(imported.text, text, "a text file is its text");
        }
    }
}

/// A .docx package whose `word/document.xml` is `body`, stored uncompressed.
pub fn docx_with_body(body: &[u8]) -> Vec<u8> {
    let mut archive = rawzip::ZipArchiveWriter::new(Vec::new());
    let stored = rawzip::CompressionMethod::STORE;
    let (mut entry, config) = archive.new_file("word/document.xml").compression_method(stored).start().expect("a new entry");
    let mut writer = config.wrap(&mut entry);
    writer.write_all(body).expect("written to memory");
    let (_, output) = writer.finish().expect("written to memory");
    entry.finish(output).expect("written to memory");
    archive.finish().expect("written to memory")
}

/// An HTML page: its text has no stray white space, its metadata is trimmed
/// and its source is a web address; a page without markup or references
/// keeps every word.
pub fn html_text(data: &[u8]) {
    let html = String::from_utf8_lossy(data);
    let page = html_to_text(&html);
    let text = &page.text;
    assert_eq!(text.trim_matches([' ', '\n']), text, "edges of {text:?}");
    if !html.to_ascii_lowercase().contains("<pre") {
        assert!(!text.contains("\n\n\n"), "more than one blank line in {text:?}");
    }
    for value in [&page.title, &page.date, &page.source].into_iter().flatten() {
        assert!(!value.is_empty() && value.trim() == value, "metadata {value:?}");
    }
    let scheme = |s: &str, prefix: &str| s.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix));
    assert!(page.source.as_deref().is_none_or(|s| scheme(s, "https://") || scheme(s, "http://")), "source {:?}", page.source);
    if !html.contains(['<', '&', '\0']) {
        if html.trim().is_empty() {
            assert_eq!(text, "", "white space only");
        } else {
            assert!(html.split_ascii_whitespace().eq(text.split_ascii_whitespace()), "words of {html:?} became {text:?}");
        }
    }
}
