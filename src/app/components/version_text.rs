//! One version's text in the versions view, each stretch shaded by how many
//! other versions carry it. A text of a megabyte is rendered a block per
//! task, the first blocks at once, as the panes are: no task holds the page
//! for long, and the reader can scroll and read while the rest fills in.

use std::ops::Range;

use yew::prelude::*;

use crate::app::hooks::progressive::use_progressive;
use crate::app::versions::{carried_by, slice, SharedCollation};
use crate::engine::collate::Version;
use crate::engine::ByteRange;

/// A block ends at the first line break after this many bytes…
const BLOCK_BYTES: usize = 16_000;

/// …or, in a paragraph longer than that, after the last space before this many.
const MAX_BLOCK_BYTES: usize = 64_000;

/// Properties of [`VersionText`].
#[derive(Properties, PartialEq, Clone)]
pub struct VersionTextProps {
    /// The collation the version is part of.
    pub collation: SharedCollation,
    /// What each version is called (for "Also in …").
    pub names: Vec<AttrValue>,
    /// The version shown.
    pub v: usize,
    /// How the text is announced ("Text of Xinhua").
    pub label: AttrValue,
    /// Every block at once (the report, rendered where no task follows).
    #[prop_or_default]
    pub whole: bool,
}

/// The whole text of version `v`, shaded.
#[component]
pub fn VersionText(props: &VersionTextProps) -> Html {
    let key = (props.collation.clone(), props.v);
    let blocks = use_memo(key.clone(), |(c, v)| blocks(&c.versions[*v].text));
    let first = if props.whole { blocks.len() } else { 2 };
    let (shown, _) = use_progressive(key, blocks.len(), first);
    let version = &props.collation.versions[props.v];
    // Focusable: it scrolls, and keyboard readers must reach all of it.
    html! {
        <div class="px-version-text" data-testid="version-text" lang={version.lang.tag()} tabindex="0" role="region"
            aria-label={props.label.clone()} aria-busy={(shown < blocks.len()).to_string()}>
            { for blocks.iter().take(shown).map(|range| html! {
                <VersionBlock key={range.start} collation={props.collation.clone()} names={props.names.clone()} v={props.v}
                    range={range.clone()} />
            }) }
        </div>
    }
}

/// Properties of [`VersionBlock`].
#[derive(Properties, PartialEq, Clone)]
struct BlockProps {
    collation: SharedCollation,
    names: Vec<AttrValue>,
    v: usize,
    range: Range<usize>,
}

/// The stretches of one block, those crossing its ends cut there (the same
/// shading and tooltip on both sides of the cut).
#[component]
fn VersionBlock(props: &BlockProps) -> Html {
    let version: &Version = &props.collation.versions[props.v];
    let Range { start, end } = props.range;
    let first = version.carried.partition_point(|c| c.range.end <= start);
    let stretches = version.carried[first..].iter().take_while(|c| c.range.start < end).map(|c| {
        let range = ByteRange { start: c.range.start.max(start), end: c.range.end.min(end) };
        html! {
            <span class={classes!("px-heat", format!("px-heat-{}", c.by.len()))} title={carried_by(&c.by, &props.names)}
                data-by={c.by.iter().map(usize::to_string).collect::<Vec<_>>().join(" ")}>
                { slice(version, range) }
            </span>
        }
    });
    html! { <div class="px-block">{ for stretches }</div> }
}

/// Where a text is cut into blocks, as byte ranges tiling it: after a line
/// break (a block is a box of its own, so a cut inside a paragraph would
/// break its line), at a space in a paragraph too long for one block.
fn blocks(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let from = floor(text, (start + BLOCK_BYTES).min(text.len()));
        let to = floor(text, (start + MAX_BLOCK_BYTES).min(text.len()));
        let end = match text[from..to].find('\n') {
            Some(at) => from + at + 1,
            None if to == text.len() => to,
            None => text[from..to].rfind(char::is_whitespace).map_or(to, |at| from + at + 1),
        };
        let end = end.max(floor(text, start + 1).max(start + 1)).min(text.len());
        out.push(start..end);
        start = end;
    }
    out
}

/// The nearest character boundary at or before `at`.
fn floor(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_tile_the_text_and_end_at_line_breaks() {
        let paragraph = "Сторони обговорили співпрацю. ".repeat(300);
        let text = format!("{paragraph}\n\n{paragraph}\n{paragraph}");
        let blocks = blocks(&text);
        assert_eq!(blocks.first().map(|b| b.start), Some(0));
        assert_eq!(blocks.last().map(|b| b.end), Some(text.len()));
        assert!(blocks.windows(2).all(|w| w[0].end == w[1].start));
        for b in &blocks[..blocks.len() - 1] {
            assert!(text[b.clone()].ends_with('\n'), "{b:?}");
        }
    }

    #[test]
    fn a_paragraph_longer_than_a_block_is_cut_after_a_space() {
        let text = "word ".repeat(40_000);
        let blocks = blocks(&text);
        assert!(blocks.len() > 2);
        assert!(blocks[..blocks.len() - 1].iter().all(|b| text[b.clone()].ends_with(' ') && b.len() <= MAX_BLOCK_BYTES));
        assert_eq!(blocks.iter().map(|b| b.len()).sum::<usize>(), text.len());
        let unbroken = "ж".repeat(100_000);
        let blocks = super::blocks(&unbroken);
        assert!(blocks.iter().all(|b| unbroken.is_char_boundary(b.start) && unbroken.is_char_boundary(b.end)));
        assert_eq!(super::blocks("").len(), 0);
    }
}
