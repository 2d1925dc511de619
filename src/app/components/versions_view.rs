//! The versions view: three to six versions of one statement at once. One
//! version is read at a time, each passage shaded by how many other versions
//! carry it (the legend gives the counts, and every passage says who in its
//! tooltip: never colour alone); what only that version says; which other
//! versions carry each of its sentences; the phrases with the versions that
//! carry them; and how alike each two are, any two opened side by side in
//! one click. The CLI's report shows every version in turn, statically.

use yew::prelude::*;

use super::version_text::VersionText;
use crate::app::hooks::progressive::use_progressive;
use crate::app::versions::{heat_levels, list, only_here, phrase_order, sentence_carriers, shares_nothing, slice, PhraseOrder, SharedCollation};

/// Rows a table shows before "and N more": enough to read, few enough to lay out at once.
const ROWS_SHOWN: usize = 200;

/// Versions this long in all (bytes) show their text first and their
/// tables a task apart, so opening the view never holds the page for long.
const STAGED_BYTES: usize = 200_000;

/// What the view shows after the version's text, a stage per task.
const STAGES: usize = 3;

/// Properties of [`VersionsView`].
#[derive(Properties, PartialEq, Clone)]
pub struct VersionsProps {
    /// The collation shown.
    pub collation: SharedCollation,
    /// What each version is called.
    pub names: Vec<AttrValue>,
    /// The version read; `None` shows every version in turn (the report).
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
}

/// The whole view.
#[component]
pub fn VersionsView(props: &VersionsProps) -> Html {
    let c = &props.collation;
    let shown: Vec<usize> = match props.selected {
        Some(v) => vec![v.min(c.versions.len().saturating_sub(1))],
        None => (0..c.versions.len()).collect(),
    };
    // 1: the version's own tables, 2: the phrases, 3: how alike each two are.
    let staged = props.selected.is_some() && c.versions.iter().map(|v| v.text.len()).sum::<usize>() > STAGED_BYTES;
    let (stage, _) = use_progressive(c.clone(), STAGES, if staged { 0 } else { STAGES });
    html! {
        <section class="px-versions" data-testid="versions" aria-label="Versions compared">
            if props.selected.is_some() {
                <div class="px-version-tabs" role="tablist" aria-label="Read one version">
                    { for c.versions.iter().enumerate().map(|(v, version)| {
                        let selected = shown[0] == v;
                        html! {
                            <button type="button" role="tab" class="px-tab" aria-selected={selected.to_string()}
                                data-testid={format!("version-tab-{v}")} onclick={props.on_select.reform(move |_: MouseEvent| v)}>
                                { &props.names[v] }<span class="px-count">{ format!("{} words", version.words) }</span>
                            </button>
                        }
                    }) }
                </div>
            }
            { for shown.into_iter().map(|v| html! {
                <VersionReading collation={c.clone()} names={props.names.clone()} {v} whole={props.selected.is_none()}
                    tables={stage >= 1} />
            }) }
            if stage >= 2 {
                <PhraseTable collation={c.clone()} names={props.names.clone()} order={props.order} on_order={props.on_order.clone()} />
            }
            if stage >= 3 {
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
    /// The whole text at once (the report).
    whole: bool,
    /// Its tables too (a task after its text, on long versions).
    tables: bool,
}

/// How a heat level is called: "in all 3 others", "in 1 other version", "only in this one".
fn level_name(others: usize, versions: usize) -> String {
    match others {
        0 => "in no other version".to_owned(),
        n if n + 1 == versions && n > 1 => format!("in all {n} others"),
        1 => "in 1 other version".to_owned(),
        n => format!("in {n} other versions"),
    }
}

/// One version: its legend, its text shaded, what it alone says, and who
/// carries each of its sentences.
#[component]
fn VersionReading(props: &ReadingProps) -> Html {
    let c = &props.collation;
    let v = props.v;
    let version = &c.versions[v];
    let n = c.versions.len();
    let name = &props.names[v];
    let others: Vec<usize> = (0..n).filter(|&o| o != v).collect();
    // Read off the whole text once per version, not on every render (what
    // only the tables need, once they are shown).
    let levels = use_memo((c.clone(), v), |(c, v)| heat_levels(&c.versions[*v], c.versions.len()));
    let tables = use_memo((c.clone(), v, props.tables), |(c, v, tables)| {
        tables.then(|| (only_here(&c.versions[*v]), sentence_carriers(&c.versions[*v])))
    });
    html! {
        <article class="px-version" data-testid={format!("version-{v}")} aria-label={name.clone()}>
            <h3 class="px-version-name">{ name }</h3>
            <ul class="px-legend px-heat-legend" aria-label="How many other versions carry each passage">
                { for levels.iter().map(|level| html! {
                    <li data-testid={format!("heat-level-{}", level.others)}>
                        <span class={classes!("px-heat", format!("px-heat-{}", level.others))} aria-hidden="true">{ "Abc" }</span>
                        { format!(" {}: {} passage{}, {}% of the text", level_name(level.others, n), level.passages,
                            if level.passages == 1 { "" } else { "s" }, level.percent) }
                    </li>
                }) }
            </ul>
            <VersionText collation={c.clone()} names={props.names.clone()} {v} label={format!("Text of {name}")}
                whole={props.whole} />
            if let Some((only, sentences)) = &*tables {
                <section class="px-only-here" data-testid="only-here">
                    <h4>{ format!("What only {name} says") }</h4>
                    if only.is_empty() {
                        <p class="px-muted">{ "Nothing: another version carries every passage of it." }</p>
                    } else if shares_nothing(version) {
                        <p>{ "All of it: no other version shares a phrase with it." }</p>
                    } else {
                        <ul>
                            { for only.iter().take(ROWS_SHOWN).map(|&r| html! { <li><q>{ slice(version, r) }</q></li> }) }
                        </ul>
                        { more(only.len()) }
                    }
                </section>
                <section class="px-version-sentences">
                    <h4>{ "Its sentences, and the versions that carry part of each" }</h4>
                    <table class="px-table" data-testid="version-sentences">
                        <thead><tr>
                            <th scope="col">{ "Sentence" }</th>
                            { for others.iter().map(|&o| html! { <th scope="col">{ &props.names[o] }</th> }) }
                            <th scope="col">{ "Not in" }</th>
                        </tr></thead>
                        <tbody>
                            { for version.sentences.iter().zip(sentences).enumerate().take(ROWS_SHOWN).map(|(i, (s, by))| {
                                let missing: Vec<&str> = others.iter().filter(|o| !by.contains(o)).map(|&o| props.names[o].as_str()).collect();
                                html! {
                                    <tr data-testid={format!("sentence-{i}")}>
                                        <th scope="row" class="px-sentence-cell">{ format!("{}. ", i + 1) }{ abridged(slice(version, *s)) }</th>
                                        { for others.iter().map(|o| check(by.contains(o))) }
                                        <td class="px-not-in">{ if missing.is_empty() { "—".to_owned() } else { list(missing) } }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                    { more(version.sentences.len()) }
                </section>
            }
        </article>
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

/// "and N more" under a table cut at [`ROWS_SHOWN`].
fn more(total: usize) -> Html {
    match total.saturating_sub(ROWS_SHOWN) {
        0 => html! {},
        n => html! { <p class="px-muted">{ format!("and {n} more") }</p> },
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
}

/// The phrases two versions or more share: a row per phrase, a column per
/// version, sortable by how many carry it and by length.
#[component]
fn PhraseTable(props: &PhraseTableProps) -> Html {
    let c = &props.collation;
    let order = phrase_order(c, props.order);
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
                </tr></thead>
                <tbody>
                    { for order.iter().take(ROWS_SHOWN).map(|&p| {
                        let phrase = &c.phrases[p];
                        html! {
                            <tr>
                                <th scope="row">{ &phrase.text }</th>
                                <td>{ phrase.words }</td>
                                { for phrase.occurrences.iter().map(|o| check(!o.is_empty())) }
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
        assert_eq!(level_name(1, 4), "in 1 other version");
        assert_eq!(level_name(1, 2), "in 1 other version");
        assert_eq!(level_name(2, 4), "in 2 other versions");
        assert_eq!(level_name(0, 4), "in no other version");
    }
}
