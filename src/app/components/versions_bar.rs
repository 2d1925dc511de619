//! With more than two statements, the bar above the reading view: all the
//! versions at once, or the two opened side by side.

use yew::prelude::*;

use crate::app::reducer::Action;
use crate::app::versions::list;

/// Properties of [`VersionsBar`].
#[derive(Properties, PartialEq, Clone)]
pub struct VersionsBarProps {
    /// What each version is called.
    pub names: Vec<AttrValue>,
    /// The two opened side by side.
    pub pair: [usize; 2],
    /// The versions view is shown.
    pub overview: bool,
    /// Where the choice goes.
    pub dispatch: Callback<Action>,
}

/// Two buttons: all versions, or the pair side by side.
#[component]
pub fn VersionsBar(props: &VersionsBarProps) -> Html {
    let d = &props.dispatch;
    let [i, j] = props.pair;
    let pair = list([props.names[i].as_str(), props.names[j].as_str()]);
    html! {
        <div class="px-versions-bar" role="group" aria-label="Versions">
            <button type="button" class="px-button" aria-pressed={props.overview.to_string()} data-testid="show-versions"
                onclick={d.reform(|_: MouseEvent| Action::ShowVersions(true))}>
                { format!("All {} versions", props.names.len()) }
            </button>
            <button type="button" class="px-button" aria-pressed={(!props.overview).to_string()} data-testid="show-pair"
                onclick={d.reform(|_: MouseEvent| Action::ShowVersions(false))}>
                { format!("{pair} side by side") }
            </button>
        </div>
    }
}
