//! The reader's work survives a reload: while the comparison on screen is
//! their own (their texts, or an example they changed), the address follows the comparison (its permalink when the link
//! fits, else `#draft`, which opens the copy kept in this browser), and the
//! comparison is kept in local storage. Opened without an address, the page
//! offers that last session back ("Restore" / "Start fresh").

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::app::permalink::{self, Shared, MAX_LINK_CHARS};
use crate::app::reducer::Action;
use crate::app::state::State;
use crate::app::Initial;

/// The local storage key of the last session.
const KEY: &str = "parallax-session";

/// The address of a session too long for a link: the copy in local storage.
pub const DRAFT_FRAGMENT: &str = "#draft";

/// How long the address and the copy wait for the reader to pause.
const SAVE_PAUSE_MS: u32 = 500;

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The last session kept in this browser, if any can be read.
fn saved() -> Option<Shared> {
    serde_json::from_str(&storage()?.get_item(KEY).ok()??).ok()
}

/// Forgets the last session ("Start fresh").
pub fn forget() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(KEY);
    }
}

/// Saves the session and points the address at it; `active` only for the
/// standalone page (an embed never touches its host's address or storage).
#[hook]
pub fn use_saved_session(state: &State, active: bool, dispatch: &Callback<Action>) {
    {
        let dispatch = dispatch.clone();
        use_effect_with(active, move |&active| {
            if !active {
                return;
            }
            let Some(shared) = saved() else { return };
            let hash = gloo::utils::window().location().hash().unwrap_or_default();
            let initial = Box::new(Initial::from(shared));
            if hash == DRAFT_FRAGMENT {
                dispatch.emit(Action::Restore(initial));
            } else if hash.is_empty() {
                dispatch.emit(Action::OfferRestore(Some(initial)));
            }
        });
    }
    // Only the reader's own work is kept: their texts, or an example once
    // they have chosen options or written notes on it (an untouched example
    // is one click away).
    let touched = state.example.is_none() || !state.options_came_with_texts || !state.lesson.is_empty();
    let own = active && touched && state.loading_example.is_none() && state.has_text();
    let shared = own.then(|| Shared::of(state));
    use_effect_with(shared, move |shared| {
        let pending = shared.clone().map(|shared| {
            Timeout::new(SAVE_PAUSE_MS, move || {
                if let (Some(storage), Ok(json)) = (storage(), serde_json::to_string(&shared)) {
                    // Over the browser's quota the address still holds a link when one fits.
                    let _ = storage.set_item(KEY, &json);
                }
                wasm_bindgen_futures::spawn_local(async move {
                    let fragment = format!("#{}", permalink::encode(&shared).await);
                    let window = gloo::utils::window();
                    let base = window.location().href().unwrap_or_default();
                    let base = base.split('#').next().unwrap_or_default();
                    let address = if base.len() + fragment.len() <= MAX_LINK_CHARS { fragment } else { DRAFT_FRAGMENT.to_owned() };
                    if let Ok(history) = window.history() {
                        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
                    }
                });
            })
        });
        move || drop(pending)
    });
}
