//! Teaching with several versions, natively through the reducer: the
//! lesson's steps walk the versions, presenting with reveal steps through
//! each, every toolbar action means something in the versions view, and a
//! link opens the lesson (reveal included) on the tab its maker read.
//! On the corpus's three English renderings of the Russian statement of
//! 1 February 2020 (TASS, Sputnik, Reuters).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::corpus;
use parallax::app::nav::StopKind;
use parallax::app::permalink::{decode, encode, Shared};
use parallax::app::reducer::Action;
use parallax::app::state::State;
use parallax::app::statement::Statement;
use parallax::app::versions_lesson::{VersionAnchor, VersionStep};
use parallax::app::view::{Layout, Reveal};
use parallax::app::Initial;
use parallax::engine::Side;
use yew::Reducible;

fn statement(label: &str, file: &str) -> Statement {
    Statement { label: label.into(), text: corpus(file).into(), ..Statement::default() }
}

/// TASS, Sputnik and Reuters, collated natively (as a server-side render does).
fn three() -> Rc<State> {
    Rc::new(State::from_initial(Initial {
        left: statement("TASS", "2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt"),
        right: statement("Sputnik", "2020-02-01_wangyi-lavrov_ru-mid_via-sputnik.txt"),
        more: vec![statement("Reuters", "2020-02-01_wangyi-lavrov_ru-mid_via-reuters.txt")],
        ..Initial::default()
    }))
}

#[test]
fn the_steps_walk_the_versions_and_reuters_leaves_out_the_second_sentence() {
    let s = three();
    let steps = s.version_steps().expect("collated");
    use VersionStep::*;
    assert_eq!(steps, [Common, Own(0), Own(1), Own(2), LeftOut(2)]);
    let c = s.versions.collation(&s.options).unwrap();
    let left_out: Vec<String> = parallax::app::versions::left_out(c, 2)
        .into_iter()
        .map(|at| parallax::app::versions::slice(&c.versions[at.version], c.versions[at.version].sentences[at.sentence]).trim().to_owned())
        .collect();
    assert_eq!(left_out, ["[They] discussed the Russian-Chinese cooperation in that field.", "The issues of Russian-Chinese cooperation in this field were discussed."]);
}

#[test]
fn presenting_with_reveal_steps_through_text_shading_and_passages_of_each_version() {
    let s = three().reduce(Action::ReadVersion(1));
    let s = s.reduce(Action::SetReveal(true));
    assert!(s.lesson.reveal && s.reveal.is_none(), "reveal is a setting of the lesson until presenting");
    let s = s.reduce(Action::Present(true));
    assert_eq!((s.presenting, s.reveal), (Some(0), Some(Reveal::Plain)));
    assert_eq!(s.layout, Layout::SideBySide, "the versions view keeps its layout");
    let s = s.reduce(Action::PresentStep(true));
    assert_eq!(s.reveal, Some(Reveal::Shared));
    let s = s.reduce(Action::PresentStep(true));
    assert_eq!(s.reveal, Some(Reveal::Distinct), "no reordered phrasing to reveal among versions");
    let s = s.reduce(Action::PresentStep(true));
    assert_eq!((s.presenting, s.reveal, s.versions.reading), (Some(1), Some(Reveal::Plain), 0), "step 2 reads TASS");
    let mut s = s;
    for _ in 0..3 * 3 {
        s = s.reduce(Action::PresentStep(true));
    }
    assert_eq!((s.presenting, s.versions.reading), (Some(4), 2), "the last step: what Reuters leaves out");
    let s = s.reduce(Action::PresentStep(false));
    assert_eq!((s.presenting, s.reveal), (Some(3), Some(Reveal::Distinct)), "going back shows the step whole");
    let s = s.reduce(Action::Present(false));
    assert_eq!((s.presenting, s.reveal), (None, None), "nothing stays hidden after presenting");
}

#[test]
fn toolbar_actions_act_on_the_version_read() {
    let s = three().reduce(Action::ReadVersion(2));
    // Swap has no sides to exchange in the versions view.
    let swapped = s.clone().reduce(Action::Swap);
    assert!(Rc::ptr_eq(&s, &swapped), "Swap changed the versions view");
    // n and j step through the places of the version read: what only it
    // says, and what another version shares.
    let s = s.reduce(Action::Step(StopKind::Difference, true));
    assert_eq!(s.versions.cursor, Some((StopKind::Difference, 0)));
    let s = s.reduce(Action::Step(StopKind::Difference, false));
    let c = s.versions.collation(&s.options).unwrap().clone();
    let reuters = &c.versions[2];
    let pieces = parallax::app::versions::pieces(reuters);
    let differences = parallax::app::versions::stops(&pieces, reuters, false);
    assert_eq!(s.versions.cursor, Some((StopKind::Difference, differences.len() - 1)), "wraps around");
    let s = s.reduce(Action::Step(StopKind::Phrase, true));
    let shared = parallax::app::versions::stops(&pieces, reuters, true);
    let at = pieces[shared[0]].range;
    assert_eq!(&reuters.text[at.start..at.end], "The Russian side");
    assert_eq!(s.versions.cursor, Some((StopKind::Phrase, 0)));
    // Another version: navigation starts again there.
    let s = s.reduce(Action::ReadVersion(0));
    assert_eq!(s.versions.cursor, None);
    // Aligned rows lay out the version read (leaving the handout of every version).
    let s = s.reduce(Action::ShowEveryVersion).reduce(Action::SetLayout(Layout::AlignedRows));
    assert!(!s.versions.every && s.layout == Layout::AlignedRows);
}

#[tokio::test]
async fn a_lesson_link_opens_the_whole_lesson_on_the_tab_its_maker_read() {
    let s = three()
        .reduce(Action::ReadVersion(2))
        .reduce(Action::SetReveal(true))
        .reduce(Action::SetStepQuestion(VersionStep::LeftOut(2), "Why might Reuters stop there?".into()))
        .reduce(Action::SetVersionNote(VersionAnchor { version: 1, start: 0, end: 16 }, "Sputnik’s subject".into()));
    let link = encode(&Shared::of(&s)).await;
    let shared = decode(&link).await.unwrap().expect("a permalink");
    let opened = State::from_initial(Initial::from(shared));
    assert_eq!(opened.versions.reading, 2, "the same tab");
    assert_eq!(opened.lesson, s.lesson, "notes, questions and reveal");
    assert!(opened.lesson.reveal);
}

#[test]
fn adding_a_version_reads_it_and_the_link_made_then_opens_on_it_too() {
    let s = three().reduce(Action::AddVersion(statement("China", "2020-02-01_wangyi-lavrov_cn-mfa.txt")));
    assert_eq!(s.versions.reading, 3);
    let opened = State::from_initial(Initial::from(Shared::of(&s)));
    assert_eq!(opened.versions.reading, 3);
}

#[test]
fn removing_a_version_takes_its_notes_and_questions_and_leaves_a_pair_its_notes() {
    let note = |version: usize| Action::SetVersionNote(VersionAnchor { version, start: 0, end: 3 }, format!("on {version}"));
    let s = three()
        .reduce(note(0))
        .reduce(note(2))
        .reduce(Action::SetStepQuestion(VersionStep::Own(2), "Reuters?".into()))
        .reduce(Action::SetStepQuestion(VersionStep::Own(1), "Sputnik?".into()));
    let s = s.reduce(Action::RemoveVersion(1));
    assert!(!s.versions.active(), "two left: a pair");
    let notes: Vec<(Side, &str)> = s.lesson.notes.iter().map(|n| (n.anchor.side, n.text.as_str())).collect();
    assert_eq!(notes, [(Side::Left, "on 0"), (Side::Right, "on 2")], "each note on its side");
    assert!(s.lesson.versions.is_empty());
}
