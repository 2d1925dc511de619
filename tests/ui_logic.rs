//! The UI's pure logic, natively: the reducer, aligned rows and navigation.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use parallax::app::nav::{StopKind, Stops};
use parallax::app::rows::{pair_echoes, rows, spans_by_sentence};
use parallax::app::state::{Action, Mode, State, Statement, MAX_SIDE_BYTES};
use parallax::app::SharedComparison;
use parallax::engine::{compare, Options, Side, SpanKind};
use yew::Reducible;

const LEFT: &str = "The ministers discussed the comprehensive strategic partnership of coordination. \
                    Only the left statement praises the open and transparent manner of the response. \
                    Both sides agreed to strengthen cooperation in public health.";
const RIGHT: &str = "Both sides agreed to strengthen cooperation in public health. \
                     The ministers discussed the comprehensive strategic partnership of coordination. \
                     The right statement adds a remark about sanctions.";

fn statement(text: &str) -> Statement {
    Statement { label: "x".into(), text: text.into(), ..Statement::default() }
}

fn state() -> Rc<State> {
    Rc::new(State::with_statements(statement(LEFT), statement(RIGHT), Options::default()))
}

#[test]
fn rows_show_every_sentence_once_and_pairs_together() {
    let c = compare(LEFT, RIGHT, &Options::default());
    let rows = rows(&c);
    let mut left: Vec<usize> = rows.iter().flat_map(|r| r.left.clone()).collect();
    let mut right: Vec<usize> = rows.iter().flat_map(|r| r.right.clone()).collect();
    left.sort();
    right.sort();
    assert_eq!(left, (0..c.left.sentences.len()).collect::<Vec<_>>());
    assert_eq!(right, (0..c.right.sentences.len()).collect::<Vec<_>>());
    let partnership = rows
        .iter()
        .find(|r| r.left.iter().any(|&s| LEFT[c.left.sentences[s].range.start..c.left.sentences[s].range.end].contains("partnership")))
        .expect("a row with the partnership sentence");
    assert!(partnership.pair.is_some(), "the shared sentence is not paired");
    assert!(partnership.right.iter().any(|&s| RIGHT[c.right.sentences[s].range.start..].starts_with("The ministers")));
}

#[test]
fn spans_by_sentence_covers_each_sentence_exactly() {
    let c = compare(LEFT, RIGHT, &Options::default());
    for side in [&c.left, &c.right] {
        let ranges = spans_by_sentence(side);
        assert_eq!(ranges.len(), side.sentences.len());
        for (i, r) in ranges.iter().enumerate() {
            assert!(!r.is_empty());
            assert_eq!(side.spans[r.start].range.start, side.sentences[i].range.start);
            assert_eq!(side.spans[r.end - 1].range.end, side.sentences[i].range.end);
        }
    }
}

#[test]
fn navigation_wraps_and_visits_distinct_phrasing() {
    let c = compare(LEFT, RIGHT, &Options::default());
    let stops = Stops::new(&c);
    let n = stops.len(StopKind::Difference);
    assert!(n >= 2);
    let first = stops.step(None, StopKind::Difference, true).unwrap();
    assert_eq!(c.side(first.side).spans[first.span].kind, SpanKind::Distinct);
    let last = stops.step(Some(first), StopKind::Difference, false).unwrap();
    assert_eq!(last.index, n - 1, "previous from the first wraps to the last");
    assert_eq!(stops.step(Some(last), StopKind::Difference, true).unwrap().index, 0);
    let phrase = stops.step(None, StopKind::Phrase, true).unwrap();
    assert!(phrase.phrase.is_some());
}

#[test]
fn stale_results_never_replace_newer_ones() {
    let s = state();
    let s = s.reduce(Action::SetText(Side::Left, "Changed text.".into()));
    assert!(s.busy && s.comparison().is_none(), "the old comparison still counts as current");
    let newer = SharedComparison(Rc::new(compare("Changed text.", RIGHT, &Options::default())));
    let generation = s.generation;
    let s = s.reduce(Action::Compared(generation, newer.clone()));
    assert_eq!(s.comparison(), Some(&newer));
    let old = SharedComparison(Rc::new(compare(LEFT, RIGHT, &Options::default())));
    let s = s.reduce(Action::Compared(0, old));
    assert_eq!(s.comparison(), Some(&newer));
}

#[test]
fn oversized_text_is_refused_with_a_message_and_the_old_text_kept() {
    let s = state().reduce(Action::SetText(Side::Right, "a ".repeat(MAX_SIDE_BYTES)));
    assert_eq!(s.right.text, RIGHT);
    assert!(s.notices.iter().any(|n| n.side == Some(Side::Right) && n.text.contains("MB")));
}

#[test]
fn swap_exchanges_statements_and_languages() {
    let options = Options { lang_left: parallax::engine::LangChoice::Fixed(parallax::engine::Lang::Russian), ..Options::default() };
    let s = Rc::new(State::with_statements(statement(LEFT), statement(RIGHT), options));
    let s = s.reduce(Action::Swap);
    assert_eq!((s.left.text.as_str(), s.right.text.as_str()), (RIGHT, LEFT));
    assert_eq!(s.options.lang_right, parallax::engine::LangChoice::Fixed(parallax::engine::Lang::Russian));
}

#[test]
fn an_empty_side_opens_in_edit_mode() {
    let s = State::with_statements(statement(LEFT), statement("  "), Options::default());
    assert_eq!(s.mode, Mode::Edit);
    assert_eq!(state().mode, Mode::Read);
}

#[test]
fn leaving_the_editor_never_passes_the_old_result_off_as_current() {
    let opened = State::from_initial(parallax::app::Initial { left: statement(LEFT), right: statement(RIGHT), ..Default::default() });
    assert!(opened.comparison().is_some(), "natively a widget opens compared");
    let s = Rc::new(opened).reduce(Action::SetMode(Mode::Edit)).reduce(Action::SetText(Side::Right, "A new right statement.".into()));
    assert!(s.comparison().is_none(), "typing waits for the debounce");
    // The worker compares at once on leaving the editor (a browser test
    // shows the new text); until it answers, nothing counts as current.
    let s = s.reduce(Action::SetMode(Mode::Read));
    assert!(s.busy && s.comparison().is_none());
    assert!(!s.shows_texts(&s.latest_comparison().unwrap().0), "the earlier result would show the old text");
    let c = SharedComparison(Rc::new(compare(LEFT, "A new right statement.", &Options::default())));
    let generation = s.generation;
    let s = s.reduce(Action::Compared(generation, c));
    let c = s.comparison().expect("a current comparison");
    let shown: String = c.0.right.spans.iter().map(|x| c.0.right.slice(x.range)).collect();
    assert_eq!(shown, "A new right statement.");
}

#[test]
fn matching_sentences_echo_their_common_content_words() {
    let left = include_str!("../assets/demo/cn-mfa.txt");
    let right = include_str!("../assets/demo/ru-mid-tass.txt");
    let c = compare(left, right, &Options { min_phrase: 2, ..Options::default() });
    let praised = c.right.sentences.iter().position(|s| right[s.range.start..s.range.end].contains("highly praised")).unwrap();
    let pair = c.right.sentences[praised].pair.expect("the praise has a counterpart in the Chinese readout");
    let words = |side: Side, text: &str| -> Vec<String> {
        pair_echoes(&c, pair, side).iter().map(|r| text[r.start..r.end].to_lowercase()).collect()
    };
    let (l, r) = (words(Side::Left, left), words(Side::Right, right));
    assert!(r.iter().any(|w| w.contains("highly")), "{r:?}");
    assert!(l.iter().any(|w| w.contains("highly")), "{l:?}");
    assert!(!r.iter().any(|w| w == "the" || w == "of"), "function words are not echoes: {r:?}");
}
