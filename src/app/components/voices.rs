//! Who is given voice: a bar per statement (each party's share of its
//! words, with a legend that says the percentages in words), and what each
//! party is credited with saying in both statements.

use yew::prelude::*;

use crate::app::reducer::Action;
use crate::app::shared_comparison::SharedComparison;
use crate::app::statement::side_word;
use crate::app::voices::{credited, party_class, party_name, shares, BOTH};
use crate::engine::story::{quote, Piece};
use crate::engine::Side;

use super::story::quote_link;

/// Quotations shown per party and statement; the rest are counted.
const QUOTES_SHOWN: usize = 3;

/// A statement's words as a bar, a segment per party in its colour, most
/// words first, the unattributed last. Its spoken label names each share,
/// unless `beside_text` (the same shares are written next to it).
pub fn voice_bar(c: &SharedComparison, side: Side, beside_text: bool) -> Html {
    let parties = c.parties();
    let shares = shares(c, side);
    let mut x = 0.0;
    let rects = shares.iter().map(|s| {
        let rect = html! {
            <rect class={party_class(parties, s.party.as_deref())} x={format!("{x:.2}")} y="0" height="4" width={format!("{:.2}", s.percent)} />
        };
        x += s.percent;
        rect
    });
    html! {
        // SVG geometry, not inline styles: works under a strict style-src CSP.
        <svg class="px-meter px-voice-bar" viewBox="0 0 100 4" preserveAspectRatio="none"
             role={(!beside_text).then_some("img")} aria-hidden={beside_text.then_some("true")}
             aria-label={(!beside_text).then(|| format!("Words given to each party: {}", share_list(c, side)))}>
            { for rects }
        </svg>
    }
}

/// Each party's share of `side`'s words in words: "China 48%, Russia 35%, unattributed 10%".
pub fn share_list(c: &SharedComparison, side: Side) -> String {
    let shares: Vec<String> = shares(c, side).iter().map(|s| format!("{} {:.0}%", party_name(s.party.as_deref()), s.percent)).collect();
    shares.join(", ")
}

/// Who speaks in a statement, in one line under its header: the bar and
/// the shares in words. Nothing when the statement credits no party.
pub fn voice_line(c: &SharedComparison, side: Side) -> Html {
    if !c.side(side).voices.iter().any(|v| v.party.is_some() && v.words > 0) {
        return html! {};
    }
    html! {
        <div class="px-voice-line" data-testid={format!("voice-line-{}", side_word(side))}>
            { voice_bar(c, side, true) }
            <span>{ format!("Who speaks: {}", share_list(c, side)) }</span>
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

/// The bars and the credited words; nothing when neither statement
/// attributes anything.
#[component]
pub fn Voices(props: &VoicesProps) -> Html {
    let c = &props.comparison;
    let parties = c.parties();
    if parties.is_empty() {
        return html! {};
    }
    let bar = |side: Side| {
        let shares = shares(c, side);
        let legend = shares.iter().map(|s| {
            let who = if s.speakers.is_empty() { String::new() } else { format!(" ({})", s.speakers.join(", ")) };
            html! {
                <li>
                    <span class={classes!("px-swatch", party_class(parties, s.party.as_deref()))} aria-hidden="true"></span>
                    <strong>{ party_name(s.party.as_deref()) }</strong>
                    { format!(": {:.0}% of its words{who}", s.percent) }
                </li>
            }
        });
        html! {
            <div class="px-voice" data-testid={format!("voices-{}", side_word(side))}>
                <div class="px-stat-label">{ &props.labels[side as usize] }</div>
                { voice_bar(c, side, false) }
                <ul class="px-voice-legend">{ for legend }</ul>
            </div>
        }
    };
    let credits = parties.iter().filter(|p| p.as_str() != BOTH).map(|party| {
        let according = |side: Side| {
            let ranges = credited(c, side, party);
            let label = &props.labels[side as usize];
            if ranges.is_empty() {
                return html! { <>{ format!("{label} credits it with nothing") }</> };
            }
            let quotes = ranges.iter().take(QUOTES_SHOWN).enumerate().map(|(i, &r)| {
                let Piece::Quote { range, cut, .. } = quote(side, c.side(side), r) else { return html! {} };
                html! { <>{ if i > 0 { " · " } else { "" } }{ quote_link(c, side, range, cut, &props.dispatch) }</> }
            });
            let more = ranges.len().saturating_sub(QUOTES_SHOWN);
            let more = match more {
                0 => String::new(),
                1 => " and 1 more sentence".to_owned(),
                n => format!(" and {n} more sentences"),
            };
            html! { <>{ format!("according to {label}: ") }{ for quotes }{ more }</> }
        };
        html! {
            <li data-party={party.clone()}>
                <span class={classes!("px-swatch", party_class(parties, Some(party)))} aria-hidden="true"></span>
                <strong>{ party }</strong>{ ", " }{ according(Side::Left) }{ "; " }{ according(Side::Right) }{ "." }
            </li>
        }
    });
    html! {
        <div class="px-voices">
            <h3>{ "Who is given voice" }</h3>
            <div class="px-voice-bars">{ bar(Side::Left) }{ bar(Side::Right) }</div>
            <h3>{ "What each party is credited with saying" }</h3>
            <ul class="px-credited" data-testid="credited">{ for credits }</ul>
        </div>
    }
}
