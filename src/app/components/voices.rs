//! Who is given voice: a bar per statement (each party's words in its
//! colour, the words Parallax could not attribute left blank, with a legend
//! that says how many sentences are attributed and each party's share of
//! them), and what each statement reports of each party.

use yew::prelude::*;

use crate::app::reducer::Action;
use crate::app::shared_comparison::SharedComparison;
use crate::app::statement::side_word;
use crate::app::voices::{party_class, party_name, BOTH};
use crate::engine::story::{attribution, credits_none, quote, Attribution, Piece};
use crate::engine::Side;

use super::story::quote_link;

/// Quotations shown per party and statement; the rest are counted.
const QUOTES_SHOWN: usize = 3;

/// A statement's words as a bar: a segment per party in its colour, most
/// words first, and blank for the words of sentences Parallax attributes to
/// no party. Its spoken label says the same, unless `beside_text` (the same
/// shares are written next to it).
pub fn voice_bar(c: &SharedComparison, side: Side, beside_text: bool) -> Html {
    let parties = c.parties();
    let at = attribution(c.side(side));
    let total = c.side(side).metrics.words.max(1) as f64;
    let mut x = 0.0;
    let rects = at.parties.iter().map(|p| {
        let width = 100.0 * p.words as f64 / total;
        let rect = html! {
            <rect class={party_class(parties, Some(&p.party))} x={format!("{x:.2}")} y="0" height="4" width={format!("{width:.2}")} />
        };
        x += width;
        rect
    });
    html! {
        // SVG geometry, not inline styles: works under a strict style-src CSP.
        <svg class="px-meter px-voice-bar" viewBox="0 0 100 4" preserveAspectRatio="none"
             role={(!beside_text).then_some("img")} aria-hidden={beside_text.then_some("true")}
             aria-label={(!beside_text).then(|| format!("Attributed to a party: {}; of their words: {}", at.of_sentences(), share_list(&at)))}>
            { for rects }
        </svg>
    }
}

/// Each party's share of the attributed words: "China 54%, Russia 39%, WHO
/// 7%"; only its name when one party has them all.
fn share_list(at: &Attribution) -> String {
    let shares: Vec<String> = at
        .parties
        .iter()
        .map(|p| if at.parties.len() == 1 { party_name(&p.party).to_owned() } else { format!("{} {}", party_name(&p.party), at.percent_text(p)) })
        .collect();
    shares.join(", ")
}

/// Who speaks in a statement, in one line under its header: the bar, how
/// much is attributed and the shares. Nothing when no sentence of the
/// statement is attributed to a party.
pub fn voice_line(c: &SharedComparison, side: Side) -> Html {
    let at = attribution(c.side(side));
    if at.attributed == 0 {
        return html! {};
    }
    html! {
        <div class="px-voice-line" data-testid={format!("voice-line-{}", side_word(side))}>
            { voice_bar(c, side, true) }
            <span>{ format!("Who speaks ({} of {} sentences attributed): {}", at.attributed, at.sentences, share_list(&at)) }</span>
        </div>
    }
}

/// Properties of [`Voices`].
#[derive(Properties, PartialEq, Clone)]
pub struct VoicesProps {
    /// The comparison shown.
    pub comparison: SharedComparison,
    /// What the two statements are called.
    pub labels: [AttrValue; 2],
    /// Where followed quotations go.
    pub dispatch: Callback<Action>,
}

/// The bars and what each statement reports of each party; nothing when
/// neither statement has a sentence attributed to a party.
#[component]
pub fn Voices(props: &VoicesProps) -> Html {
    let c = &props.comparison;
    let parties = c.parties();
    let known = [attribution(&c.left), attribution(&c.right)];
    if known.iter().all(|k| k.attributed == 0) {
        return html! {};
    }
    let bar = |side: Side| {
        let at = &known[side as usize];
        let body = if at.attributed == 0 {
            html! { <p class="px-muted">{ "Parallax attributes none of its sentences to a party." }</p> }
        } else {
            let legend = at.parties.iter().map(|p| {
                let who = if p.speakers.is_empty() { String::new() } else { format!(" ({})", p.speakers.join(", ")) };
                html! {
                    <li>
                        <span class={classes!("px-swatch", party_class(parties, Some(&p.party)))} aria-hidden="true"></span>
                        <strong>{ party_name(&p.party) }</strong>
                        { if at.parties.len() == 1 { format!(": all of them{who}") } else { format!(": {}{who}", at.percent_text(p)) } }
                    </li>
                }
            });
            let unplaced = match at.unplaced {
                0 => html! {},
                1 => html! { <li class="px-muted">{ "1 more sentence names a speaker whose party is not stated" }</li> },
                n => html! { <li class="px-muted">{ format!("{n} more sentences name a speaker whose party is not stated") }</li> },
            };
            html! {
                <>
                    { voice_bar(c, side, false) }
                    <p class="px-voice-known">{ format!("Attributed to a party: {}; of their words:", at.of_sentences()) }</p>
                    <ul class="px-voice-legend">{ for legend }{ unplaced }</ul>
                </>
            }
        };
        html! {
            <div class="px-voice" data-testid={format!("voices-{}", side_word(side))}>
                <div class="px-stat-label">{ &props.labels[side as usize] }</div>
                { body }
            </div>
        }
    };
    let reports = parties.iter().filter(|p| p.as_str() != BOTH).filter_map(|party| {
        let ranges = [c.credited(Side::Left, party), c.credited(Side::Right, party)];
        if ranges.iter().all(|r| r.is_empty()) {
            return None;
        }
        let according = |side: Side| {
            let ranges = &ranges[side as usize];
            let label = &props.labels[side as usize];
            let at = &known[side as usize];
            if ranges.is_empty() {
                // Said of the text only when it is so; else of what Parallax found.
                return html! { <>{ if credits_none(c.side(side), party) {
                    format!("{label} credits it with nothing")
                } else if at.attributed == 0 {
                    format!("in {label}, no sentence attributed to any party")
                } else {
                    // Sentences given to both sides together are its too, jointly.
                    let alone = if at.parties.iter().any(|p| p.party == BOTH) { " alone" } else { "" };
                    format!("in {label}, no sentence attributed to it{alone} (Parallax attributes {} of {})", at.attributed, at.sentences)
                } }</> };
            }
            let quotes = ranges.iter().take(QUOTES_SHOWN).enumerate().map(|(i, &r)| {
                let Piece::Quote { range, cut, .. } = quote(side, c.side(side), r) else { return html! {} };
                html! { <>{ if i > 0 { " · " } else { "" } }{ quote_link(c, side, range, cut, &props.dispatch) }</> }
            });
            let more = match ranges.len().saturating_sub(QUOTES_SHOWN) {
                0 => String::new(),
                1 => " and 1 more sentence".to_owned(),
                n => format!(" and {n} more sentences"),
            };
            html! { <>{ format!("according to {label}: ") }{ for quotes }{ more }</> }
        };
        Some(html! {
            <li data-party={party.clone()}>
                <span class={classes!("px-swatch", party_class(parties, Some(party)))} aria-hidden="true"></span>
                // One line per statement, the sentence's punctuation kept for reading it aloud or copying it.
                <strong>{ party }</strong>{ ", " }
                <span class="px-according">{ according(Side::Left) }{ "; " }</span>
                <span class="px-according">{ according(Side::Right) }{ "." }</span>
            </li>
        })
    });
    let reports: Vec<Html> = reports.collect();
    html! {
        <div class="px-voices">
            <h3>{ "Who is given voice" }</h3>
            <div class="px-voice-bars">{ bar(Side::Left) }{ bar(Side::Right) }</div>
            if !reports.is_empty() {
                <h3>{ "Each party, according to each statement" }</h3>
                <ul class="px-credited" data-testid="credited">{ for reports }</ul>
            }
        </div>
    }
}
