//! The comparison in plain words (`engine::story`), every quotation a link
//! to its place in the texts.
//!
//! The worker tells the story beside the comparison (on a long text it
//! takes a second or more), naming the statements by side: here each name
//! is the label the statement has now, so a renamed statement needs no new
//! story. The pre-rendered page and the report render these same components
//! natively, so all three tell it alike.

use yew::prelude::*;

use crate::app::reducer::Action;
use crate::app::shared_comparison::SharedComparison;
use crate::app::voices::{anchor_id, sentence_at};
use crate::engine::story::{name_shown, names, Piece};
use crate::engine::{ByteRange, Side};

/// A quotation of `range` on `side`, in quotation marks (and an ellipsis
/// when `cut`), linking to its sentence: an anchor where no script runs
/// (the report, the page before the widget takes over); in the widget a
/// click scrolls to the words and marks them instead (a cut quotation's
/// words up to the end of their sentence).
pub fn quote_link(c: &SharedComparison, side: Side, range: ByteRange, cut: bool, dispatch: &Callback<Action>) -> Html {
    let sentence = sentence_at(c, side, range.start);
    let href = format!("#{}", anchor_id(side, sentence));
    let marked = match c.side(side).sentences.get(sentence) {
        Some(s) if cut => {
            let rest = c.side(side).slice(ByteRange::new(range.start, s.range.end)).trim_end();
            ByteRange::new(range.start, range.start + rest.len())
        }
        _ => range,
    };
    let onclick = dispatch.reform(move |e: MouseEvent| {
        e.prevent_default();
        Action::ShowQuote(side, marked)
    });
    html! {
        <a class="px-quote" {href} {onclick} lang={c.side(side).lang.tag()}>
            { "“" }{ c.side(side).slice(range) }{ if cut { " …" } else { "" } }{ "”" }
        </a>
    }
}

/// Properties of [`Story`].
#[derive(Properties, PartialEq, Clone)]
pub struct StoryProps {
    /// The comparison told.
    pub comparison: SharedComparison,
    /// What the two statements are called.
    pub labels: [AttrValue; 2],
    /// Where followed quotations go.
    pub dispatch: Callback<Action>,
}

/// One paragraph: how long each statement is, what both say, what only
/// each says, and who is given voice.
#[component]
pub fn Story(props: &StoryProps) -> Html {
    let c = &props.comparison;
    let names = names([&props.labels[0], &props.labels[1]]);
    let claims = c.story().iter().map(|claim| {
        let pieces = claim.iter().enumerate().map(|(i, piece)| match piece {
            Piece::Text(text) => html! { { text } },
            Piece::Quote { side, range, cut } => quote_link(c, *side, *range, *cut, &props.dispatch),
            Piece::Name(side) => html! { { name_shown(&names, *side, i == 0) } },
        });
        html! { <span class="px-claim">{ for pieces }{ " " }</span> }
    });
    html! {
        <p class="px-story" data-testid="story">{ for claims }</p>
    }
}
