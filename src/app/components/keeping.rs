//! What the reader is told when this browser does not keep all of their
//! work, with the way to keep it: the comparison file.

use yew::prelude::*;

use crate::app::hooks::session::Keeping;

/// Properties of [`KeepingNotice`].
#[derive(Properties, PartialEq, Clone)]
pub struct KeepingProps {
    /// How much this browser keeps.
    pub keeping: Keeping,
    /// Saves the comparison file of everything on screen.
    pub on_download: Callback<()>,
}

/// Shown for as long as the work is not all kept (nothing to show when it is).
#[component]
pub fn KeepingNotice(props: &KeepingProps) -> Html {
    let Some(message) = props.keeping.message() else { return html! {} };
    html! {
        <div class="px-notice px-notice-error px-keeping" role="alert" data-testid="keeping">
            <span>{ message }</span>
            <button type="button" class="px-button px-primary" onclick={props.on_download.reform(|_: MouseEvent| ())}
                data-testid="download-unkept">{ "Download the comparison file" }</button>
        </div>
    }
}
