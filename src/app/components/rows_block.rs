//! A block of aligned rows: each sentence pair on one row, the words the
//! pair shares dotted, sentences only one side has marked as such, and the
//! teacher's question and notes under their row.

use std::ops::Range;

use yew::prelude::*;

use crate::app::lesson::Anchor;
use crate::app::rows::{pair_echoes, Row};
use crate::app::shared_comparison::SharedComparison;
use crate::app::statement::side_word;
use crate::engine::Side;

use super::sentence::{sentence, Look};

/// A teacher's note shown in aligned rows: its number, place and text.
pub type NumberedNote = (usize, Anchor, String);

/// Properties of [`RowsBlock`].
#[derive(Properties, PartialEq, Clone)]
pub struct RowsBlockProps {
    /// The comparison shown.
    pub comparison: SharedComparison,
    /// The rows of the block (indexes into the comparison's rows).
    pub rows: Range<usize>,
    /// How each side's sentences are drawn (the other side's name differs).
    pub looks: [Look; 2],
    /// The teacher's notes on these rows.
    pub notes: Vec<NumberedNote>,
    /// The questions of these rows: row index and text.
    pub questions: Vec<(usize, String)>,
    /// While presenting: the current step, when it is in this block.
    pub current: Option<usize>,
    /// True while presenting: rows other than the current one are dimmed.
    pub presenting: bool,
}

/// Consecutive rows of the aligned layout, in a box of their own (see
/// `.px-block` in style/panes.css).
#[component]
pub fn RowsBlock(props: &RowsBlockProps) -> Html {
    let c = &props.comparison;
    let rows = props.rows.clone().filter_map(|i| Some((i, c.rows().get(i)?))).map(|(i, row)| {
        let class = classes!(
            "px-row",
            row.pair.is_none().then_some("px-row-unpaired"),
            props.presenting.then_some(if props.current == Some(i) { "px-row-current" } else { "px-row-dim" }),
        );
        let in_row = |a: &Anchor| {
            let sentences = if a.side == Side::Left { &row.left } else { &row.right };
            sentences.iter().any(|&k| a.overlaps(a.side, c.side(a.side).sentences[k].range))
        };
        let notes: Vec<&NumberedNote> = props.notes.iter().filter(|(_, a, _)| in_row(a)).collect();
        let question = props.questions.iter().find(|(r, _)| *r == i).map(|(_, q)| q.clone());
        let extra = (question.is_some() || !notes.is_empty()).then(|| html! {
            <div class="px-row-extra">
                if let Some(q) = question { <p class="px-question" data-testid="question">{ q }</p> }
                { notes_list(notes.iter().map(|(n, _, text)| (*n, text.as_str())), "px-notes") }
            </div>
        });
        html! {
            <div {class} data-row={i.to_string()}>
                { cell(props, row, Side::Left) }{ cell(props, row, Side::Right) }{ extra }
            </div>
        }
    });
    html! { <div class="px-block">{ for rows }</div> }
}

/// One side of a row: its sentences, or a note that only the other side has any.
fn cell(props: &RowsBlockProps, row: &Row, side: Side) -> Html {
    let c = &props.comparison;
    let name = side_word(side);
    let sentences = if side == Side::Left { &row.left } else { &row.right };
    let echoes = row.pair.map(|p| pair_echoes(c, p, side)).unwrap_or_default();
    let notes: Vec<(usize, Anchor)> = props.notes.iter().filter(|(_, a, _)| a.side == side).map(|(n, a, _)| (*n, *a)).collect();
    let look = &props.looks[side as usize];
    let empty = sentences.is_empty();
    html! {
        <div class={classes!("px-cell", format!("px-cell-{name}"), empty.then_some("px-cell-empty"))}
             data-side={name} lang={c.side(side).lang.tag()}>
            if empty { <span class="px-only-note">{ format!("Only in {}", look.other_name) }</span> }
            { for sentences.iter().enumerate().map(|(i, &k)| {
                // Sentences on one row keep the paragraph break between
                // them ("…with the President" / "Vladimir Putin said…");
                // only the row's last folds its trailing breaks.
                let last = i + 1 == sentences.len();
                let joined = Look { fold_trailing_breaks: look.fold_trailing_breaks && last, ..look.clone() };
                sentence(c, side, k, &notes, &echoes, &joined)
            }) }
        </div>
    }
}

/// Numbered notes, as a list (nothing when there are none).
pub fn notes_list<'a>(notes: impl Iterator<Item = (usize, &'a str)>, class: &'static str) -> Html {
    let items: Vec<Html> = notes
        .map(|(n, text)| html! { <li value={n.to_string()} data-testid="note">{ text }</li> })
        .collect();
    if items.is_empty() {
        return html! {};
    }
    html! { <ol {class} aria-label="Teacher's notes">{ for items }</ol> }
}
