//! The state of several statements at once, natively: adding, editing,
//! removing versions and opening two side by side, through the reducer.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use parallax::app::reducer::Action;
use parallax::app::state::State;
use parallax::app::statement::{Field, Statement};
use parallax::app::Initial;
use yew::Reducible;

fn statement(label: &str, text: &str) -> Statement {
    Statement { label: label.into(), text: text.into(), ..Statement::default() }
}

const TASS: &str = "The Russian side highly praised the measures being taken by China against the spread of the disease.";
const SPUTNIK: &str = "The Russian side praised the measures taken by China to combat the spread of the disease.";
const REUTERS: &str = "The Russian side gave a high appraisal of the measures that China is taking.";

fn two() -> Rc<State> {
    Rc::new(State::from_initial(Initial { left: statement("TASS", TASS), right: statement("Sputnik", SPUTNIK), ..Initial::default() }))
}

/// The three opened at once, their collation made natively (as a server-side
/// render makes it; in the browser the worker does).
fn three() -> Rc<State> {
    Rc::new(State::from_initial(Initial {
        left: statement("TASS", TASS),
        right: statement("Sputnik", SPUTNIK),
        more: vec![statement("Reuters", REUTERS)],
        ..Initial::default()
    }))
}

fn labels(s: &State) -> Vec<&str> {
    s.versions.all.iter().map(|s| s.label.as_str()).collect()
}

#[test]
fn a_third_statement_turns_the_pair_into_versions_and_removing_it_turns_them_back() {
    let s = two();
    assert!(!s.versions.active(), "two statements are a pair, as ever");
    let generation = s.generation;
    let s = s.reduce(Action::AddVersion(statement("Reuters", REUTERS)));
    assert_eq!(labels(&s), ["TASS", "Sputnik", "Reuters"]);
    assert!(s.versions.overview && s.versions.reading == 2, "the new version is read in the versions view");
    assert!(s.generation > generation, "a new collation is asked for");
    assert_eq!((s.left.label.as_str(), s.right.label.as_str()), ("TASS", "Sputnik"));
    let s = s.reduce(Action::RemoveVersion(0));
    assert!(!s.versions.active());
    assert_eq!((s.left.label.as_str(), s.right.label.as_str()), ("Sputnik", "Reuters"));
}

#[test]
fn no_more_than_six_statements() {
    let mut s = two();
    for i in 0..4 {
        s = s.reduce(Action::AddVersion(statement(&format!("V{i}"), "Some text.")));
    }
    assert_eq!(s.versions.all.len(), 6);
    assert!(s.notices.is_empty());
    let s = s.reduce(Action::AddVersion(statement("Seventh", "More.")));
    assert_eq!(s.versions.all.len(), 6);
    assert!(s.notices.last().unwrap().text.contains("up to 6 statements"), "{:?}", s.notices);
}

#[test]
fn opening_a_pair_shows_those_two_and_edits_go_back_to_them() {
    let s = two().reduce(Action::AddVersion(statement("Reuters", REUTERS)));
    let s = s.reduce(Action::OpenPair(2, 0));
    assert!(!s.versions.overview);
    assert_eq!((s.left.label.as_str(), s.right.label.as_str()), ("Reuters", "TASS"));
    // Editing the left pane edits Reuters, in its place in the list.
    let edited = format!("{REUTERS} Edited.");
    let s = s.reduce(Action::SetText(parallax::engine::Side::Left, edited.clone()));
    assert_eq!(*s.versions.all[2].text, edited);
    assert_eq!(labels(&s), ["TASS", "Sputnik", "Reuters"], "the order stays the reader's");
    // Swapping the panes swaps the pair, not the list.
    let s = s.reduce(Action::Swap);
    assert_eq!(s.versions.pair, [0, 2]);
    assert_eq!(&*s.versions.all[0].text, TASS);
    // Editing a version through its own editor edits the pane it is shown in.
    let s = s.reduce(Action::SetVersionField(0, Field::Label, "TASS (Moscow)".into()));
    assert_eq!(s.left.label, "TASS (Moscow)");
    let s = s.reduce(Action::SetVersionText(1, format!("{SPUTNIK} Edited.")));
    assert_eq!(s.versions.all[1].label, "Sputnik", "an edit keeps the header");
    let s = s.reduce(Action::SetVersionText(1, "Another text altogether.".into()));
    assert_eq!((&*s.versions.all[1].text, s.versions.all[1].label.as_str()), ("Another text altogether.", ""), "another text keeps none of it");
    let s = s.reduce(Action::ShowVersions(true));
    assert!(s.versions.overview);
}

#[test]
fn the_collation_is_made_natively_and_dropped_when_a_text_changes() {
    let s = three();
    let c = s.versions.collation(&s.options).expect("server-side renders collate at once");
    assert_eq!(c.versions.len(), 3);
    let s = s.reduce(Action::SetVersionText(2, "Something else entirely.".into()));
    assert!(s.versions.collation(&s.options).is_none(), "a collation of other texts is never shown as theirs");
}

#[test]
fn a_stale_collation_never_replaces_a_newer_one() {
    let s = three();
    let texts = [TASS, SPUTNIK, REUTERS];
    let make = || parallax::app::versions::SharedCollation::new(parallax::engine::collate::compare_many(&texts, &Default::default()));
    let newer = make();
    let s = s.reduce(Action::Collated(5, newer.clone()));
    let s = s.reduce(Action::Collated(3, make()));
    assert_eq!(s.versions.collation.as_ref().map(|(g, c)| (*g, c.clone())), Some((5, newer)));
}

#[test]
fn a_version_over_the_size_limit_is_refused_with_a_message() {
    let huge = "word ".repeat(parallax::engine::input::limits::MAX_STATEMENT_BYTES / 5 + 1);
    let s = State::from_initial(Initial {
        left: statement("TASS", TASS),
        right: statement("Sputnik", SPUTNIK),
        more: vec![statement("Huge", &huge)],
        ..Initial::default()
    });
    assert_eq!(&*s.versions.all[2].text, "");
    assert!(s.notices.iter().any(|n| n.text.starts_with("The text of version 3 is 1,000,005 bytes; Parallax compares up to 1,000,000 bytes (1 MB) per statement")), "{:?}", s.notices);
    let s = Rc::new(s).reduce(Action::AddVersion(statement("Huge too", &huge)));
    assert_eq!(s.versions.all.len(), 3, "not added");
}
