//! The summary: the comparison in plain words, how much each side shares,
//! who is given voice, the shared phrases, and what each side says
//! distinctively.

use yew::prelude::*;

use crate::app::shared_comparison::SharedComparison;
use crate::app::reducer::Action;
use crate::app::statement::side_word;
use super::header::shared_percents;
use crate::engine::metrics::count_words;
use crate::engine::{terms, Side, SpanKind};

use super::story::Story;
use super::voices::Voices;

/// Properties of [`Summary`].
#[derive(Properties, PartialEq, Clone)]
pub struct SummaryProps {
    /// The comparison summed up.
    pub comparison: SharedComparison,
    /// What the two sides are called.
    pub labels: [AttrValue; 2],
    /// The pinned phrase, pressed in the list.
    pub pinned: Option<usize>,
    /// The selected distinctive term, pressed in its list.
    pub term: Option<(Side, String)>,
    /// Where clicks on phrases and terms go.
    pub dispatch: Callback<Action>,
}

/// How many shared phrases (the longest) the list shows before "Show all":
/// the list never hides the rest in a box cut mid-row.
const PHRASES_SHOWN: usize = 24;

/// The numbers and lists a reader scans after the texts.
#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let c = &props.comparison;
    let d = &props.dispatch;
    // Whether every shared phrase is shown: a view setting of this list alone.
    let all_phrases = use_state(|| false);
    let side_stats = |side: Side| {
        let m = &c.side(side).metrics;
        let [in_order, moved] = shared_percents(m);
        html! {
            <div class="px-stat" data-testid={format!("stats-{}", side_word(side))}>
                <div class="px-stat-label">{ &props.labels[side as usize] }</div>
                // SVG geometry, not inline styles: works under a strict style-src CSP.
                <svg class="px-meter" viewBox="0 0 100 4" preserveAspectRatio="none" role="img"
                     aria-label={format!("{in_order}% shared in order, {moved}% reordered")}>
                    <rect class="px-meter-shared" x="0" y="0" height="4" width={format!("{:.2}", m.shared_percent)} />
                    <rect class="px-meter-moved" x={format!("{:.2}", m.shared_percent)} y="0" height="4"
                          width={format!("{:.2}", m.moved_percent)} />
                </svg>
                <div class="px-stat-numbers">
                    { format!("{} · {in_order}% shared in order · {moved}% reordered", count_words(m.words, c.side(side).lang)) }
                </div>
            </div>
        }
    };
    let longest = c.metrics.longest_phrase.and_then(|p| c.phrases.get(p));
    let phrases = c.metrics.phrases_by_length.iter().enumerate().map(|(i, &p)| {
        let phrase = &c.phrases[p];
        let pressed = props.pinned == Some(p);
        let kind = if phrase.kind == SpanKind::Moved { "reordered" } else { "in order" };
        // Past the first ones, in the page but hidden until asked for (the pinned one always shown).
        let hidden = i >= PHRASES_SHOWN && !*all_phrases && !pressed;
        html! {
            <li {hidden}>
                <button type="button" class={classes!("px-chip", if phrase.kind == SpanKind::Moved { "px-moved" } else { "px-shared" })}
                    aria-pressed={pressed.to_string()} onclick={d.reform(move |_: MouseEvent| Action::Pin(p))}
                    title={format!("{}, {kind}", count_words(phrase.words, c.left.lang))}>
                    { &phrase.text }
                </button>
            </li>
        }
    });
    let terms = |side: Side| {
        let list = c.side(side).distinctive.iter().map(|t| {
            let key = t.key.clone();
            let pressed = props.term.as_ref() == Some(&(side, key.clone()));
            html! {
                <li>
                    <button type="button" class="px-chip px-term-chip" aria-pressed={pressed.to_string()}
                        onclick={d.reform(move |_: MouseEvent| Action::SelectTerm(Some((side, key.clone()))))}
                        title={format!("used {} times; log-odds z = {:.1}", t.count, t.z)}>
                        // Spoken "term, 8 times", never "term8".
                        { &t.term }<span class="px-visually-hidden">{ ", " }</span>
                        <span class="px-count">{ t.count }</span><span class="px-visually-hidden">{ " times" }</span>
                    </button>
                </li>
            }
        });
        html! {
            <div class="px-terms" data-testid={format!("terms-{}", side_word(side))}>
                <h3>{ format!("Only or mostly in: {}", props.labels[side as usize]) }</h3>
                if c.side(side).distinctive.is_empty() { <p class="px-muted">{ terms::why_none(c.side(side).lang, c.side(side.other()).lang) }</p> }
                <ul>{ for list }</ul>
            </div>
        }
    };
    html! {
        <section class="px-summary" aria-label="Summary" data-testid="summary">
            <Story comparison={c.clone()} labels={props.labels.clone()} dispatch={d.clone()} />
            <div class="px-stats">
                { side_stats(Side::Left) }
                { side_stats(Side::Right) }
                <div class="px-stat">
                    <div class="px-stat-label">{ "Similarity" }</div>
                    <div class="px-big" data-testid="similarity">{ format!("{:.0}%", c.metrics.similarity * 100.0) }</div>
                    if let Some(p) = longest {
                        <div class="px-stat-numbers">{ format!("Longest shared phrase: {}", count_words(p.words, c.left.lang)) }</div>
                    }
                    { for c.metrics.limits.iter().map(|limit| html! {
                        <div class="px-stat-numbers" data-testid="limit">{ limit.describe(c) }</div>
                    }) }
                </div>
            </div>
            <Voices comparison={c.clone()} labels={props.labels.clone()} dispatch={d.clone()} />
            <div class="px-lists">
                <div class="px-phrases">
                    <h3>{ format!("Shared phrases ({})", c.phrases.len()) }</h3>
                    if c.phrases.is_empty() { <p class="px-muted">{ "No shared phrases at this length." }</p> }
                    <ul data-testid="phrase-list">{ for phrases }</ul>
                    if c.phrases.len() > PHRASES_SHOWN {
                        <button type="button" class="px-link-button px-all-phrases" aria-expanded={all_phrases.to_string()}
                            onclick={let all = all_phrases.clone(); move |_: MouseEvent| all.set(!*all)} data-testid="all-phrases">
                            { if *all_phrases { "Show the longest only".to_owned() } else { format!("Show all {} shared phrases", c.phrases.len()) } }
                        </button>
                    }
                </div>
                { terms(Side::Left) }
                { terms(Side::Right) }
            </div>
        </section>
    }
}

