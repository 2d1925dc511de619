//! One sentence of one side, its spans highlighted by kind.

use std::ops::Range;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::lesson::Anchor;
use crate::app::nav::has_words;
use crate::app::state::Granularity;
use crate::app::SharedComparison;
use crate::engine::{ByteRange, Side, SpanKind};

/// Properties of [`SentenceView`]. Everything that changes on hover is
/// narrowed to this sentence, so only the sentences involved re-render.
#[derive(Properties, PartialEq, Clone)]
pub struct SentenceProps {
    pub comparison: SharedComparison,
    pub side: Side,
    pub index: usize,
    /// The range of this sentence's spans in the side's span list.
    pub spans: Range<usize>,
    /// The linked phrase, when it occurs in this sentence.
    #[prop_or_default]
    pub active: Option<usize>,
    /// The span navigation stands on, when it is in this sentence.
    #[prop_or_default]
    pub current: Option<usize>,
    /// The pointer is on this sentence or on its counterpart.
    #[prop_or_default]
    pub linked: bool,
    /// Occurrences of the selected distinctive term in this sentence.
    #[prop_or_default]
    pub term: Option<Rc<Vec<ByteRange>>>,
    /// Words this sentence has in common with its counterpart (aligned rows).
    #[prop_or_default]
    pub echo: Option<Rc<Vec<ByteRange>>>,
    /// The teacher's notes in this sentence: their numbers and places.
    #[prop_or_default]
    pub notes: Option<Rc<Vec<(usize, Anchor)>>>,
    pub granularity: Granularity,
    /// How the other statement is called in labels ("the Russian statement").
    pub other_label: AttrValue,
    /// Drop the sentence's trailing line breaks from the layout (aligned rows);
    /// they stay in the text, hidden.
    #[prop_or_default]
    pub fold_trailing_breaks: bool,
}

/// A sentence: an inline element holding its spans, so prose wraps naturally.
#[component]
pub fn SentenceView(props: &SentenceProps) -> Html {
    let c = &props.comparison.0;
    let result = c.side(props.side);
    let sentence = &result.sentences[props.index];
    let mut class = classes!("px-sentence", props.linked.then_some("px-pair-linked"));
    if props.granularity == Granularity::Sentence {
        class.push(if sentence.pair.is_some() { "px-paired" } else { "px-only" });
    }
    let last = props.spans.end.saturating_sub(1);
    let spans = props.spans.clone().map(|i| {
        let span = &result.spans[i];
        let text = result.slice(span.range);
        let (body, tail) = if props.fold_trailing_breaks && i == last {
            let trimmed = text.trim_end_matches(['\n', '\r']);
            (trimmed, &text[trimmed.len()..])
        } else {
            (text, "")
        };
        // A selected term wins; echoes only matter outside shared phrases.
        let marks = match (&props.term, &props.echo) {
            (Some(term), _) => Some((term.as_slice(), "px-term")),
            (None, Some(echo)) if span.kind == SpanKind::Distinct => Some((echo.as_slice(), "px-echo")),
            _ => None,
        };
        let content = with_marks(body, span.range.start, marks);
        let tail = (!tail.is_empty()).then(|| html! { <span class="px-fold">{ tail }</span> });
        let noted = |a: &Anchor| a.overlaps(props.side, span.range);
        let markers = props.notes.iter().flat_map(|n| n.iter()).filter(|(_, a)| a.end > span.range.start && a.end <= span.range.end);
        let markers = markers.map(|(n, _)| html! {
            <sup class="px-note-marker" aria-label={format!("note {n}")}>{ n }</sup>
        });
        let is_noted = props.notes.iter().flat_map(|n| n.iter()).any(|(_, a)| noted(a));
        let content = html! {
            <>
                if is_noted { <span class="px-noted">{ content }</span> } else { { content } }
                { for markers }{ tail }
            </>
        };
        if props.granularity == Granularity::Sentence {
            return content;
        }
        match (span.kind, span.phrase) {
            (kind @ (SpanKind::Shared | SpanKind::Moved), Some(p)) => {
                let kind_class = if kind == SpanKind::Shared { "px-shared" } else { "px-moved" };
                let label = phrase_label(props, kind, p);
                html! {
                    <mark
                        class={classes!(
                            "px-span", kind_class,
                            (props.active == Some(p)).then_some("px-linked"),
                            (props.current == Some(i)).then_some("px-current"),
                        )}
                        data-phrase={p.to_string()}
                        data-span={i.to_string()}
                        tabindex="-1"
                        aria-label={label}
                    >{ content }</mark>
                }
            }
            (SpanKind::Distinct, _) if has_words(text) => html! {
                <span
                    class={classes!("px-span", "px-distinct", (props.current == Some(i)).then_some("px-current"))}
                    data-span={i.to_string()}
                    tabindex="-1"
                >{ content }</span>
            },
            _ => content,
        }
    });
    html! {
        <span {class} data-sentence={props.index.to_string()}
              data-pair={sentence.pair.map(|p| p.to_string())}>
            { for spans }
        </span>
    }
}

/// What a screen reader says for a shared phrase: its kind, where else it is,
/// and the sentence it is in there.
fn phrase_label(props: &SentenceProps, kind: SpanKind, phrase: usize) -> String {
    let c = &props.comparison.0;
    let other = props.side.other();
    let ranges = match other {
        Side::Left => &c.phrases[phrase].left,
        Side::Right => &c.phrases[phrase].right,
    };
    let what = if kind == SpanKind::Shared { "shared phrase" } else { "shared phrase, reordered" };
    let where_ = ranges
        .first()
        .map(|r| {
            let sentences = &c.side(other).sentences;
            let n = sentences.partition_point(|s| s.range.end <= r.start) + 1;
            format!(", sentence {n}")
        })
        .unwrap_or_default();
    format!("{what}, also in {}{where_}", props.other_label)
}

/// The text of a span with some byte ranges of it marked with `class` (the
/// selected term's occurrences, or words echoed by the counterpart sentence).
fn with_marks(text: &str, offset: usize, marks: Option<(&[ByteRange], &'static str)>) -> Html {
    let Some((ranges, class)) = marks else { return html! { <>{ text }</> } };
    let end = offset + text.len();
    let mut out = Vec::new();
    let mut at = offset;
    for r in ranges.iter().filter(|r| r.start < end && r.end > offset) {
        let (s, e) = (r.start.max(at), r.end.min(end));
        if s > at {
            out.push(html! { <>{ &text[at - offset..s - offset] }</> });
        }
        if e > s {
            out.push(html! { <mark {class}>{ &text[s - offset..e - offset] }</mark> });
            at = e;
        }
    }
    if at < end {
        out.push(html! { <>{ &text[at - offset..] }</> });
    }
    out.into_iter().collect()
}
