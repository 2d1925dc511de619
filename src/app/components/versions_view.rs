//! The versions view: three to six versions of one statement at once. One
//! version is read at a time, each passage shaded by how many other versions
//! carry it (the legend gives the counts, and every passage says who in its
//! tooltip: never colour alone), as running text or in aligned rows beside
//! the other versions' sentences; what they carry in common, what only that
//! version says and what it leaves out (the parts a lesson walks through,
//! see `version_steps`); which other versions carry each of its sentences;
//! the phrases with the versions that carry them; and how alike each two
//! are, any two opened side by side in one click. Every version in turn is
//! the handout, and the CLI's report.

use std::ops::Range;

use yew::prelude::*;

use crate::app::hooks::progressive::use_progressive;
use crate::app::nav::StopKind;
use crate::app::versions::{
    carried_by, heat_levels, list, phrase_order, pieces, pieces_within, sentence_carriers, slice, stops, Piece, PhraseOrder,
    SentenceOf, SharedCollation,
};
use crate::app::versions_lesson::{VersionAnchor, VersionStep};
use crate::engine::collate::Version;
use crate::engine::ByteRange;

use super::version_rows::VersionRows;
use super::version_steps::{more, CommonPart, LeftOutPart, LessonView, OwnPart, ITEMS_SHOWN as ROWS_SHOWN};

/// Properties of [`VersionsView`].
#[derive(Properties, PartialEq, Clone)]
pub struct VersionsProps {
    /// The collation shown.
    pub collation: SharedCollation,
    /// What each version is called.
    pub names: Vec<AttrValue>,
    /// The version read; `None` shows every version in turn (the handout
    /// and the report).
    pub selected: Option<usize>,
    /// How the table of phrases is ordered.
    pub order: PhraseOrder,
    /// The reader chose a version to read.
    pub on_select: Callback<usize>,
    /// The reader ordered the table of phrases.
    pub on_order: Callback<PhraseOrder>,
    /// The reader opened two versions side by side; `None` in the report.
    #[prop_or_default]
    pub on_open_pair: Option<Callback<(usize, usize)>>,
    /// The reader chose to see every version in turn; `None` in the report,
    /// which has no tabs.
    #[prop_or_default]
    pub on_every: Option<Callback<()>>,
    /// The version read in aligned rows: each of its sentences beside the
    /// other versions' sentences that share its phrasing.
    #[prop_or_default]
    pub rows: bool,
    /// The lesson's notes and questions (and, while the teacher prepares
    /// it, where edits go).
    #[prop_or_default]
    pub lesson: LessonView,
    /// Where navigation stands in the version read (see `versions::stops`).
    #[prop_or_default]
    pub cursor: Option<(StopKind, usize)>,
    /// While presenting: the step on screen, shown alone with the text it
    /// is about.
    #[prop_or_default]
    pub step: Option<VersionStep>,
}

/// The parts of the view under the text, rendered a task apart (see [`VersionsView`]).
const LATER_PARTS: usize = 3;

/// The whole view.
#[component]
pub fn VersionsView(props: &VersionsProps) -> Html {
    let c = &props.collation;
    let last = c.versions.len().saturating_sub(1);
    // What is under the text (each version's parts and table, the phrases,
    // how alike they are: thousands of rows on long versions) comes a part
    // per task after it, so opening the view is no long task; the report
    // (rendered once, on the server) takes them all at once.
    let first = if cfg!(target_arch = "wasm32") { 0 } else { LATER_PARTS };
    let (parts, _) = use_progressive(c.clone(), LATER_PARTS, first);
    let reading = |v: usize, step: Option<VersionStep>, rows: bool, cursor: Option<(StopKind, usize)>| {
        html! {
            <VersionReading collation={c.clone()} names={props.names.clone()} {v} lesson={props.lesson.clone()}
                {cursor} {rows} {step} parts={parts >= 1} />
        }
    };
    if let Some(step) = props.step {
        // Presenting: one step, and the version it is about.
        let v = step.version().or(props.selected).unwrap_or(0).min(last);
        return html! {
            <section class="px-versions px-versions-step" data-testid="versions" aria-label="Versions compared">
                if step == VersionStep::Common {
                    <CommonPart collation={c.clone()} names={props.names.clone()} lesson={props.lesson.clone()} />
                }
                { reading(v, Some(step), false, None) }
            </section>
        };
    }
    let shown: Vec<usize> = match props.selected {
        Some(v) => vec![v.min(last)],
        None => (0..c.versions.len()).collect(),
    };
    let single = props.selected.is_some();
    html! {
        <section class="px-versions" data-testid="versions" aria-label="Versions compared" aria-busy={(parts < LATER_PARTS).to_string()}>
            if let Some(on_every) = &props.on_every {
                <div class="px-version-tabs" role="tablist" aria-label="Read one version, or every version">
                    { for c.versions.iter().enumerate().map(|(v, version)| {
                        let selected = props.selected.map(|s| s.min(last)) == Some(v);
                        html! {
                            <button type="button" role="tab" class="px-tab" aria-selected={selected.to_string()}
                                data-testid={format!("version-tab-{v}")} onclick={props.on_select.reform(move |_: MouseEvent| v)}>
                                { &props.names[v] }<span class="px-count">{ format!("{} words", version.words) }</span>
                            </button>
                        }
                    }) }
                    <button type="button" role="tab" class="px-tab" aria-selected={(!single).to_string()}
                        data-testid="version-tab-every" onclick={on_every.reform(|_: MouseEvent| ())}>
                        { "Every version" }<span class="px-count">{ "the handout" }</span>
                    </button>
                </div>
            }
            <CommonPart collation={c.clone()} names={props.names.clone()} lesson={props.lesson.clone()} />
            { for shown.into_iter().map(|v| reading(v, None, single && props.rows, props.cursor.filter(|_| single))) }
            if parts >= 2 {
                <PhraseTable collation={c.clone()} names={props.names.clone()} order={props.order} on_order={props.on_order.clone()}
                    lesson={props.lesson.clone()} />
            }
            if parts >= 3 {
                <Similarity collation={c.clone()} names={props.names.clone()} on_open_pair={props.on_open_pair.clone()} />
            }
        </section>
    }
}

/// Properties of [`VersionReading`].
#[derive(Properties, PartialEq, Clone)]
struct ReadingProps {
    collation: SharedCollation,
    names: Vec<AttrValue>,
    v: usize,
    lesson: LessonView,
    cursor: Option<(StopKind, usize)>,
    rows: bool,
    /// While presenting: the step, whose part alone is shown with the text.
    step: Option<VersionStep>,
    /// Whether the parts under the text are rendered yet.
    parts: bool,
}

/// How a heat level is called: "in all 3 others", "in 1 other version", "only in this one".
fn level_name(others: usize, versions: usize) -> String {
    match others {
        0 => "in no other version".to_owned(),
        2 if versions == 3 => "in both others".to_owned(),
        n if n + 1 == versions && n > 1 => format!("in all {n} others"),
        1 => "in 1 other version".to_owned(),
        n => format!("in {n} other versions"),
    }
}

/// Where each note on a version is placed in its text: its number, and the
/// byte it follows.
fn markers(lesson: &LessonView, v: usize) -> Vec<(usize, usize)> {
    let mut at: Vec<(usize, usize)> = lesson.lesson.notes_on(v).map(|(n, note)| (n, note.anchor.end)).collect();
    at.sort_by_key(|&(n, end)| (end, n));
    at
}

/// The notes on version `v` that belong to nothing the view lists (the
/// phrase or passage they were written on is no longer found, say): listed
/// under its text, so no note is lost.
fn unplaced_notes(c: &SharedCollation, v: usize, lesson: &LessonView) -> Html {
    let version = &c.versions[v];
    let placed = |a: &VersionAnchor| {
        let sentence = version.sentences.iter().any(|s| s.start == a.start && s.end == a.end);
        let passage = version.own.iter().any(|p| p.own[0].start == a.start && p.own[0].end == a.end);
        let phrase = (0..c.phrases.len()).any(|p| VersionAnchor::phrase(c, p) == Some(*a));
        sentence || passage || phrase
    };
    let items: Vec<Html> = lesson
        .lesson
        .notes_on(v)
        .filter(|(_, n)| !placed(&n.anchor))
        .map(|(number, n)| html! { <li value={number.to_string()} data-testid="note">{ &n.text }</li> })
        .collect();
    if items.is_empty() {
        return html! {};
    }
    html! { <ol class="px-notes" aria-label="Teacher's notes">{ for items }</ol> }
}

/// One version: its legend, its text shaded (running, or in aligned rows),
/// the parts a lesson walks through, and who carries each of its sentences.
/// While presenting, the step's part and the text alone.
#[component]
fn VersionReading(props: &ReadingProps) -> Html {
    let c = &props.collation;
    let v = props.v;
    let version = &c.versions[v];
    let n = c.versions.len();
    let name = &props.names[v];
    let part = |step: VersionStep| {
        let (collation, names, lesson) = (c.clone(), props.names.clone(), props.lesson.clone());
        match step {
            VersionStep::Own(v) => html! { <OwnPart {collation} {names} {v} {lesson} /> },
            VersionStep::LeftOut(v) => html! { <LeftOutPart {collation} {names} {v} {lesson} /> },
            VersionStep::Common => html! {},
        }
    };
    let pieces = pieces(version);
    let current = props.cursor.and_then(|(kind, i)| stops(&pieces, version, kind == StopKind::Phrase).get(i).copied());
    html! {
        <article class="px-version" data-testid={format!("version-{v}")} aria-label={name.clone()}>
            <h3 class="px-version-name">{ name }</h3>
            { props.step.map(part).unwrap_or_default() }
            <ul class="px-legend px-heat-legend" aria-label="How many other versions carry each passage">
                { for heat_levels(version, n).into_iter().map(|level| html! {
                    <li data-testid={format!("heat-level-{}", level.others)}>
                        <span class={classes!("px-heat", format!("px-heat-{}", level.others))} aria-hidden="true">{ "Abc" }</span>
                        { format!(" {}: {} place{}, {}% of the text", level_name(level.others, n), level.places,
                            if level.places == 1 { "" } else { "s" }, level.percent) }
                    </li>
                }) }
            </ul>
            if props.rows {
                <VersionRows collation={c.clone()} names={props.names.clone()} {v} />
            } else {
                <VersionText collation={c.clone()} names={props.names.clone()} {v} {current} markers={markers(&props.lesson, v)} />
            }
            if let (Some((kind, i)), Some(_)) = (props.cursor, current) {
                <p class="px-muted px-stop-status" role="status" data-testid="stop-status">
                    { format!("{} {} of {}", match kind {
                        StopKind::Difference => "Only in this version: place",
                        StopKind::Phrase => "Shared with another version: place",
                    }, i + 1, stops(&pieces, version, kind == StopKind::Phrase).len()) }
                </p>
            }
            if props.step.is_none() && props.parts {
                { unplaced_notes(c, v, &props.lesson) }
                { part(VersionStep::Own(v)) }
                { part(VersionStep::LeftOut(v)) }
                <SentenceTable collation={c.clone()} names={props.names.clone()} {v} lesson={props.lesson.clone()} />
            }
        </article>
    }
}

/// Properties of [`VersionText`].
#[derive(Properties, PartialEq, Clone)]
struct TextProps {
    collation: SharedCollation,
    names: Vec<AttrValue>,
    v: usize,
    /// The piece navigation stands on.
    current: Option<usize>,
    /// The teacher's notes: number, and the byte each follows.
    markers: Vec<(usize, usize)>,
}

/// The shading of one piece: its level, and who carries it in its tooltip;
/// the numbers of the teacher's notes that end in it (`notes`), shown after
/// it by the style sheet, so the text itself stays exactly the version's.
/// The spaces around it are left unshaded, outside.
pub(super) fn heat_span(version: &Version, piece: &Piece, names: &[AttrValue], current: bool, notes: &[usize]) -> Html {
    let text = slice(version, piece.range);
    let body = text.trim();
    if body.is_empty() {
        return html! { { text } };
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[lead.len() + body.len()..];
    let numbers = (!notes.is_empty()).then(|| notes.iter().map(usize::to_string).collect::<Vec<_>>().join(","));
    let title = match &numbers {
        Some(n) => format!("{} · note {n}", carried_by(piece.by, names)),
        None => carried_by(piece.by, names),
    };
    html! {
        <>
            { lead }
            <span class={classes!("px-heat", format!("px-heat-{}", piece.by.len()), current.then_some("px-stop-current"))}
                {title} aria-current={current.then_some("location")} data-notes={numbers}
                data-by={piece.by.iter().map(usize::to_string).collect::<Vec<_>>().join(" ")}>
                { body }
            </span>
            { trail }
        </>
    }
}

/// Text per block of a version's running text: more than its box shows,
/// and little enough that rendering one is a short task (a 1 MB version
/// has about a hundred).
const BLOCK_BYTES: usize = 10_000;

/// A version's pieces (see [`pieces`]) cut into consecutive blocks of about
/// [`BLOCK_BYTES`], each ending where a paragraph does (a block is laid out
/// on its own, so one ending inside a paragraph would break its line): for
/// each, the indexes of its pieces and the bytes they tile.
fn text_blocks(version: &Version, pieces: &[Piece]) -> Vec<(Range<usize>, ByteRange)> {
    let mut blocks = Vec::new();
    let mut first = 0;
    for (i, piece) in pieces.iter().enumerate() {
        let start = pieces[first].range.start;
        let paragraph_ends = slice(version, piece.range).ends_with('\n');
        if (piece.range.end - start >= BLOCK_BYTES && paragraph_ends) || i + 1 == pieces.len() {
            blocks.push((first..i + 1, ByteRange::new(start, piece.range.end)));
            first = i + 1;
        }
    }
    blocks
}

/// One version's whole text, each piece shaded by how many other versions
/// carry it, the teacher's note markers in it, and the place navigation
/// stands on kept in view. A long text comes in blocks, the top first and
/// the rest a block per task (see `hooks::progressive`), so the page answers
/// while it fills in; it is `aria-busy` until every block is in.
#[component]
fn VersionText(props: &TextProps) -> Html {
    let version = &props.collation.versions[props.v];
    let name = &props.names[props.v];
    let text_ref = use_node_ref();
    let blocks = use_memo((props.collation.clone(), props.v), |(c, v)| text_blocks(&c.versions[*v], &pieces(&c.versions[*v])));
    // The report (rendered once, on the server) takes every block at once.
    let first = if cfg!(target_arch = "wasm32") { 1 } else { blocks.len() };
    let (count, _) = use_progressive((props.collation.clone(), props.v), blocks.len(), first);
    // The block navigation stands in is rendered at once, to be scrolled to.
    let needed = props.current.map_or(0, |i| blocks.partition_point(|(pieces, _)| pieces.end <= i) + 1);
    let count = count.max(needed).min(blocks.len());
    {
        let text_ref = text_ref.clone();
        use_effect_with(props.current, move |current| {
            let element = current.and_then(|_| text_ref.cast::<web_sys::Element>()?.query_selector(".px-stop-current").ok()?);
            if let Some(element) = element {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                element.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    }
    let markers = &props.markers;
    let rendered = blocks[..count].iter().enumerate().map(|(k, (range, bytes))| {
        // A note goes with the first piece it does not end after.
        let after = k.checked_sub(1).map(|k| blocks[k].1.end);
        let markers: Vec<(usize, usize)> =
            markers.iter().copied().filter(|&(_, at)| after.is_none_or(|end| at > end) && at <= bytes.end).collect();
        let current = props.current.filter(|i| range.contains(i));
        html! {
            <VersionTextBlock key={k} collation={props.collation.clone()} names={props.names.clone()} v={props.v}
                first={range.start} bytes={*bytes} {current} {markers} />
        }
    });
    // Focusable: it scrolls, and keyboard readers must reach all of it.
    html! {
        <div class="px-version-text" data-testid="version-text" lang={version.lang.tag()} tabindex="0" role="region"
            aria-label={format!("Text of {name}")} aria-busy={(count < blocks.len()).to_string()} ref={text_ref}>
            { for rendered }
        </div>
    }
}

/// Properties of [`VersionTextBlock`].
#[derive(Properties, PartialEq, Clone)]
struct TextBlockProps {
    collation: SharedCollation,
    names: Vec<AttrValue>,
    v: usize,
    /// The index of the block's first piece among the version's pieces.
    first: usize,
    /// The bytes the block's pieces tile.
    bytes: ByteRange,
    /// The piece navigation stands on, when it is in this block.
    current: Option<usize>,
    /// The teacher's notes placed in this block: number, and the byte each follows.
    markers: Vec<(usize, usize)>,
}

/// A block of a version's running text (see [`VersionText`]).
#[component]
fn VersionTextBlock(props: &TextBlockProps) -> Html {
    let version = &props.collation.versions[props.v];
    let mut markers = props.markers.iter().peekable();
    let spans = pieces_within(version, props.bytes).into_iter().enumerate().map(|(i, piece)| {
        let mut notes = Vec::new();
        while let Some(&(number, _)) = markers.next_if(|(_, at)| *at <= piece.range.end) {
            notes.push(number);
        }
        heat_span(version, &piece, &props.names, props.current == Some(props.first + i), &notes)
    });
    html! { <div class="px-version-block">{ for spans }</div> }
}

/// Properties of [`SentenceTable`].
#[derive(Properties, PartialEq, Clone)]
struct SentenceTableProps {
    collation: SharedCollation,
    names: Vec<AttrValue>,
    v: usize,
    lesson: LessonView,
}

/// A version's sentences, and the other versions that carry part of each
/// (with the teacher's note on each, when there is one).
#[component]
fn SentenceTable(props: &SentenceTableProps) -> Html {
    let c = &props.collation;
    let v = props.v;
    let version = &c.versions[v];
    let others: Vec<usize> = (0..c.versions.len()).filter(|&o| o != v).collect();
    let sentences = sentence_carriers(version);
    let anchor = |i: usize| VersionAnchor::sentence(c, SentenceOf { version: v, sentence: i });
    let notes = props.lesson.edit.is_some() || props.lesson.lesson.notes_on(v).next().is_some();
    html! {
        <section class="px-version-sentences">
            <h4>{ "Its sentences, and the versions that carry part of each" }</h4>
            <table class="px-table" data-testid="version-sentences">
                <thead><tr>
                    <th scope="col">{ "Sentence" }</th>
                    { for others.iter().map(|&o| html! { <th scope="col">{ &props.names[o] }</th> }) }
                    <th scope="col">{ "Not in" }</th>
                    if notes { <th scope="col">{ "Note" }</th> }
                </tr></thead>
                <tbody>
                    { for version.sentences.iter().zip(&sentences).enumerate().take(ROWS_SHOWN).map(|(i, (s, by))| {
                        let missing: Vec<&str> = others.iter().filter(|o| !by.contains(o)).map(|&o| props.names[o].as_str()).collect();
                        html! {
                            <tr data-testid={format!("sentence-{i}")}>
                                <th scope="row" class="px-sentence-cell">{ format!("{}. ", i + 1) }{ abridged(slice(version, *s)) }</th>
                                { for others.iter().map(|o| check(by.contains(o))) }
                                <td class="px-not-in">{ if missing.is_empty() { "—".to_owned() } else { list(missing) } }</td>
                                if notes { <td class="px-note-cell">{ props.lesson.note(anchor(i), "sentence") }</td> }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            { more(version.sentences.len()) }
        </section>
    }
}

/// A ✓ cell, or an empty one, each with words for screen readers.
fn check(carried: bool) -> Html {
    if carried {
        html! { <td class="px-carries"><span aria-hidden="true">{ "✓" }</span><span class="px-visually-hidden">{ "yes" }</span></td> }
    } else {
        html! { <td class="px-carries"><span class="px-visually-hidden">{ "no" }</span></td> }
    }
}

/// The first words of a long sentence, whole words, with "…".
fn abridged(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= 90 {
        return text.to_owned();
    }
    let cut: String = text.chars().take(90).collect();
    let cut = cut.rsplit_once(char::is_whitespace).map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

/// Properties of [`PhraseTable`].
#[derive(Properties, PartialEq, Clone)]
struct PhraseTableProps {
    collation: SharedCollation,
    names: Vec<AttrValue>,
    order: PhraseOrder,
    on_order: Callback<PhraseOrder>,
    lesson: LessonView,
}

/// The phrases two versions or more share: a row per phrase, a column per
/// version, sortable by how many carry it and by length (with the teacher's
/// note on each, when there is one).
#[component]
fn PhraseTable(props: &PhraseTableProps) -> Html {
    let c = &props.collation;
    let order = phrase_order(c, props.order);
    let anchor = |p: usize| VersionAnchor::phrase(c, p);
    let notes = props.lesson.edit.is_some() || order.iter().any(|&p| anchor(p).is_some_and(|a| props.lesson.lesson.note_at(a).is_some()));
    let sort_button = |o: PhraseOrder, text: &str| {
        html! {
            <button type="button" class="px-button" aria-pressed={(props.order == o).to_string()}
                onclick={props.on_order.reform(move |_: MouseEvent| o)}>{ text }</button>
        }
    };
    html! {
        <section class="px-version-phrases">
            <h3>{ format!("Phrases shared by two versions or more ({})", c.phrases.len()) }</h3>
            <p class="px-group" role="group" aria-label="Order of the phrases">
                { "Order: " }{ sort_button(PhraseOrder::Carriers, "Most versions first") }{ " " }
                { sort_button(PhraseOrder::Length, "Longest first") }
            </p>
            <table class="px-table" data-testid="version-phrases">
                <thead><tr>
                    <th scope="col">{ "Phrase" }</th>
                    <th scope="col">{ "Words" }</th>
                    { for props.names.iter().map(|n| html! { <th scope="col">{ n }</th> }) }
                    if notes { <th scope="col">{ "Note" }</th> }
                </tr></thead>
                <tbody>
                    { for order.iter().take(ROWS_SHOWN).map(|&p| {
                        let phrase = &c.phrases[p];
                        html! {
                            <tr>
                                <th scope="row">{ &phrase.text }</th>
                                <td>{ phrase.words }</td>
                                { for phrase.occurrences.iter().map(|o| check(!o.is_empty())) }
                                if notes {
                                    <td class="px-note-cell">{ anchor(p).map(|a| props.lesson.note(a, "phrase")).unwrap_or_default() }</td>
                                }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            { more(c.phrases.len()) }
        </section>
    }
}

/// Properties of [`Similarity`].
#[derive(Properties, PartialEq, Clone)]
struct SimilarityProps {
    collation: SharedCollation,
    names: Vec<AttrValue>,
    on_open_pair: Option<Callback<(usize, usize)>>,
}

/// How alike each two versions are (the share of their words in phrases
/// the two share); in the widget each cell opens the two side by side.
#[component]
fn Similarity(props: &SimilarityProps) -> Html {
    let c = &props.collation;
    let cell = |i: usize, j: usize| {
        let percent = format!("{:.0}%", 100.0 * c.similarity[i][j]);
        match &props.on_open_pair {
            _ if i == j => html! { <td class="px-muted">{ "—" }</td> },
            Some(open) => html! {
                <td>
                    <button type="button" class="px-button px-open-pair" data-testid={format!("open-pair-{i}-{j}")}
                        title={format!("Open {} and {} side by side", props.names[i], props.names[j])}
                        onclick={open.reform(move |_: MouseEvent| (i, j))}>{ percent }</button>
                </td>
            },
            None => html! { <td>{ percent }</td> },
        }
    };
    html! {
        <section class="px-version-similarity">
            <h3>{ "How alike each two are" }</h3>
            <p class="px-muted">
                { "The share of the two versions' words that lie in phrases both have." }
                if props.on_open_pair.is_some() { { " Choose a number to read the two side by side." } }
            </p>
            <table class="px-table" data-testid="version-similarity">
                <thead><tr>
                    <td></td>
                    { for props.names.iter().map(|n| html! { <th scope="col">{ n }</th> }) }
                </tr></thead>
                <tbody>
                    { for (0..c.versions.len()).map(|i| html! {
                        <tr>
                            <th scope="row">{ &props.names[i] }</th>
                            { for (0..c.versions.len()).map(|j| cell(i, j)) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_sentences_are_cut_at_a_word() {
        assert_eq!(abridged(" Short. "), "Short.");
        let long = "word ".repeat(40);
        let cut = abridged(&long);
        assert!(cut.ends_with("word…") && cut.chars().count() <= 91, "{cut}");
    }

    #[test]
    fn levels_are_named_in_words() {
        assert_eq!(level_name(3, 4), "in all 3 others");
        assert_eq!(level_name(2, 3), "in both others");
        assert_eq!(level_name(1, 4), "in 1 other version");
        assert_eq!(level_name(1, 2), "in 1 other version");
        assert_eq!(level_name(2, 4), "in 2 other versions");
        assert_eq!(level_name(0, 4), "in no other version");
    }
}
