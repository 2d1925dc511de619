//! The parts of the versions view that a lesson walks through, one per kind
//! of step: what the versions carry in common, what only one says, what one
//! leaves out. Each shows its step's question and the notes on its items;
//! while the teacher prepares the lesson, each has a field for the question
//! and every item one for a note. The same parts make the reading view, the
//! presentation (one part at a time, its answer revealed last) and the
//! handout, so what the class sees is what was prepared.

use yew::prelude::*;

use crate::app::reducer::Action;
use crate::app::versions::{left_out, most_carried, slice, SentenceOf, SharedCollation};
use crate::app::versions_lesson::{VersionAnchor, VersionStep, VersionsLesson};
use crate::engine::ByteRange;

/// Items a list shows before "and N more".
pub const ITEMS_SHOWN: usize = 200;

/// The lesson as the versions view shows it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LessonView {
    /// The notes and questions.
    pub lesson: VersionsLesson,
    /// While the teacher prepares the lesson: where edits go.
    pub edit: Option<Callback<Action>>,
}

impl LessonView {
    /// The question for `step`: shown, or a field to write it in.
    pub fn question(&self, step: VersionStep) -> Html {
        let text = self.lesson.question(step).unwrap_or_default().to_owned();
        match &self.edit {
            Some(d) => html! {
                <label class="px-field px-lesson-field px-step-question-field">{ "Question for this step" }
                    <input type="text" value={text} data-testid="step-question"
                        oninput={d.reform(move |e: InputEvent| Action::SetStepQuestion(step, input_value(&e)))} />
                </label>
            },
            None if text.is_empty() => html! {},
            None => html! { <p class="px-question" data-testid="question">{ text }</p> },
        }
    }

    /// The note on `anchor` (a `what`: "passage", "phrase", "sentence"):
    /// shown with its number, or a field to write it in.
    pub fn note(&self, anchor: VersionAnchor, what: &str) -> Html {
        let note = self.lesson.note_at(anchor);
        match &self.edit {
            Some(d) => html! {
                <label class="px-field px-lesson-field px-note-field">
                    <span class="px-note-label">{ format!("Note on this {what}") }</span>
                    <input type="text" value={note.map(|(_, n)| n.text.clone()).unwrap_or_default()} data-testid="version-note"
                        placeholder="Note…"
                        oninput={d.reform(move |e: InputEvent| Action::SetVersionNote(anchor, input_value(&e)))} />
                </label>
            },
            None => match note {
                Some((number, note)) => html! {
                    <p class="px-item-note" data-testid="note">
                        <span class="px-note-number">{ format!("Note {number}: ") }</span>{ &note.text }
                    </p>
                },
                None => html! {},
            },
        }
    }
}

/// The text of an input event's field.
fn input_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<web_sys::HtmlInputElement>().value()
}

/// `text` with the `marked` ranges of it (ascending, inside `range`) in
/// `<mark>`: a sentence with the words the step points at.
fn quote(text: &str, range: ByteRange, marked: &[ByteRange]) -> Html {
    let mut parts = Vec::new();
    let mut at = range.start;
    for r in marked {
        parts.push(html! { { &text[at..r.start] } });
        parts.push(html! { <mark class="px-own">{ &text[r.start..r.end] }</mark> });
        at = r.end;
    }
    parts.push(html! { { &text[at..range.end] } });
    html! { <q>{ for parts }</q> }
}

/// "and N more" under a list cut at [`ITEMS_SHOWN`].
pub fn more(total: usize) -> Html {
    match total.saturating_sub(ITEMS_SHOWN) {
        0 => html! {},
        n => html! { <p class="px-muted">{ format!("and {n} more") }</p> },
    }
}

/// Properties of the step parts.
#[derive(Properties, PartialEq, Clone)]
pub struct StepProps {
    /// The versions collated.
    pub collation: SharedCollation,
    /// What each version is called.
    pub names: Vec<AttrValue>,
    /// The version the part is about (none for what they carry in common).
    #[prop_or_default]
    pub v: usize,
    /// The lesson's questions and notes.
    pub lesson: LessonView,
}

/// What the versions carry in common: the phrases in every version, or in
/// the most versions when none is in all.
#[component]
pub fn CommonPart(props: &StepProps) -> Html {
    let c = &props.collation;
    let step = VersionStep::Common;
    let (most, phrases) = most_carried(c);
    let answer = match most {
        0 => html! { <p class="px-muted">{ "Nothing: no two versions share a phrase." }</p> },
        _ => html! {
            <>
                if most < c.versions.len() {
                    <p class="px-muted">{ format!("No phrase is in all {} versions; these are in {most}.", c.versions.len()) }</p>
                }
                <ul class="px-step-list">
                    { for phrases.iter().take(ITEMS_SHOWN).map(|&p| html! { <li><q>{ &c.phrases[p].text }</q></li> }) }
                </ul>
                { more(phrases.len()) }
            </>
        },
    };
    html! {
        <section class="px-step px-step-common" data-testid="step-common">
            <h3>{ step.title(&props.names, c) }</h3>
            { props.lesson.question(step) }
            <div class="px-step-answer">{ answer }</div>
        </section>
    }
}

/// What only version `v` says: each sentence with wording no other version
/// shares, quoted whole, that wording marked.
#[component]
pub fn OwnPart(props: &StepProps) -> Html {
    let c = &props.collation;
    let v = props.v;
    let version = &c.versions[v];
    let step = VersionStep::Own(v);
    let min = c.options.min_phrase.max(2);
    let answer = if version.own.is_empty() {
        html! {
            <p class="px-muted">
                { "Nothing at the length of a phrase: where it words things its own way (unshaded in the text), \
                   it is a word at a time." }
            </p>
        }
    } else if crate::app::versions::shares_nothing(version) {
        html! { <p>{ "All of it: no other version shares a phrase with it." }</p> }
    } else {
        html! {
            <>
                <ul class="px-step-list">
                    { for version.own.iter().take(ITEMS_SHOWN).map(|p| {
                        let anchor = VersionAnchor { version: v, start: p.own[0].start, end: p.own[0].end };
                        html! {
                            <li data-testid="own-passage">
                                { quote(&version.text, p.sentence, &p.own) }
                                if p.whole { <span class="px-muted">{ " (the whole sentence)" }</span> }
                                { props.lesson.note(anchor, "passage") }
                            </li>
                        }
                    }) }
                </ul>
                { more(version.own.len()) }
            </>
        }
    };
    html! {
        <section class="px-step px-only-here" data-testid="only-here">
            <h4>{ step.title(&props.names, c) }</h4>
            <p class="px-muted px-step-rule">
                { format!("Sentences with wording no other version shares (marked): at least {min} words, \
                           two of them more than little words like “the” or “of”.") }
            </p>
            { props.lesson.question(step) }
            <div class="px-step-answer">{ answer }</div>
        </section>
    }
}

/// What version `v` leaves out: the sentences other versions share that it
/// has no phrase of. Nothing when it leaves out nothing.
#[component]
pub fn LeftOutPart(props: &StepProps) -> Html {
    let c = &props.collation;
    let v = props.v;
    let missing = left_out(c, v);
    if missing.is_empty() {
        return html! {};
    }
    let step = VersionStep::LeftOut(v);
    let item = |s: &SentenceOf| {
        let version = &c.versions[s.version];
        let range = version.sentences[s.sentence];
        let text = slice(version, range);
        let trimmed = ByteRange::new(range.start + (text.len() - text.trim_start().len()), range.end - (text.len() - text.trim_end().len()));
        html! {
            <li data-testid="left-out">
                <span class="px-step-source">{ format!("{}, sentence {}: ", props.names[s.version], s.sentence + 1) }</span>
                { quote(&version.text, trimmed, &[]) }
                { props.lesson.note(VersionAnchor::sentence(c, *s), "sentence") }
            </li>
        }
    };
    html! {
        <section class="px-step px-left-out" data-testid="left-out-part">
            <h4>{ step.title(&props.names, c) }</h4>
            <p class="px-muted px-step-rule">
                { format!("Sentences that other versions share and {} has no phrase of.", props.names[v]) }
            </p>
            { props.lesson.question(step) }
            <div class="px-step-answer">
                <ul class="px-step-list">{ for missing.iter().take(ITEMS_SHOWN).map(item) }</ul>
                { more(missing.len()) }
            </div>
        </section>
    }
}
