//! What the page's first module hands to the full widget when the reader
//! first reaches for editing, the versions view, Teach or Share: the
//! statements, their comparison (so nothing is compared again) and how the
//! widget is shown, so the full widget goes on exactly where the reader was.
//!
//! It crosses from one wasm module to the other as a JavaScript value, so
//! everything here is serde; how the widget is shown travels as the few
//! actions that set it up again.

use serde::{Deserialize, Serialize};

use crate::app::permalink::Shared;
use crate::app::reducer::Action;
use crate::app::shared_comparison::SharedComparison;
use crate::app::state::{Notice, State};
use crate::app::view::{Granularity, Layout, Mode, Popover, Theme};
use crate::app::Initial;
use crate::engine::{Comparison, Side};

/// The widget as the reading module leaves it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Handover {
    /// The statements (every version, in the reader's order), options and lesson.
    pub shared: Shared,
    /// Their comparison, when it is made for exactly these texts and options.
    pub comparison: Option<Comparison>,
    /// The bundled example on screen, if it is one.
    pub example: Option<usize>,
    /// How the widget is shown, as the steps that show it so again.
    pub view: Vec<Step>,
}

/// One setting of how the widget is shown (a serializable [`Action`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Step {
    /// Aligned rows rather than side by side.
    Rows,
    /// Sentences highlighted rather than phrases.
    Sentences,
    /// A colour theme other than the system's: dark when true.
    Dark(bool),
    /// The panes scroll each on their own.
    NoSyncScroll,
    /// The two versions of several shown side by side.
    Pair(usize, usize),
    /// The versions view.
    Versions,
    /// The pinned phrase.
    Pin(usize),
    /// The phrase and the sentence pair pointed at (or pointed out).
    Pointed(Option<(Side, usize)>, Option<(Side, usize)>),
    /// The selected distinctive term.
    Term(Side, String),
    /// Editing the texts.
    Edit,
    /// The open dialog: Options, Teach, Share or Help.
    Open(Dialog),
    /// A message on screen: its text, and whether it is an error.
    Notice(Option<Side>, String, bool),
}

/// A dialog the toolbar opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Dialog {
    /// How the comparison is made and shown.
    Options,
    /// The teacher's notes and questions.
    Teach,
    /// Links, embed codes and downloads.
    Share,
    /// The keyboard shortcuts.
    Help,
}

impl Handover {
    /// What `state` hands over.
    pub fn of(state: &State) -> Handover {
        let mut view = Vec::new();
        view.extend((state.layout == Layout::AlignedRows).then_some(Step::Rows));
        view.extend((state.granularity == Granularity::Sentence).then_some(Step::Sentences));
        view.extend(match state.theme {
            Theme::Auto => None,
            Theme::Dark => Some(Step::Dark(true)),
            Theme::Light => Some(Step::Dark(false)),
        });
        view.extend((!state.sync_scroll).then_some(Step::NoSyncScroll));
        if state.versions.active() {
            let [i, j] = state.versions.pair;
            view.push(Step::Pair(i, j));
            view.extend(state.versions.overview.then_some(Step::Versions));
        }
        view.extend(state.pinned.map(Step::Pin));
        if state.hovered.is_some() || state.hovered_pair.is_some() {
            view.push(Step::Pointed(state.hovered, state.hovered_pair));
        }
        view.extend(state.term.clone().map(|(side, key)| Step::Term(side, key)));
        view.extend((state.mode == Mode::Edit).then_some(Step::Edit));
        view.extend(state.popover.and_then(|p| match p {
            Popover::Options => Some(Step::Open(Dialog::Options)),
            Popover::Lesson => Some(Step::Open(Dialog::Teach)),
            Popover::Share => Some(Step::Open(Dialog::Share)),
            Popover::Help => Some(Step::Open(Dialog::Help)),
            Popover::More => None,
        }));
        view.extend(state.notices.iter().map(|n| Step::Notice(n.side, n.text.clone(), n.is_error)));
        Handover {
            shared: Shared::of(state),
            comparison: state.comparison().map(|c| (**c).clone()),
            example: state.example,
            view,
        }
    }

    /// The full widget's opening statements, and the actions that then show
    /// it as the reader left it.
    pub fn into_opening(self) -> (Initial, Vec<Action>) {
        let comparison = self.comparison.map(SharedComparison::new);
        let initial = Initial { comparison, example: self.example, ..Initial::from(self.shared) };
        let actions = self.view.into_iter().map(|step| match step {
            Step::Rows => Action::SetLayout(Layout::AlignedRows),
            Step::Sentences => Action::SetGranularity(Granularity::Sentence),
            Step::Dark(dark) => Action::SetTheme(if dark { Theme::Dark } else { Theme::Light }),
            Step::NoSyncScroll => Action::SetSyncScroll(false),
            Step::Pair(i, j) => Action::OpenPair(i, j),
            Step::Versions => Action::ShowVersions(true),
            Step::Pin(p) => Action::Pin(p),
            Step::Pointed(phrase, pair) => Action::Hover(phrase, pair),
            Step::Term(side, key) => Action::SelectTerm(Some((side, key))),
            Step::Edit => Action::SetMode(Mode::Edit),
            Step::Open(dialog) => Action::Toggle(match dialog {
                Dialog::Options => Popover::Options,
                Dialog::Teach => Popover::Lesson,
                Dialog::Share => Popover::Share,
                Dialog::Help => Popover::Help,
            }),
            Step::Notice(side, text, is_error) => Action::Notify(Notice { side, text, is_error }),
        });
        (initial, actions.collect())
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use yew::Reducible;

    use super::*;
    use crate::app::examples::EXAMPLES;

    /// The state the full widget opens with from what `state` hands over.
    fn resumed(state: &State) -> State {
        let (initial, actions) = Handover::of(state).into_opening();
        let mut next = Rc::new(State::from_initial(initial));
        for action in actions {
            next = next.reduce(action);
        }
        Rc::unwrap_or_clone(next)
    }

    #[test]
    fn the_full_widget_goes_on_where_the_reader_was() {
        let mut state = Rc::new(State::from_initial(crate::app::examples::first_from_source()));
        for action in [
            Action::SetLayout(Layout::AlignedRows),
            Action::SetTheme(Theme::Dark),
            Action::Pin(0),
            Action::Toggle(Popover::Share),
        ] {
            state = state.reduce(action);
        }
        let after = resumed(&state);
        assert_eq!(after.comparison().map(|c| &**c), state.comparison().map(|c| &**c), "the comparison is handed over");
        assert_eq!((after.layout, after.theme, after.pinned, after.popover), (state.layout, state.theme, state.pinned, state.popover));
        assert!(state.hovered_pair.is_some(), "the example points out a sentence pair");
        assert_eq!(after.hovered_pair, state.hovered_pair, "what is pointed out stays");
        assert_eq!((&after.left, &after.right, after.example), (&state.left, &state.right, state.example));
        assert!(!after.busy);
    }

    #[test]
    fn editing_and_several_versions_are_handed_over() {
        let example = EXAMPLES.iter().find(|e| e.files().len() > 2).expect("an example of versions");
        let mut state = Rc::new(State::from_initial(example.read(&crate::app::examples::source_dir()).unwrap()));
        for action in [Action::OpenPair(2, 0), Action::SetMode(Mode::Edit)] {
            state = state.reduce(action);
        }
        let after = resumed(&state);
        assert_eq!(after.versions.all, state.versions.all);
        assert_eq!(after.versions.pair, state.versions.pair);
        assert_eq!((after.mode, &after.left, &after.right), (Mode::Edit, &state.left, &state.right));
    }

    #[test]
    fn it_crosses_as_json() {
        let state = State::from_initial(crate::app::examples::first_from_source());
        let handover = Handover::of(&state);
        let back: Handover = serde_json::from_str(&serde_json::to_string(&handover).unwrap()).unwrap();
        assert_eq!(back, handover);
    }
}
