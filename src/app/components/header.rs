//! The header above a statement: who says it, title, date, source.

use yew::prelude::*;

use crate::app::links::safe_http_url;
use crate::app::shared_comparison::SharedComparison;
use crate::app::statement::{side_word, Statement};
use crate::engine::Side;

use super::voices::voice_line;

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
        html! {
            <span class="px-side-stats">
                { format!("{} words · {:.0}% shared", m.words, m.shared_percent + m.moved_percent) }
            </span>
        }
    });
    html! {
        <header class="px-pane-header" data-side={side_word(props.side)}>
            <div class="px-side-label">{ label }</div>
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
