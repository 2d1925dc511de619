//! The UI's pure logic, natively: the reducer, aligned rows and navigation.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use parallax::app::nav::StopKind;
use parallax::app::rows::{pair_echoes, rows, spans_by_sentence};
use parallax::app::shared_comparison::SharedComparison;
use parallax::app::reducer::Action;
use parallax::app::state::State;
use parallax::app::statement::Statement;
use parallax::engine::input::limits::MAX_STATEMENT_BYTES;
use parallax::app::view::{Mode, Popover};
use parallax::app::Initial;
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

/// The state on LEFT and RIGHT with their comparison made (natively, as a
/// server-side render makes it; in the browser the worker does).
fn state() -> Rc<State> {
    Rc::new(State::from_initial(Initial { left: statement(LEFT), right: statement(RIGHT), ..Initial::default() }))
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
    let c = SharedComparison::new(compare(LEFT, RIGHT, &Options::default()));
    let stops = c.stops();
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
    let newer = SharedComparison::new(compare("Changed text.", RIGHT, &Options::default()));
    let generation = s.generation;
    let s = s.reduce(Action::Compared(generation, newer.clone()));
    assert_eq!(s.comparison(), Some(&newer));
    let old = SharedComparison::new(compare(LEFT, RIGHT, &Options::default()));
    let s = s.reduce(Action::Compared(0, old));
    assert_eq!(s.comparison(), Some(&newer));
}

#[test]
fn oversized_text_is_refused_with_a_message_and_the_old_text_kept() {
    let s = state().reduce(Action::SetText(Side::Right, "a".repeat(MAX_STATEMENT_BYTES + 1)));
    assert_eq!(&*s.right.text, RIGHT);
    let said = "The right text is 1,000,001 bytes; Parallax compares up to 1,000,000 bytes (1 MB) per statement. Use a shorter part of it.";
    assert!(s.notices.iter().any(|n| n.side == Some(Side::Right) && n.text == said), "{:?}", s.notices);
}

#[test]
fn a_label_of_megabytes_from_a_link_is_cut_to_the_limit_with_a_message() {
    let long = Statement { label: "Ministry ".repeat(400_000), ..statement(LEFT) };
    let s = State::from_initial(Initial { left: long, right: statement(RIGHT), ..Initial::default() });
    assert_eq!(s.left.label.chars().count(), 300);
    assert_eq!(&*s.left.text, LEFT, "the text is kept");
    let said = "The left statement's label is 3,600,000 characters long; Parallax keeps labels, titles, dates and sources \
                up to 300 characters, so only its first 300 are kept.";
    assert!(s.notices.iter().any(|n| n.text == said), "{:?}", s.notices);
    // Typed (or pasted) into the editor, the same rule and the same words.
    let s = Rc::new(s).reduce(Action::SetField(Side::Right, parallax::app::statement::Field::Title, "T".repeat(301)));
    assert_eq!(s.right.title.len(), 300);
    assert!(s.notices.iter().any(|n| n.text.starts_with("The right statement's title is 301 characters long;")));
}

#[test]
fn swap_exchanges_statements_and_languages() {
    let options = Options { lang_left: parallax::engine::LangChoice::Fixed(parallax::engine::Lang::Russian), ..Options::default() };
    let s = Rc::new(State::with_statements(statement(LEFT), statement(RIGHT), options));
    let s = s.reduce(Action::Swap);
    assert_eq!((&*s.left.text, &*s.right.text), (RIGHT, LEFT));
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
    let opened = State::from_initial(Initial { left: statement(LEFT), right: statement(RIGHT), ..Default::default() });
    assert!(opened.comparison().is_some(), "natively a widget opens compared");
    let s = Rc::new(opened).reduce(Action::SetMode(Mode::Edit)).reduce(Action::SetText(Side::Right, "A new right statement.".into()));
    assert!(s.comparison().is_none(), "typing waits for the debounce");
    // The worker compares at once on leaving the editor (a browser test
    // shows the new text); until it answers, nothing counts as current.
    let s = s.reduce(Action::SetMode(Mode::Read));
    assert!(s.busy && s.comparison().is_none());
    assert!(!s.shows_texts(s.latest_comparison().unwrap()), "the earlier result would show the old text");
    let c = SharedComparison::new(compare(LEFT, "A new right statement.", &Options::default()));
    let generation = s.generation;
    let s = s.reduce(Action::Compared(generation, c));
    let c = s.comparison().expect("a current comparison");
    let shown: String = c.right.spans.iter().map(|x| c.right.slice(x.range)).collect();
    assert_eq!(shown, "A new right statement.");
}

#[test]
fn matching_sentences_echo_their_common_content_words() {
    let left = include_str!("../examples/cn-mfa.txt");
    let right = include_str!("../examples/ru-mid-tass.txt");
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

#[test]
fn actions_that_change_nothing_keep_the_same_state() {
    let s = state();
    for action in [
        Action::Hover(None, None),
        Action::SetMode(Mode::Read),
        Action::SetText(Side::Left, LEFT.into()),
        Action::SetOptions(s.options.clone()),
        Action::ClosePopover,
        Action::DismissNotice(7),
        Action::Compared(0, s.result.as_ref().unwrap().1.clone()),
    ] {
        let next = s.clone().reduce(action.clone());
        assert!(Rc::ptr_eq(&s, &next), "{action:?} made a new state");
    }
    let hovered = s.clone().reduce(Action::Hover(Some((Side::Left, 0)), None));
    assert!(!Rc::ptr_eq(&s, &hovered), "a new hover is a change");
    let again = hovered.clone().reduce(Action::Hover(Some((Side::Left, 0)), None));
    assert!(Rc::ptr_eq(&hovered, &again), "hovering the same phrase again is not");
    let opened = s.clone().reduce(Action::Toggle(Popover::Share));
    assert_eq!(opened.popover, Some(Popover::Share));
}

#[test]
fn the_state_shares_its_texts_instead_of_copying_them() {
    let s = state();
    let next = s.clone().reduce(Action::Hover(Some((Side::Right, 1)), None));
    assert!(std::sync::Arc::ptr_eq(&s.left.text, &next.left.text));
    assert!(std::sync::Arc::ptr_eq(&s.right.text, &next.right.text));
    let swapped = s.clone().reduce(Action::Swap);
    assert!(std::sync::Arc::ptr_eq(&s.left.text, &swapped.right.text), "swapping copies a text");
}

#[test]
fn a_result_is_shown_with_its_own_text_after_the_inputs_change() {
    // The state's texts change (a swap), the result shown until the new one
    // arrives is the old one: every range it has fits the text it carries.
    let s = state().reduce(Action::Swap);
    let shown = s.latest_comparison().expect("the previous comparison stays on screen");
    assert!(s.comparison().is_none(), "the old result counts as current");
    for side in [Side::Left, Side::Right] {
        let result = shown.side(side);
        let text: String = result.spans.iter().map(|sp| result.slice(sp.range)).collect();
        assert_eq!(text, *result.text, "spans tile their own text");
    }
    assert_eq!(&*shown.left.text, LEFT, "the result keeps the text it was made on");
    for row in shown.rows() {
        for &k in row.left.iter() {
            assert!(shown.left.text.get(shown.left.sentences[k].range.start..shown.left.sentences[k].range.end).is_some());
        }
    }
}

/// The headline pair, compared.
fn headline() -> parallax::engine::Comparison {
    compare(include_str!("../examples/cn-mfa.txt"), include_str!("../examples/ru-mid-tass.txt"), &Options::default())
}

#[test]
fn a_party_has_one_colour_in_both_statements_and_unknown_has_none() {
    use parallax::app::voices::{parties, party_class, BOTH};
    let c = headline();
    let parties = parties(&c);
    assert!(parties.iter().any(|p| p == "Russia") && parties.iter().any(|p| p == BOTH), "{parties:?}");
    let russia = party_class(&parties, Some("Russia"));
    assert_ne!(russia, party_class(&parties, Some("China")));
    assert_eq!(party_class(&parties, Some(BOTH)), "px-party-both");
    assert_eq!(party_class(&parties, None), "px-party-none");
    assert_eq!(party_class(&parties, Some("Atlantis")), "px-party-none");
    // Both sides' Russian sentences carry the same class.
    let sentence_class = |side: Side| {
        let sp = c.side(side).sentences.iter().find_map(|s| s.speaker.as_ref().filter(|sp| sp.party.as_deref() == Some("Russia")))?;
        Some(party_class(&parties, sp.party.as_deref()))
    };
    assert_eq!(sentence_class(Side::Left), Some(russia.clone()));
    assert_eq!(sentence_class(Side::Right), Some(russia));
}

#[test]
fn chips_name_speaker_and_party() {
    use parallax::app::voices::chip_text;
    use parallax::engine::{ByteRange, Speaker};
    let speaker = |name: &str, party: Option<&str>| Speaker {
        name: name.into(),
        party: party.map(Into::into),
        mention: Some(ByteRange::new(0, 1)),
        said: ByteRange::new(1, 2),
    };
    assert_eq!(chip_text(&speaker("Lavrov", Some("Russia")), false), "Lavrov · Russia");
    assert_eq!(chip_text(&speaker("China", Some("China")), false), "China");
    assert_eq!(chip_text(&speaker("Mr. Smith", None), false), "Mr. Smith · party not stated");
    assert_eq!(chip_text(&speaker("He", Some("Russia")), true), "He · Russia (continued)");
}

#[test]
fn what_a_statement_reports_of_a_party_is_quoted_from_its_speakers_name_and_is_a_link_target() {
    use parallax::app::voices::{credited, quote_targets};
    let c = headline();
    for side in [Side::Left, Side::Right] {
        // Every sentence with a speaker is a link target; and every credited range is such a sentence's words.
        let targets = quote_targets(&c, side);
        for (i, s) in c.side(side).sentences.iter().enumerate() {
            assert!(s.speaker.is_none() || targets.contains(&i), "sentence {i} has no anchor");
        }
        for r in credited(&c, side, "Russia") {
            assert!(c.side(side).sentences.iter().any(|s| s.range.contains(r) && s.speaker.is_some()));
        }
    }
    let left = credited(&c, Side::Left, "Russia");
    assert!(c.left.slice(left[0]).starts_with("Lavrov said that Russia fully recognizes and highly appreciates"), "{}", c.left.slice(left[0]));
    let right = credited(&c, Side::Right, "Russia");
    assert!(c.right.slice(right[0]).starts_with("The Russian side highly praised the measures"), "{}", c.right.slice(right[0]));
}

#[test]
fn what_the_worker_prepares_beside_a_comparison_is_what_the_page_would_find() {
    use parallax::app::shared_comparison::Prepared;
    use parallax::app::voices::{credited, parties, quote_targets};
    use parallax::engine::story::story;
    let c = headline();
    let prepared = SharedComparison::with_prepared(c.clone(), Prepared::of(&c));
    let found = SharedComparison::new(c.clone());
    assert!(!parties(&c).is_empty(), "the headline names parties");
    for side in [Side::Left, Side::Right] {
        assert_eq!(prepared.quote_targets(side), quote_targets(&c, side));
        for party in parties(&c) {
            assert_eq!(prepared.credited(side, &party), credited(&c, side, &party), "{party}");
            assert_eq!(found.credited(side, &party), credited(&c, side, &party), "{party}");
        }
        assert!(prepared.credited(side, "No such party").is_empty());
    }
    assert_eq!(prepared.story(), story(&c));
    assert_eq!(found.story(), story(&c));
}

#[test]
fn following_a_quotation_marks_it_until_the_texts_change_or_esc() {
    use parallax::engine::ByteRange;
    let s = state();
    let quoted = (Side::Right, ByteRange::new(0, 4));
    let s = s.reduce(Action::ShowQuote(quoted.0, quoted.1));
    assert_eq!(s.quoted, Some((quoted.0, quoted.1, 0)));
    // Following the same link again is a change: its words are brought back into view.
    let again = s.clone().reduce(Action::ShowQuote(quoted.0, quoted.1));
    assert!(!Rc::ptr_eq(&s, &again) && again.quoted == Some((quoted.0, quoted.1, 1)));
    assert_eq!(s.clone().reduce(Action::Unpin).quoted, None);
    assert_eq!(s.reduce(Action::SetText(Side::Left, "Another text.".into())).quoted, None);
}

/// A labelled, dated statement with a source, as an example or a link gives.
fn described(text: &str) -> Statement {
    Statement { label: "China — MFA".into(), title: "Call".into(), date: "2020-02-01".into(), source: "https://fmprc.gov.cn".into(), text: text.into() }
}

#[test]
fn a_replaced_text_loses_the_old_header_and_options_that_came_with_it() {
    let options = Options { min_phrase: 5, stem: false, ..Options::default() };
    let opened = Rc::new(State::from_initial(Initial { left: described(LEFT), right: described(RIGHT), options, example: Some(0), ..Initial::default() }));
    // A typo fixed is an edit: the header and options stay, the picker no longer names the example.
    let fixed = opened.clone().reduce(Action::SetText(Side::Left, LEFT.replace("ministers", "Ministers")));
    assert_eq!(fixed.left.label, "China — MFA");
    assert_eq!(fixed.options.min_phrase, 5);
    assert_eq!(fixed.example, None);
    // Another text pasted over it is a new statement.
    let replaced = fixed.reduce(Action::SetText(Side::Left, "A different statement about trade and tariffs.".into()));
    assert_eq!(replaced.left, Statement { text: "A different statement about trade and tariffs.".into(), ..Statement::default() });
    assert_eq!(replaced.right.label, "China — MFA", "the side not replaced keeps its header");
    assert_eq!(replaced.options, Options::default());
    // Options the reader chose are theirs and stay.
    let chosen = replaced.reduce(Action::SetOptions(Options { min_phrase: 3, ..Options::default() }));
    let again = chosen.reduce(Action::SetText(Side::Right, String::new()));
    assert_eq!((again.right.label.as_str(), again.options.min_phrase), ("", 3));
}

#[test]
fn a_file_brings_its_own_header() {
    use parallax::engine::input::Imported;
    let s = Rc::new(State::from_initial(Initial { left: described(LEFT), right: described(RIGHT), ..Initial::default() }));
    let file = Imported { text: RIGHT.into(), title: Some("Readout".into()), date: None, source: None };
    let s = s.reduce(Action::FileLoaded(Side::Left, Ok(file)));
    assert_eq!(s.left, Statement { title: "Readout".into(), text: RIGHT.into(), ..Statement::default() });
}

#[test]
fn the_offer_to_restore_outlives_the_example_loading_and_goes_once_answered() {
    let saved = Box::new(Initial { left: statement(RIGHT), right: statement(LEFT), ..Initial::default() });
    let s = Rc::new(State::loading_example(0)).reduce(Action::OfferRestore(Some(saved.clone())));
    let example = Initial { left: described(LEFT), right: described(RIGHT), example: Some(0), ..Initial::default() };
    let s = s.reduce(Action::ExampleLoaded(0, Ok(example)));
    assert_eq!((s.restorable.as_ref(), s.example), (Some(&saved), Some(0)));
    let restored = s.reduce(Action::Restore(saved));
    assert_eq!((&*restored.left.text, restored.restorable.is_none(), restored.example), (RIGHT, true, None));
}

#[test]
fn scroll_anchors_are_in_order_on_both_sides() {
    let c = compare(LEFT, RIGHT, &Options::default());
    let anchors = parallax::app::rows::scroll_anchors(&c);
    assert!(!anchors.is_empty());
    assert!(anchors.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1), "{anchors:?}");
    // LEFT and RIGHT share two sentences in opposite orders: one anchor of the two.
    assert_eq!(anchors.len(), 1, "{anchors:?}");
    let same = compare(LEFT, LEFT, &Options::default());
    let all: Vec<(usize, usize)> = (0..same.left.sentences.len()).map(|i| (i, i)).collect();
    assert_eq!(parallax::app::rows::scroll_anchors(&same), all);
}

#[test]
fn replacing_is_told_from_editing() {
    use parallax::app::state::replaces;
    assert!(!replaces("", "anything"));
    assert!(!replaces("The ministers met.", "The ministers met today."));
    assert!(!replaces("The ministers met.", "The ministers"));
    assert!(replaces("The ministers met.", ""));
    assert!(replaces("The ministers met.", "Sanctions were discussed at length."));
}
