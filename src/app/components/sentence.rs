//! One sentence of one side, its spans highlighted by kind, and a block of
//! consecutive sentences: the unit the side-by-side panes render (and fill
//! in) by.
//!
//! What depends on the reader's focus (the linked phrase, the selected term,
//! the sentence pair pointed at, where navigation stands) is not rendered
//! here: effects mark it in the page (see `hooks::focus`), so a hover never
//! re-renders a sentence.

use std::ops::Range;

use yew::prelude::*;

use crate::app::lesson::Anchor;
use crate::app::nav::has_words;
use crate::app::shared_comparison::SharedComparison;
use crate::app::view::Granularity;
use crate::app::voices;
use crate::engine::{ByteRange, Side, SpanKind};

/// How sentences are drawn, the same for all sentences of a block.
#[derive(Clone, Debug, PartialEq)]
pub struct Look {
    /// Phrases or sentences highlighted.
    pub granularity: Granularity,
    /// How the other statement is called in spoken labels.
    pub other_name: AttrValue,
    /// Drop each sentence's trailing line breaks from the layout (aligned
    /// rows); they stay in the text, hidden.
    pub fold_trailing_breaks: bool,
    /// Put a speaker chip on every attributed sentence, not only where a
    /// run of a speaker's words opens (aligned rows, where the sentences of
    /// one run can stand in different rows).
    pub chip_every_sentence: bool,
}

/// A sentence: an inline element holding its spans, so prose wraps
/// naturally. `notes` are the teacher's notes in it (numbered), `echoes` the
/// words it shares with its counterpart that are dotted at all times.
pub fn sentence(c: &SharedComparison, side: Side, index: usize, notes: &[(usize, Anchor)], echoes: &[ByteRange], look: &Look) -> Html {
    let result = c.side(side);
    let Some(sentence) = result.sentences.get(index) else { return html! {} };
    let mut class = match look.granularity {
        Granularity::Sentence if sentence.pair.is_some() => classes!("px-sentence", "px-paired"),
        Granularity::Sentence => classes!("px-sentence", "px-only"),
        Granularity::Word => classes!("px-sentence"),
    };
    // Who speaks: every sentence of a run is marked (a line above it in the
    // party's colour); the chip, drawn by CSS from `data-speaker` so the
    // text stays exactly the statement's, opens the run.
    let speaker = sentence.speaker.as_ref();
    if let Some(sp) = speaker {
        class.push("px-voiced");
        class.push(voices::party_class(c.parties(), sp.party.as_deref()));
    }
    let chip = speaker
        .filter(|sp| sp.mention.is_some() || look.chip_every_sentence)
        .map(|sp| voices::chip_text(sp, sp.mention.is_none()));
    let id = c.quote_targets(side).binary_search(&index).is_ok().then(|| voices::anchor_id(side, index));
    let span_range = c.spans_by_sentence(side).get(index).cloned().unwrap_or(0..0);
    let last = span_range.end.saturating_sub(1);
    let spans = span_range.map(|i| {
        let span = &result.spans[i];
        let text = result.slice(span.range);
        let (body, tail) = if look.fold_trailing_breaks && i == last {
            let trimmed = text.trim_end_matches(['\n', '\r']);
            (trimmed, &text[trimmed.len()..])
        } else {
            (text, "")
        };
        let content = with_marks(body, span.range.start, echoes);
        let tail = (!tail.is_empty()).then(|| html! { <span class="px-fold">{ tail }</span> });
        let markers = notes.iter().filter(|(_, a)| a.end > span.range.start && a.end <= span.range.end);
        let markers = markers.map(|(n, _)| html! {
            <sup class="px-note-marker" aria-label={format!("note {n}")}>{ n }</sup>
        });
        let noted = notes.iter().any(|(_, a)| a.overlaps(side, span.range));
        let content = html! {
            <>
                if noted { <span class="px-noted">{ content }</span> } else { { content } }
                { for markers }{ tail }
            </>
        };
        if look.granularity == Granularity::Sentence {
            return content;
        }
        match (span.kind, span.phrase) {
            (kind @ (SpanKind::Shared | SpanKind::Moved), Some(p)) => {
                let kind_class = if kind == SpanKind::Shared { "px-shared" } else { "px-moved" };
                html! {
                    <mark class={classes!("px-span", kind_class)} data-phrase={p.to_string()} data-span={i.to_string()}
                        tabindex="-1" aria-label={phrase_label(body, kind, &look.other_name)}>{ content }</mark>
                }
            }
            (SpanKind::Distinct, _) if has_words(text) => html! {
                <span class="px-span px-distinct" data-span={i.to_string()} tabindex="-1">{ content }</span>
            },
            _ => content,
        }
    });
    html! {
        <span {class} {id} data-sentence={index.to_string()} data-pair={sentence.pair.map(|p| p.to_string())}
              data-speaker={chip}>
            { for spans }
        </span>
    }
}

/// What a screen reader says for a shared phrase: its words as shown, then
/// what the underline means (a label replaces the words, so it repeats them).
fn phrase_label(words: &str, kind: SpanKind, other_name: &str) -> String {
    let what = if kind == SpanKind::Shared { "shared phrase" } else { "shared phrase, reordered" };
    format!("{}: {what}, also in {other_name}", words.trim())
}

/// The text of a span (which starts at byte `offset`) with the parts in
/// `marks` wrapped as dotted echoes.
fn with_marks(text: &str, offset: usize, marks: &[ByteRange]) -> Html {
    let end = offset + text.len();
    let mut out = Vec::new();
    let mut at = offset;
    for r in marks.iter().filter(|r| r.start < end && r.end > offset) {
        let (s, e) = (r.start.max(at), r.end.min(end));
        if s > at {
            out.push(html! { <>{ &text[at - offset..s - offset] }</> });
        }
        if e > s {
            out.push(html! { <mark class="px-echo">{ &text[s - offset..e - offset] }</mark> });
            at = e;
        }
    }
    if at < end {
        out.push(html! { <>{ &text[at - offset..] }</> });
    }
    out.into_iter().collect()
}

/// Properties of [`SentenceBlock`].
#[derive(Properties, PartialEq, Clone)]
pub struct SentenceBlockProps {
    /// The comparison shown.
    pub comparison: SharedComparison,
    /// The side whose sentences these are.
    pub side: Side,
    /// The sentences of the block.
    pub sentences: Range<usize>,
    /// The teacher's notes in these sentences, with their numbers.
    pub notes: Vec<(usize, Anchor)>,
    /// How sentences are drawn.
    pub look: Look,
}

/// Consecutive sentences of one pane, whole paragraphs in a box of their
/// own. Re-renders only when its own props change: a new comparison,
/// granularity, label, or notes in it.
#[component]
pub fn SentenceBlock(props: &SentenceBlockProps) -> Html {
    let c = &props.comparison;
    let sentences = props.sentences.clone().map(|i| {
        let range = c.side(props.side).sentences[i].range;
        let notes: Vec<(usize, Anchor)> = props.notes.iter().filter(|(_, a)| a.overlaps(props.side, range)).copied().collect();
        sentence(c, props.side, i, &notes, &[], &props.look)
    });
    html! { <div class="px-block">{ for sentences }</div> }
}
