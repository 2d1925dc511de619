//! The report's body: legend, both statements with highlights and notes,
//! and the summary, with no controls. Rendered server-side by the CLI.

use yew::prelude::*;

use crate::app::state::State;
use crate::app::Initial;

use super::legend::Legend;
use super::panes::Panes;
use super::summary::{labels, Summary};

/// Properties of [`ReportView`].
#[derive(Properties, PartialEq, Clone)]
pub struct ReportProps {
    pub initial: Initial,
}

/// What the exported report shows, from the same components as the widget.
#[component]
pub fn ReportView(props: &ReportProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || State::from_initial(initial));
    let Some(comparison) = state.latest_comparison().cloned() else { return html! {} };
    let noop = Callback::noop();
    html! {
        <>
            <Legend granularity={state.granularity} />
            <Panes comparison={comparison.clone()} state={state.clone()} dispatch={noop.clone()}
                left_ref={NodeRef::default()} right_ref={NodeRef::default()} />
            <Summary {comparison} labels={labels(&state)} pinned={None} term={None} dispatch={noop} />
        </>
    }
}

/// The complete self-contained report for two statements, rendered on the
/// server (the CLI's `--html`).
#[cfg(not(target_arch = "wasm32"))]
pub async fn render_report(initial: Initial) -> String {
    let title = crate::app::report::title(&initial.left.label, &initial.right.label);
    let body = yew::LocalServerRenderer::<ReportView>::with_props(ReportProps { initial })
        .hydratable(false)
        .render()
        .await;
    crate::app::report::document(&title, crate::app::report::STYLES, &body)
}
