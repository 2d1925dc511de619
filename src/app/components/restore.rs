//! The offer to bring back the last session kept in this browser.

use yew::prelude::*;

use crate::app::hooks::session;
use crate::app::reducer::Action;
use crate::app::Initial;
use crate::engine::Side;

/// Properties of [`RestoreOffer`].
#[derive(Properties, PartialEq, Clone)]
pub struct RestoreProps {
    /// The session offered.
    pub saved: Box<Initial>,
    /// Where the answer goes.
    pub dispatch: Callback<Action>,
}

/// "Your last comparison … is kept in this browser: Restore / Start fresh".
#[component]
pub fn RestoreOffer(props: &RestoreProps) -> Html {
    let names = format!("“{}” and “{}”", props.saved.left.name(Side::Left), props.saved.right.name(Side::Right));
    let saved = props.saved.clone();
    let restore = props.dispatch.reform(move |_: MouseEvent| Action::Restore(saved.clone()));
    let fresh = props.dispatch.reform(|_: MouseEvent| {
        session::forget();
        Action::OfferRestore(None)
    });
    html! {
        <div class="px-notice px-restore" role="status" data-testid="restore-offer">
            <span>{ format!("Your last comparison ({names}) is kept in this browser.") }</span>
            <button type="button" class="px-button px-primary" onclick={restore}>{ "Restore" }</button>
            <button type="button" class="px-button" onclick={fresh}>{ "Start fresh" }</button>
        </div>
    }
}
