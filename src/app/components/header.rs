//! The header above a statement: who says it, title, date, source.

use yew::prelude::*;

use crate::app::links::safe_http_url;
use crate::app::shared_comparison::SharedComparison;
use crate::app::statement::{side_word, Statement};
use crate::engine::metrics::count_words;
use crate::engine::Side;

use super::voices::voice_line;

/// A side's share in order and reordered, each rounded to a whole percent:
/// the one rounding the header (their sum) and the summary (each) show, so
/// the two always agree.
pub fn shared_percents(m: &crate::engine::SideMetrics) -> [u32; 2] {
    [m.shared_percent, m.moved_percent].map(|p| p.round() as u32)
}

/// Properties of [`PaneHeader`].
#[derive(Properties, PartialEq, Clone)]
pub struct PaneHeaderProps {
    /// The side this header is above.
    pub side: Side,
    /// The statement it describes.
    pub statement: Statement,
    /// The comparison shown, for the side's numbers.
    #[prop_or_default]
    pub comparison: Option<SharedComparison>,
    /// Where the statement can be edited: opens the editor, offered when
    /// the statement has no label yet.
    #[prop_or_default]
    pub on_label: Option<Callback<()>>,
}

/// Side label, title, date and source link (http and https only), and how
/// much of the side is shared.
#[component]
pub fn PaneHeader(props: &PaneHeaderProps) -> Html {
    let st = &props.statement;
    let label = st.name(props.side).into_owned();
    let source = safe_http_url(&st.source).map(|url| {
        html! { <a class="px-source" href={url.to_owned()} target="_blank" rel="noopener noreferrer nofollow">{ "source" }</a> }
    });
    let stats = props.comparison.as_ref().map(|c| {
        let m = &c.side(props.side).metrics;
        let [in_order, moved] = shared_percents(m);
        html! {
            <span class="px-side-stats">
                { format!("{} · {}% shared", count_words(m.words, c.side(props.side).lang), in_order + moved) }
            </span>
        }
    });
    // No label: say so, never borrow one (a wrong attribution is worse than none).
    let prompt = props.on_label.as_ref().filter(|_| st.label.trim().is_empty()).map(|on_label| {
        html! {
            <button type="button" class="px-link-button px-label-prompt" onclick={on_label.reform(|_: MouseEvent| ())}>
                { "Label this statement" }
            </button>
        }
    });
    html! {
        <header class="px-pane-header" data-side={side_word(props.side)}>
            <div class="px-side-label">{ label }</div>
            { prompt }
            if !st.title.trim().is_empty() { <div class="px-title">{ &st.title }</div> }
            <div class="px-meta">
                if !st.date.trim().is_empty() { <time class="px-date">{ &st.date }</time> }
                { source }
                { stats }
            </div>
            { props.comparison.as_ref().map(|c| voice_line(c, props.side)).unwrap_or_default() }
        </header>
    }
}
