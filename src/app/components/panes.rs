//! The two statements with their highlights: side by side, or in aligned rows.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::lesson::{row_anchor, Anchor};
use crate::app::rows::{pair_echoes, rows, spans_by_sentence};
use crate::app::state::{Action, Layout, State};
use crate::app::SharedComparison;
use crate::engine::{ByteRange, Side};

use super::header::PaneHeader;
use super::sentence::SentenceView;

/// Properties of [`Panes`].
#[derive(Properties, PartialEq, Clone)]
pub struct PanesProps {
    pub comparison: SharedComparison,
    pub state: UseReducerHandle<State>,
    pub dispatch: Callback<Action>,
    /// The scrolling elements of the left and right pane (side by side).
    pub left_ref: NodeRef,
    pub right_ref: NodeRef,
    /// True while a newer comparison is being computed.
    #[prop_or_default]
    pub stale: bool,
}

/// Both statements, highlighted. Pointer and focus events are handled once
/// here (delegated) rather than on every phrase.
#[component]
pub fn Panes(props: &PanesProps) -> Html {
    let dispatch = props.dispatch.clone();
    let on_over = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| dispatch.emit(Action::Hover(phrase_at(&e), pair_at(&e))))
    };
    let on_click = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some((_, p)) = phrase_at(&e) {
                dispatch.emit(Action::Pin(p));
            }
        })
    };
    let on_leave = Callback::from(move |_: MouseEvent| dispatch.emit(Action::Hover(None, None)));
    let on_over_mouse = on_over.reform(|e: MouseEvent| e.into());
    let on_focus = on_over.reform(|e: FocusEvent| e.into());

    let s = &props.state;
    let class = classes!(
        "px-panes",
        match s.layout {
            Layout::SideBySide => "px-layout-columns",
            Layout::AlignedRows => "px-layout-rows",
        },
        props.stale.then_some("px-stale"),
    );
    let body = match s.layout {
        Layout::SideBySide => side_by_side(props),
        Layout::AlignedRows => aligned_rows(props),
    };
    html! {
        <div {class} onmouseover={on_over_mouse} onmouseleave={on_leave}
             onclick={on_click} onfocusin={on_focus} aria-busy={props.stale.to_string()}>
            { body }
        </div>
    }
}

/// The shared phrase (and its side) under an event's target.
fn phrase_at(e: &Event) -> Option<(Side, usize)> {
    numbered_at(e, "data-phrase")
}

/// The sentence pair (and the side) under an event's target; sentences only
/// one side has carry no `data-pair`.
fn pair_at(e: &Event) -> Option<(Side, usize)> {
    numbered_at(e, "data-pair")
}

/// The number in attribute `name` of the nearest element around an event's
/// target that has it, and the side it is on (from `data-side`).
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

/// Everything a sentence needs that depends on the reader's focus.
struct Focus {
    active: Option<usize>,
    cursor: Option<(Side, usize)>,
    term: Option<(Side, Rc<Vec<ByteRange>>)>,
    /// The teacher's notes, numbered as the reader sees them.
    notes: Vec<(usize, Anchor, String)>,
}

impl Focus {
    fn new(c: &SharedComparison, s: &State) -> Self {
        let term = s.term.as_ref().and_then(|(side, key)| {
            let t = c.0.side(*side).distinctive.iter().find(|t| &t.key == key)?;
            Some((*side, Rc::new(t.occurrences.clone())))
        });
        Focus {
            active: s.active_phrase(),
            cursor: s.cursor.map(|c| (c.side, c.span)),
            term,
            notes: s.lesson.notes.iter().enumerate().map(|(i, n)| (i + 1, n.anchor, n.text.clone())).collect(),
        }
    }
}

/// Renders one sentence with only the focus that concerns it.
fn sentence(
    props: &PanesProps,
    focus: &Focus,
    side: Side,
    index: usize,
    spans: std::ops::Range<usize>,
    pair_echo: Option<(usize, Rc<Vec<ByteRange>>)>,
) -> Html {
    let fold = props.state.layout == Layout::AlignedRows;
    let c = &props.comparison;
    let result = c.0.side(side);
    let in_here = |span: usize| spans.contains(&span);
    let active = focus
        .active
        .filter(|p| result.spans[spans.clone()].iter().any(|sp| sp.phrase == Some(*p)));
    let current = focus.cursor.filter(|(s, i)| *s == side && in_here(*i)).map(|(_, i)| i);
    let sentence = &result.sentences[index];
    let term = focus
        .term
        .as_ref()
        .filter(|(s, ranges)| {
            *s == side && ranges.iter().any(|r| r.overlaps(sentence.range))
        })
        .map(|(_, r)| r.clone());
    let notes: Vec<(usize, Anchor)> =
        focus.notes.iter().filter(|(_, a, _)| a.overlaps(side, sentence.range)).map(|&(n, a, _)| (n, a)).collect();
    let notes = (!notes.is_empty()).then(|| Rc::new(notes));
    let other = props.state.statement(side.other());
    let other_label: AttrValue = if other.label.trim().is_empty() {
        format!("the {} statement", crate::app::state::side_word(side.other())).into()
    } else {
        other.label.clone().into()
    };
    let linked = props.state.linked_pair().is_some() && sentence.pair == props.state.linked_pair();
    // A pair's shared words, marked in the sentences of that pair only.
    let echo = pair_echo.filter(|(p, _)| sentence.pair == Some(*p)).map(|(_, e)| e);
    html! {
        <SentenceView key={index} comparison={c.clone()} {side} {index} {spans} {active} {current} {linked}
            {term} {echo} {notes} granularity={props.state.granularity} {other_label} fold_trailing_breaks={fold} />
    }
}

fn side_by_side(props: &PanesProps) -> Html {
    let focus = Focus::new(&props.comparison, &props.state);
    let hovered_pair = props.state.linked_pair();
    let pane = |side: Side, node_ref: &NodeRef| {
        let result = props.comparison.0.side(side);
        let by_sentence = spans_by_sentence(result);
        // The words the pointed-at pair shares, in this side's sentence(s) of it.
        let echo = hovered_pair.map(|p| (p, Rc::new(pair_echoes(&props.comparison.0, p, side))));
        let sentences = by_sentence
            .into_iter()
            .enumerate()
            .map(|(i, spans)| sentence(props, &focus, side, i, spans, echo.clone()));
        let name = crate::app::state::side_word(side);
        html! {
            <section class={classes!("px-pane", format!("px-pane-{name}"))} data-side={name}>
                <PaneHeader {side} statement={props.state.statement(side).clone()}
                    comparison={Some(props.comparison.clone())} />
                <div class="px-scroll" ref={node_ref.clone()} tabindex="0"
                     aria-label={format!("{} statement", props.state.statement(side).label)}>
                    <div class="px-text" lang={lang_tag(result.lang)}>{ for sentences }</div>
                </div>
            </section>
        }
    };
    html! {
        <>
            { pane(Side::Left, &props.left_ref) }
            { pane(Side::Right, &props.right_ref) }
            { notes_list(&focus.notes, "px-notes px-notes-all") }
        </>
    }
}

/// Numbered notes, as a list (nothing when there are none).
fn notes_list(notes: &[(usize, Anchor, String)], class: &'static str) -> Html {
    if notes.is_empty() {
        return html! {};
    }
    html! {
        <ol {class} aria-label="Teacher's notes">
            { for notes.iter().map(|(n, _, text)| html! {
                <li value={n.to_string()} data-testid="note">{ text }</li>
            }) }
        </ol>
    }
}

fn aligned_rows(props: &PanesProps) -> Html {
    let c = &props.comparison.0;
    let focus = Focus::new(&props.comparison, &props.state);
    let ranges = [spans_by_sentence(&c.left), spans_by_sentence(&c.right)];
    let cell = |side: Side, sentences: &[usize], pair: Option<usize>| {
        let name = crate::app::state::side_word(side);
        let echo = pair.map(|p| (p, Rc::new(pair_echoes(c, p, side))));
        let inner = sentences
            .iter()
            .map(|&i| sentence(props, &focus, side, i, ranges[side as usize][i].clone(), echo.clone()));
        let empty = sentences.is_empty();
        html! {
            <div class={classes!("px-cell", format!("px-cell-{name}"), empty.then_some("px-cell-empty"))}
                 data-side={name} lang={lang_tag(c.side(side).lang)}>
                if empty { <span class="px-only-note">{ format!("Only in the {} statement", crate::app::state::side_word(side.other())) }</span> }
                { for inner }
            </div>
        }
    };
    let s = &props.state;
    let rows = rows(c).into_iter().enumerate().map(|(i, row)| {
        let class = classes!(
            "px-row",
            row.pair.is_none().then_some("px-row-unpaired"),
            s.presenting.map(|step| if step == i { "px-row-current" } else { "px-row-dim" }),
        );
        let question = s.lesson.question_at(row_anchor(c, &row)).map(|q| q.text.clone());
        let in_row = |a: &Anchor| {
            let sentences = if a.side == Side::Left { &row.left } else { &row.right };
            sentences.iter().any(|&k| {
                a.overlaps(a.side, c.side(a.side).sentences[k].range)
            })
        };
        let notes: Vec<_> = focus.notes.iter().filter(|(_, a, _)| in_row(a)).cloned().collect();
        let extra = (question.is_some() || !notes.is_empty()).then(|| html! {
            <div class="px-row-extra">
                if let Some(q) = question { <p class="px-question" data-testid="question">{ q }</p> }
                { notes_list(&notes, "px-notes") }
            </div>
        });
        html! {
            <div {class} data-row={i.to_string()}>
                { cell(Side::Left, &row.left, row.pair) }{ cell(Side::Right, &row.right, row.pair) }{ extra }
            </div>
        }
    });
    let header = |side: Side| {
        html! { <PaneHeader {side} statement={props.state.statement(side).clone()}
                    comparison={Some(props.comparison.clone())} /> }
    };
    html! {
        <div class="px-rows" ref={props.left_ref.clone()} tabindex="0" aria-label="Aligned sentences">
            <div class="px-row px-row-head">{ header(Side::Left) }{ header(Side::Right) }</div>
            { for rows }
        </div>
    }
}

/// The BCP 47 tag for a language, so browsers hyphenate and speak it right.
fn lang_tag(lang: crate::engine::Lang) -> &'static str {
    use crate::engine::Lang::*;
    match lang {
        English => "en",
        Russian => "ru",
        French => "fr",
        German => "de",
        Spanish => "es",
        Chinese => "zh",
        Other => "",
    }
}
