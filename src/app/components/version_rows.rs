//! The version read in aligned rows: each of its sentences on a row of its
//! own, beside the sentences of every other version that share the most
//! phrasing with it; the others' sentences that share none with it on rows
//! of their own, where they come in their version. Shaded as the running
//! text is, so the two layouts read alike.

use yew::prelude::*;

use crate::app::versions::{pieces, rows_around, SharedCollation};

use super::version_steps::{more, ITEMS_SHOWN};
use super::versions_view::heat_span;

/// Properties of [`VersionRows`].
#[derive(Properties, PartialEq, Clone)]
pub struct VersionRowsProps {
    /// The versions collated.
    pub collation: SharedCollation,
    /// What each version is called.
    pub names: Vec<AttrValue>,
    /// The version read: the first column, a row per sentence.
    pub v: usize,
}

/// The table of aligned rows.
#[component]
pub fn VersionRows(props: &VersionRowsProps) -> Html {
    let c = &props.collation;
    let v = props.v;
    let columns: Vec<usize> = std::iter::once(v).chain((0..c.versions.len()).filter(|&o| o != v)).collect();
    let rows = rows_around(c, v);
    let pieces: Vec<_> = c.versions.iter().map(pieces).collect();
    // A sentence, numbered, shaded piece by piece (pieces never cross sentences).
    let sentence = |o: usize, k: usize| {
        let version = &c.versions[o];
        let range = version.sentences[k];
        let first = pieces[o].partition_point(|p| p.range.end <= range.start);
        let inside = pieces[o][first..].iter().take_while(|p| p.range.start < range.end);
        html! {
            <span class="px-version-sentence">
                <span class="px-sentence-number">{ format!("{}. ", k + 1) }</span>
                { for inside.map(|p| heat_span(version, p, &props.names, false, &[])) }
            </span>
        }
    };
    html! {
        <div class="px-version-rows-scroll" tabindex="0" role="region" aria-label={format!("{} in aligned rows", props.names[v])}>
            <table class="px-table px-version-rows" data-testid="version-rows">
                <thead><tr>
                    { for columns.iter().map(|&o| html! { <th scope="col">{ &props.names[o] }</th> }) }
                </tr></thead>
                <tbody>
                    { for rows.iter().take(ITEMS_SHOWN).map(|row| html! {
                        <tr class={classes!(row.sentences[v].is_empty().then_some("px-row-unpaired"))}>
                            { for columns.iter().map(|&o| {
                                let lang = c.versions[o].lang.tag();
                                match row.sentences[o].as_slice() {
                                    [] => html! {
                                        <td class="px-version-cell px-cell-empty">
                                            <span class="px-only-note">{ format!("Not in {}", props.names[o]) }</span>
                                        </td>
                                    },
                                    sentences => html! {
                                        <td class="px-version-cell" {lang} data-version={o.to_string()} data-label={props.names[o].clone()}>
                                            { for sentences.iter().map(|&k| sentence(o, k)) }
                                        </td>
                                    },
                                }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            { more(rows.len()) }
        </div>
    }
}
