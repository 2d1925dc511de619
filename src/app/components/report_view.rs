//! The report's body: legend, both statements with highlights and notes,
//! and the summary, with no controls. Rendered server-side by the CLI.

use yew::prelude::*;

use crate::app::state::State;
use crate::app::view::{Granularity, Layout};
use crate::app::Initial;
use crate::engine::Side;

use super::legend::Legend;
use super::panes::{block_count, Panes};
use super::summary::Summary;

/// Properties of [`ReportView`].
#[derive(Properties, PartialEq, Clone)]
pub struct ReportProps {
    /// The statements, options and lesson to report on.
    pub initial: Initial,
}

/// What the exported report shows, from the same components as the widget:
/// the whole texts side by side, with the teacher's notes.
#[component]
pub fn ReportView(props: &ReportProps) -> Html {
    // The comparison the initial statements carry, or (natively) made now.
    let state = use_memo(props.initial.clone(), |i| State::from_initial(i.clone()));
    let Some(comparison) = state.latest_comparison().cloned() else { return html! {} };
    let statements = [state.left.clone(), state.right.clone()];
    let names = [Side::Left, Side::Right].map(|side| AttrValue::from(statements[side as usize].name(side).into_owned()));
    let noop = Callback::noop();
    html! {
        <>
            <Legend granularity={Granularity::Word} speakers={crate::app::voices::has_speakers(&comparison)} />
            <Panes comparison={comparison.clone()} layout={Layout::SideBySide} granularity={Granularity::Word}
                {statements} lesson={state.lesson.clone()} blocks={block_count(&comparison, Layout::SideBySide)}
                left_ref={NodeRef::default()} right_ref={NodeRef::default()} dispatch={noop.clone()} />
            <Summary {comparison} labels={names} pinned={None} term={None} dispatch={noop} />
        </>
    }
}

/// The complete self-contained report for two statements, rendered on the
/// server (the CLI's `--html`).
#[cfg(not(target_arch = "wasm32"))]
pub async fn render_report(initial: Initial) -> String {
    let title = crate::app::report::title(&initial.left.name(Side::Left), &initial.right.name(Side::Right));
    let body = yew::LocalServerRenderer::<ReportView>::with_props(ReportProps { initial })
        .hydratable(false)
        .render()
        .await;
    crate::app::report::document(&title, crate::app::report::STYLES, &body)
}
