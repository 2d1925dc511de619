//! Messages for the reader: refused files, oversized pastes, identical texts.

use yew::prelude::*;

use crate::app::reducer::Action;
use crate::app::state::Notice;

/// Properties of [`Notices`].
#[derive(Properties, PartialEq, Clone)]
pub struct NoticesProps {
    /// The messages, oldest first.
    pub notices: Vec<Notice>,
    /// Where dismissals go.
    pub dispatch: Callback<Action>,
}

/// The current messages, each dismissible; announced to screen readers.
#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    html! {
        <div class="px-notices" role="status" aria-live="polite">
            { for props.notices.iter().enumerate().map(|(i, n)| {
                let dismiss = props.dispatch.reform(move |_: MouseEvent| Action::DismissNotice(i));
                html! {
                    <div class={classes!("px-notice", n.is_error.then_some("px-notice-error"))} data-testid="notice">
                        <span>{ &n.text }</span>
                        <button type="button" class="px-icon-button" aria-label="Dismiss" onclick={dismiss}>{ "×" }</button>
                    </div>
                }
            }) }
        </div>
    }
}
