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
/// the whole texts side by side, with the teacher's notes and questions.
#[component]
pub fn ReportView(props: &ReportProps) -> Html {
    // The comparison the initial statements carry, or (natively) made now.
    let state = use_memo(props.initial.clone(), |i| State::from_initial(i.clone()));
    let Some(comparison) = state.latest_comparison().cloned() else { return html! {} };
    let layout = Layout::SideBySide;
    let statements = [state.left.clone(), state.right.clone()];
    let names = [Side::Left, Side::Right].map(|side| AttrValue::from(statements[side as usize].name(side).into_owned()));
    let noop = Callback::noop();
    html! {
        <>
            <Legend granularity={Granularity::Word} speakers={crate::app::voices::has_speakers(&comparison)} />
            <Panes comparison={comparison.clone()} {layout} granularity={Granularity::Word}
                {statements} lesson={state.lesson.clone()} blocks={block_count(&comparison, layout)}
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

/// Properties of [`VersionsReportView`].
#[derive(Properties, PartialEq, Clone)]
pub struct VersionsReportProps {
    /// The versions collated.
    pub collation: crate::app::versions::SharedCollation,
    /// What each is called.
    pub names: Vec<AttrValue>,
    /// The teacher's questions and notes on them.
    #[prop_or_default]
    pub lesson: crate::app::versions_lesson::VersionsLesson,
}

/// What the report on three or more versions shows: the versions view with
/// every version in turn and the lesson, as the handout prints it, and no
/// controls.
#[component]
pub fn VersionsReportView(props: &VersionsReportProps) -> Html {
    use super::version_steps::LessonView;
    use super::versions_view::VersionsView;
    let lesson = LessonView { lesson: props.lesson.clone(), edit: None };
    html! {
        <VersionsView collation={props.collation.clone()} names={props.names.clone()} selected={None::<usize>}
            order={crate::app::versions::PhraseOrder::default()} on_select={Callback::noop()} on_order={Callback::noop()}
            {lesson} />
    }
}

/// The complete self-contained report on several versions (the CLI's
/// `--html` with three files or more) and their collation.
#[cfg(not(target_arch = "wasm32"))]
pub async fn render_versions_report(statements: Vec<crate::app::statement::Statement>, collation: crate::engine::collate::Collation) -> String {
    use crate::app::report;
    let names: Vec<String> = statements.iter().enumerate().map(|(i, s)| s.version_name(i).into_owned()).collect();
    let collation = crate::app::versions::SharedCollation::new(collation);
    let title = report::versions_title(&names.iter().map(String::as_str).collect::<Vec<_>>());
    let names = names.into_iter().map(AttrValue::from).collect();
    let lesson = Default::default();
    let body = yew::LocalServerRenderer::<VersionsReportView>::with_props(VersionsReportProps { collation, names, lesson })
        .hydratable(false)
        .render()
        .await;
    report::document_with_footer(&title, report::STYLES, &body, report::VERSIONS_FOOTER)
}
