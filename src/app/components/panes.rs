//! The two statements with their highlights: side by side, or in aligned rows.
//!
//! Long texts are rendered in blocks, the first ones at once and the rest a
//! block per task (see `hooks::progressive`), so the top of the texts shows
//! at once and the page keeps answering while the rest fills in.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::lesson::{row_anchor, Lesson};
use crate::app::shared_comparison::SharedComparison;
use crate::app::hooks::file_drop::{on_drop, OnFiles};
use crate::app::reducer::Action;
use crate::app::statement::{side_word, Statement};
use crate::app::worker::FileFor;
use crate::app::view::{Granularity, Layout};
use crate::engine::Side;

use super::header::PaneHeader;
use super::rows_block::{notes_list, NumberedNote, RowsBlock};
use super::sentence::{Look, SentenceBlock};

/// How many blocks `c` has in `layout` (side by side: on its longer side;
/// see [`SharedComparison::blocks`] and [`SharedComparison::row_blocks`]).
pub fn block_count(c: &SharedComparison, layout: Layout) -> usize {
    match layout {
        Layout::SideBySide => c.blocks(Side::Left).len().max(c.blocks(Side::Right).len()),
        Layout::AlignedRows => c.row_blocks().count(),
    }
}

/// Properties of [`Panes`].
#[derive(Properties, PartialEq, Clone)]
pub struct PanesProps {
    /// The comparison shown; the text shown is its own.
    pub comparison: SharedComparison,
    /// Side by side or aligned rows.
    pub layout: Layout,
    /// Phrases or sentences highlighted.
    pub granularity: Granularity,
    /// The two statements, for their headers and names.
    pub statements: [Statement; 2],
    /// The teacher's notes and questions.
    pub lesson: Lesson,
    /// The presentation's current step, when presenting.
    #[prop_or_default]
    pub presenting: Option<usize>,
    /// How many blocks to render (all of [`block_count`] once filled in).
    pub blocks: usize,
    /// True while a newer comparison is being computed.
    #[prop_or_default]
    pub stale: bool,
    /// The scrolling elements of the left and right pane (side by side; the
    /// rows' scroller in aligned rows).
    pub left_ref: NodeRef,
    /// See `left_ref`.
    pub right_ref: NodeRef,
    /// Where pointing, focusing and clicking go.
    pub dispatch: Callback<Action>,
    /// Takes the files dropped on a pane, and lets the headers ask for a
    /// missing label; `None` where the statements cannot be changed (a
    /// reading embed).
    #[prop_or_default]
    pub on_files: Option<OnFiles>,
    /// Out of sight: a pair just left, its blocks being taken out.
    #[prop_or_default]
    pub hidden: bool,
}

/// Both statements, highlighted. Pointer and focus events are handled once
/// here (delegated) rather than on every phrase.
#[component]
pub fn Panes(props: &PanesProps) -> Html {
    let dispatch = props.dispatch.clone();
    let on_over = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| dispatch.emit(Action::Hover(numbered_at(&e, "data-phrase"), numbered_at(&e, "data-pair"))))
    };
    let on_click = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some((_, p)) = numbered_at(&e, "data-phrase") {
                dispatch.emit(Action::Pin(p));
            }
        })
    };
    let on_leave = Callback::from(move |_: MouseEvent| dispatch.emit(Action::Hover(None, None)));
    let on_over_mouse = on_over.reform(|e: MouseEvent| e.into());
    let on_focus = on_over.reform(|e: FocusEvent| e.into());
    let class = classes!(
        "px-panes",
        match props.layout {
            Layout::SideBySide => "px-layout-columns",
            Layout::AlignedRows => "px-layout-rows",
        },
        props.stale.then_some("px-stale"),
    );
    let notes: Vec<NumberedNote> = props.lesson.notes.iter().enumerate().map(|(i, n)| (i + 1, n.anchor, n.text.clone())).collect();
    let body = match props.layout {
        Layout::SideBySide => side_by_side(props, &notes),
        Layout::AlignedRows => aligned_rows(props, &notes),
    };
    let filling = props.blocks < block_count(&props.comparison, props.layout);
    html! {
        <div {class} onmouseover={on_over_mouse} onmouseleave={on_leave} onclick={on_click} onfocusin={on_focus}
             aria-busy={(props.stale || filling).to_string()} hidden={props.hidden}>
            { body }
        </div>
    }
}

/// The number in attribute `name` of the nearest element around an event's
/// target that has it, and the side it is on (from `data-side`): the shared
/// phrase (`data-phrase`) or sentence pair (`data-pair`) pointed at.
fn numbered_at(e: &Event, name: &str) -> Option<(Side, usize)> {
    let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let element = target.closest(&format!("[{name}]")).ok()??;
    let number = element.get_attribute(name)?.parse().ok()?;
    let side = match element.closest("[data-side]").ok()??.get_attribute("data-side")?.as_str() {
        "left" => Side::Left,
        _ => Side::Right,
    };
    Some((side, number))
}

/// The drag-over and drop handlers that make a pane take a file, as the
/// editor does; none where the statements cannot be changed.
fn drop_target(props: &PanesProps, side: Side) -> (Option<Callback<DragEvent>>, Option<Callback<DragEvent>>) {
    let Some(on_files) = &props.on_files else { return (None, None) };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    (Some(ondragover), Some(on_drop(on_files, FileFor::Side(side))))
}

/// What "Label this statement" does in a header: open the editor.
fn on_label(props: &PanesProps) -> Option<Callback<()>> {
    props.on_files.as_ref().map(|_| props.dispatch.reform(|_| Action::SetMode(crate::app::view::Mode::Edit)))
}

/// How each side's sentences are drawn.
fn looks(props: &PanesProps) -> [Look; 2] {
    [Side::Left, Side::Right].map(|side| Look {
        granularity: props.granularity,
        other_name: props.statements[side.other() as usize].name(side.other()).into_owned().into(),
        fold_trailing_breaks: props.layout == Layout::AlignedRows,
        chip_every_sentence: props.layout == Layout::AlignedRows,
    })
}

fn side_by_side(props: &PanesProps, notes: &[NumberedNote]) -> Html {
    let c = &props.comparison;
    let looks = looks(props);
    let pane = |side: Side, node_ref: &NodeRef| {
        let sentences = &c.side(side).sentences;
        let blocks = c.blocks(side).iter().take(props.blocks).map(|range| {
            let (start, range) = (range.start, range.clone());
            let (from, to) = (sentences[range.start].range.start, sentences[range.end - 1].range.end);
            let notes: Vec<_> = notes
                .iter()
                .filter(|(_, a, _)| a.side == side && a.start < to && from < a.end)
                .map(|(n, a, _)| (*n, *a))
                .collect();
            html! {
                <SentenceBlock key={start} comparison={c.clone()} {side} sentences={range} {notes}
                    look={looks[side as usize].clone()} />
            }
        });
        let name = side_word(side);
        let statement = &props.statements[side as usize];
        let (ondragover, ondrop) = drop_target(props, side);
        html! {
            <section class={classes!("px-pane", format!("px-pane-{name}"))} data-side={name} {ondragover} {ondrop}>
                <PaneHeader {side} statement={statement.clone()} comparison={Some(c.clone())} on_label={on_label(props)} />
                <div class="px-scroll" ref={node_ref.clone()} tabindex="0" aria-label={statement.name(side).into_owned()}>
                    <div class="px-text" lang={c.side(side).lang.tag()}>{ for blocks }</div>
                </div>
            </section>
        }
    };
    html! {
        <>
            { pane(Side::Left, &props.left_ref) }
            { pane(Side::Right, &props.right_ref) }
            { notes_list(notes.iter().map(|(n, _, text)| (*n, text.as_str())), "px-notes px-notes-all") }
            { questions_list(c, &props.lesson) }
        </>
    }
}

/// The lesson's questions, numbered by their step (their row in aligned
/// rows, where each shows under its pair), so the texts side by side (and
/// the report made of them) carry them too; a question whose pair is no
/// longer found (the options changed) is listed last.
fn questions_list(c: &SharedComparison, lesson: &Lesson) -> Html {
    if lesson.questions.is_empty() {
        return html! {};
    }
    let rows: Vec<_> = c.rows().iter().map(|row| row_anchor(c, row)).collect();
    let mut questions: Vec<(Option<usize>, &str)> =
        lesson.questions.iter().map(|q| (rows.iter().position(|a| *a == q.anchor), q.text.as_str())).collect();
    questions.sort_by_key(|(step, _)| step.unwrap_or(usize::MAX));
    html! {
        <ol class="px-notes px-notes-all px-questions" aria-label="Questions for the class">
            { for questions.into_iter().map(|(step, text)| html! {
                <li value={step.map(|s| (s + 1).to_string())}>
                    <p class="px-question" data-testid="question">{ text }</p>
                </li>
            }) }
        </ol>
    }
}

fn aligned_rows(props: &PanesProps, notes: &[NumberedNote]) -> Html {
    let c = &props.comparison;
    let looks = looks(props);
    let rows = c.rows();
    let blocks = c.row_blocks().take(props.blocks).map(|range| {
        let start = range.start;
        let in_block = |side: Side, a_start: usize, a_end: usize| {
            rows[range.clone()].iter().flat_map(|r| if side == Side::Left { &r.left } else { &r.right }).any(|&k| {
                let s = c.side(side).sentences[k].range;
                a_start < s.end && s.start < a_end
            })
        };
        let notes: Vec<NumberedNote> = notes.iter().filter(|(_, a, _)| in_block(a.side, a.start, a.end)).cloned().collect();
        let questions: Vec<(usize, String)> = range
            .clone()
            .filter_map(|i| Some((i, props.lesson.question_at(row_anchor(c, &rows[i]))?.text.clone())))
            .collect();
        html! {
            <RowsBlock key={start} comparison={c.clone()} rows={range.clone()} looks={looks.clone()} {notes} {questions}
                current={props.presenting.filter(|p| range.contains(p))} presenting={props.presenting.is_some()} />
        }
    });
    let header = |side: Side| {
        html! {
            <PaneHeader {side} statement={props.statements[side as usize].clone()} comparison={Some(c.clone())}
                on_label={on_label(props)} />
        }
    };
    html! {
        <div class="px-rows" ref={props.left_ref.clone()} tabindex="0" aria-label="Aligned sentences">
            <div class="px-row px-row-head">{ header(Side::Left) }{ header(Side::Right) }</div>
            { for blocks }
        </div>
    }
}
