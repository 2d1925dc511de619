//! Preparing a lesson: on two statements, a note on the pinned phrase, and a
//! question and a note for each sentence pair; on several versions, the bar
//! above the versions view, whose parts then take the questions and notes in
//! place. All of it is saved in the permalink.

use yew::prelude::*;

use crate::app::lesson::{phrase_anchor, row_anchor, Anchor, Lesson};
use crate::app::shared_comparison::SharedComparison;
use crate::app::reducer::Action;
use crate::app::versions_lesson::VersionStep;
use crate::engine::{Comparison, Side};

/// Properties of [`LessonPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct LessonProps {
    /// The comparison on screen (none while the texts on screen are being
    /// compared): the rows, excerpts and phrase come from it and its own texts.
    pub comparison: Option<SharedComparison>,
    /// What the teacher has written.
    pub lesson: Lesson,
    /// The pinned phrase, which a note can be attached to.
    pub pinned: Option<usize>,
    /// Where edits go.
    pub dispatch: Callback<Action>,
    /// Prints the handout.
    pub on_print: Callback<()>,
}

/// The first words of some sentences of one side, to recognise a row by.
fn excerpt(c: &Comparison, side: Side, sentences: &[usize]) -> String {
    let result = c.side(side);
    let Some(s) = sentences.first().and_then(|&first| result.sentences.get(first)) else { return String::from("—") };
    let text = result.slice(s.range);
    let words: Vec<&str> = text.split_whitespace().take(12).collect();
    let more = text.split_whitespace().count() > 12;
    format!("{}{}", words.join(" "), if more { " …" } else { "" })
}

/// One labelled text field that saves as it is typed.
fn field(label: String, value: String, testid: &'static str, on_change: Callback<String>) -> Html {
    // Saved as it is typed: the note is in the state before anything else is clicked.
    let oninput = on_change.reform(|e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        input.value()
    });
    html! {
        <label class="px-field px-lesson-field">{ label }
            <input type="text" {value} {oninput} data-testid={testid} />
        </label>
    }
}

/// The lesson editor (inside a [`super::dialog::Dialog`]).
#[component]
pub fn LessonPanel(props: &LessonProps) -> Html {
    let Some(c) = &props.comparison else {
        return html! {
            <p class="px-muted">{ "A lesson is prepared on the comparison on screen: compare the statements first." }</p>
        };
    };
    let lesson = &props.lesson;
    let d = &props.dispatch;
    let set_note = |anchor: Anchor| d.reform(move |text: String| Action::SetNote(anchor, text));
    let pinned = props.pinned.and_then(|p| Some((p, phrase_anchor(c, p, Side::Left)?)));
    let phrase_note = match pinned {
        Some((p, anchor)) => {
            let value = lesson.note_at(anchor).map(|n| n.text.clone()).unwrap_or_default();
            field(format!("Note on “{}”", c.phrases[p].text), value, "phrase-note", set_note(anchor))
        }
        None => html! { <p class="px-muted">{ "Click a shared phrase to attach a note to it." }</p> },
    };
    let rows = c.rows().iter().enumerate().map(|(i, row)| {
        let anchor = row_anchor(c, row);
        let question = lesson.question_at(anchor).map(|q| q.text.clone()).unwrap_or_default();
        let note = lesson.note_at(anchor).map(|n| n.text.clone()).unwrap_or_default();
        let set_question = d.reform(move |text: String| Action::SetQuestion(anchor, text));
        html! {
            <li class="px-lesson-row">
                <div class="px-lesson-excerpt">
                    <span>{ excerpt(c, Side::Left, &row.left) }</span>
                    <span>{ excerpt(c, Side::Right, &row.right) }</span>
                </div>
                { field(format!("Question for step {}", i + 1), question, "question-input", set_question) }
                { field("Note on this pair".into(), note, "pair-note", set_note(anchor)) }
            </li>
        }
    });
    html! {
        <>
            { actions(lesson.reveal, d, &props.on_print) }
            { phrase_note }
            <ol class="px-lesson-rows">{ for rows }</ol>
        </>
    }
}

/// Present, Reveal step by step (a setting of the lesson, which travels
/// with it) and Print handout.
fn actions(reveal: bool, d: &Callback<Action>, on_print: &Callback<()>) -> Html {
    html! {
        <div class="px-lesson-actions">
            <button type="button" class="px-button px-primary" onclick={d.reform(|_: MouseEvent| Action::Present(true))}
                data-testid="present">{ "Present" }</button>
            <button type="button" class="px-button" aria-pressed={reveal.to_string()}
                onclick={d.reform(move |_: MouseEvent| Action::SetReveal(!reveal))} data-testid="reveal">
                { "Reveal step by step" }
            </button>
            <button type="button" class="px-button" onclick={on_print.reform(|_: MouseEvent| ())}
                data-testid="print">{ "Print handout" }</button>
        </div>
    }
}

/// Properties of [`VersionsLessonBar`].
#[derive(Properties, PartialEq, Clone)]
pub struct VersionsLessonProps {
    /// What the teacher has written (and whether to reveal step by step).
    pub lesson: Lesson,
    /// The lesson's steps and what each is called; empty until the versions
    /// are collated.
    pub steps: Vec<(VersionStep, AttrValue)>,
    /// Where edits and choices go.
    pub dispatch: Callback<Action>,
    /// Prints the handout (every version, with the lesson).
    pub on_print: Callback<()>,
}

/// Preparing a lesson on several versions: the actions, and the steps in
/// order, each opening the version it is about. The questions and notes are
/// written in the view below, where each belongs, while this bar is open
/// (it is not a dialog: the view stays in reach).
#[component]
pub fn VersionsLessonBar(props: &VersionsLessonProps) -> Html {
    let d = &props.dispatch;
    let steps = props.steps.iter().map(|&(step, ref title)| {
        let open = match step.version() {
            Some(v) => Action::ReadVersion(v),
            None => Action::ShowEveryVersion,
        };
        let asked = props.lesson.versions.question(step).is_some();
        html! {
            <li>
                <button type="button" class="px-link-button" onclick={d.reform(move |_: MouseEvent| open.clone())}>{ title }</button>
                if asked { <span class="px-muted">{ " · question written" }</span> }
            </li>
        }
    });
    html! {
        <section class="px-lesson-bar px-lesson" aria-label="Lesson" data-testid="lesson-bar">
            { actions(props.lesson.reveal, d, &props.on_print) }
            <p class="px-muted">
                { "Write a question for each step, and a note on any passage, phrase or sentence, in the view below: \
                   each has its field while this bar is open. The lesson walks the versions in this order:" }
            </p>
            <ol class="px-lesson-steps" data-testid="lesson-steps">{ for steps }</ol>
        </section>
    }
}
