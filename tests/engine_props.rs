//! Property tests of the engine's invariants on mixed-script text: spans and
//! sentences tile each side, spans stay inside their sentence, a text
//! compared with itself is all shared, swapping sides mirrors the result.

use parallax::engine::{compare, Comparison, Options, SideResult, SpanKind};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "the", "Russian", "side", "praised", "measures", "China", "cooperation", "of", "and",
    "Sergei", "Sergey", "1,000", "1000", "COVID-19", "U.S.", "Mr.", "it's", "it’s",
    "王", "毅", "外长", "。", "！", "？", "カタカナ", "한국어",
    "Лавров", "министры", "подтвердили", "сотрудничества",
    "مرحبا", "بالعالم", "שלום", "עולם",
    "👩‍👩‍👧", "🇺🇦", "e\u{301}", "\u{301}", "café",
    " ", " ", " ", "  ", "\u{a0}", "\r\n", "\n", "\n\n", "\t",
    ".", ",", ";", ":", "!", "?", "—", "–", "-", "\"", "“", "”", "(", ")", "[", "]", "…",
];

fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => prop::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn options() -> impl Strategy<Value = Options> {
    (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>(), 1usize..5).prop_map(
        |(ignore_case, ignore_punctuation, unify_quotes, stem, spelling_variants, min_phrase)| Options {
            min_phrase,
            ignore_case,
            ignore_punctuation,
            unify_quotes,
            stem,
            spelling_variants,
            ..Options::default()
        },
    )
}

/// Checks one side's layout against its text; returns an error message.
fn check_side(text: &str, side: &SideResult, c: &Comparison) -> Result<(), String> {
    let mut at = 0;
    for s in &side.sentences {
        if s.range.start != at || s.range.end < s.range.start {
            return Err(format!("sentences do not tile at {at}"));
        }
        if let Some(p) = s.pair {
            if p >= c.pairs.len() {
                return Err("pair index out of range".into());
            }
        }
        at = s.range.end;
    }
    if at != text.len() {
        return Err("sentences do not reach the end".into());
    }
    let mut at = 0;
    for span in &side.spans {
        if span.range.start != at || span.range.end <= span.range.start {
            return Err(format!("spans do not tile at {at}"));
        }
        if &*side.text != text {
            return Err("the result does not carry the text it was computed on".into());
        }
        let span_text = text.get(span.range.start..span.range.end).ok_or("span is not on char boundaries")?;
        let s = side.sentences.get(span.sentence).ok_or("sentence index out of range")?;
        if span.range.start < s.range.start || span.range.end > s.range.end {
            return Err(format!("span {:?} leaves its sentence", span_text));
        }
        if span.kind != SpanKind::Distinct {
            let p = span.phrase.ok_or("shared span without phrase")?;
            if p >= c.phrases.len() {
                return Err("phrase index out of range".into());
            }
            if span_text.starts_with(char::is_whitespace) || span_text.ends_with(char::is_whitespace) {
                return Err(format!("shared span {:?} has edge whitespace", span_text));
            }
        }
        at = span.range.end;
    }
    let joined: String = side.spans.iter().map(|s| side.slice(s.range)).collect();
    if joined != text {
        return Err("spans do not concatenate to the text".into());
    }
    Ok(())
}

fn check(a: &str, b: &str, c: &Comparison) -> Result<(), String> {
    check_side(a, &c.left, c)?;
    check_side(b, &c.right, c)?;
    for p in &c.phrases {
        for r in &p.left {
            a.get(r.start..r.end).ok_or("bad left phrase range")?;
        }
        for r in &p.right {
            b.get(r.start..r.end).ok_or("bad right phrase range")?;
        }
    }
    if c.metrics.phrases_by_length.len() != c.phrases.len() {
        return Err("phrases_by_length incomplete".into());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn layout_invariants(a in text(), b in text(), o in options()) {
        let c = compare(&a, &b, &o);
        if let Err(e) = check(&a, &b, &c) {
            return Err(TestCaseError::fail(format!("{e}\nleft: {a:?}\nright: {b:?}")));
        }
    }

    #[test]
    fn self_comparison_is_all_shared(a in text(), o in options()) {
        let c = compare(&a, &a, &o);
        prop_assert!(check(&a, &a, &c).is_ok());
        if c.left.metrics.words > 0 {
            prop_assert_eq!(c.left.metrics.shared_percent, 100.0);
            prop_assert_eq!(c.right.metrics.shared_percent, 100.0);
            prop_assert_eq!(c.metrics.similarity, 1.0);
        }
        prop_assert!(c.left.distinctive.is_empty());
    }

    #[test]
    fn swapping_sides_mirrors(a in text(), b in text(), o in options()) {
        let ab = compare(&a, &b, &o);
        let ba = compare(&b, &a, &o);
        let kinds = |s: &SideResult| s.spans.iter().map(|x| (x.range.start, x.range.end, x.kind)).collect::<Vec<_>>();
        prop_assert_eq!(kinds(&ab.left), kinds(&ba.right));
        prop_assert_eq!(kinds(&ab.right), kinds(&ba.left));
        prop_assert_eq!(&ab.left, &ba.right);
        prop_assert_eq!(ab.pairs.len(), ba.pairs.len());
        for (p, q) in ab.pairs.iter().zip(&ba.pairs) {
            prop_assert_eq!(&p.left, &q.right);
            prop_assert_eq!(&p.right, &q.left);
        }
        prop_assert_eq!(ab.metrics.similarity, ba.metrics.similarity);
    }
}

#[test]
fn shared_phrase_text_is_left_text() {
    let a = "We praised the joint statement today.";
    let b = "Today the joint statement was praised.";
    for (x, y) in [(a, b), (b, a)] {
        let c = compare(x, y, &Options::default());
        for p in &c.phrases {
            assert_eq!(p.text, &x[p.left[0].start..p.left[0].end]);
        }
    }
}
