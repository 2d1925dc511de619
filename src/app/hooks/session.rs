//! The reader's work survives a reload: while the comparison on screen is
//! their own (their texts, or an example they changed), the address follows
//! the comparison (its permalink when the link fits, else `#draft=<id>`,
//! which opens the copy kept in this browser under that id), and the
//! comparison is kept in local storage. Opened without an address, the page
//! offers that last session back ("Restore" / "Start fresh").
//!
//! One session is kept (texts of up to 1 MB a side leave no room in the
//! browser's quota for more): an older tab's draft address that is no longer
//! the kept one says so rather than open another comparison.

use gloo::timers::callback::Timeout;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::app::permalink::{self, Shared, MAX_LINK_CHARS};
use crate::app::reducer::Action;
use crate::app::state::{Notice, State};
use crate::app::Initial;

/// The local storage key of the last session.
const KEY: &str = "parallax-session";

/// The address of a session too long for a link, before its id.
const DRAFT_PREFIX: &str = "#draft=";

/// What local storage keeps: the session and the id its address names.
#[derive(Serialize, Deserialize)]
struct Kept {
    id: String,
    session: Shared,
}

/// How long the address and the copy wait for the reader to pause.
const SAVE_PAUSE_MS: u32 = 500;

fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The last session kept in this browser, if any can be read.
fn saved() -> Option<Kept> {
    crate::app::json::from_str(&storage()?.get_item(KEY).ok()??).ok()
}

/// A new draft id: the time, in base 36, and a random tail.
fn new_id() -> String {
    let mut rest = js_sys::Date::now() as u64 * 1000 + (js_sys::Math::random() * 1000.0) as u64;
    let mut id = Vec::new();
    while rest > 0 {
        id.push(char::from_digit((rest % 36) as u32, 36).unwrap_or('0'));
        rest /= 36;
    }
    id.into_iter().rev().collect()
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
            let hash = gloo::utils::window().location().hash().unwrap_or_default();
            let kept = saved();
            if let Some(id) = hash.strip_prefix(DRAFT_PREFIX) {
                match kept.filter(|k| k.id == id) {
                    Some(kept) => dispatch.emit(Action::Restore(Box::new(Initial::from(kept.session)))),
                    None => dispatch.emit(Action::Notify(Notice {
                        side: None,
                        text: "This draft is no longer kept in this browser (a later comparison took its place, \
                               or the browser's storage was cleared)."
                            .into(),
                        is_error: true,
                    })),
                }
            } else if let (true, Some(kept)) = (hash.is_empty(), kept) {
                dispatch.emit(Action::OfferRestore(Some(Box::new(Initial::from(kept.session)))));
            }
        });
    }
    // This page's draft id, made when its session is first kept.
    let id = use_mut_ref(|| None::<String>);
    // Only the reader's own work is kept: their texts, or an example once
    // they have chosen options or written notes on it (an untouched example
    // is one click away).
    let touched = state.example.is_none() || !state.options_came_with_texts || !state.lesson.is_empty();
    let own = active && touched && state.loading_example.is_none() && state.has_text();
    let shared = own.then(|| Shared::of(state));
    use_effect_with(shared, move |shared| {
        let pending = shared.clone().map(|shared| {
            Timeout::new(SAVE_PAUSE_MS, move || {
                // A tab opened on a draft goes on with its id.
                let hash = gloo::utils::window().location().hash().unwrap_or_default();
                let id = id.borrow_mut().get_or_insert_with(|| hash.strip_prefix(DRAFT_PREFIX).map_or_else(new_id, str::to_owned)).clone();
                let kept = Kept { id: id.clone(), session: shared.clone() };
                if let (Some(storage), json) = (storage(), crate::app::json::to_string(&kept)) {
                    // Over the browser's quota the address still holds a link when one fits.
                    let _ = storage.set_item(KEY, &json);
                }
                wasm_bindgen_futures::spawn_local(async move {
                    let fragment = format!("#{}", permalink::encode(&shared).await);
                    let window = gloo::utils::window();
                    let base = window.location().href().unwrap_or_default();
                    let base = base.split('#').next().unwrap_or_default();
                    let address = if base.len() + fragment.len() <= MAX_LINK_CHARS { fragment } else { format!("{DRAFT_PREFIX}{id}") };
                    if let Ok(history) = window.history() {
                        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
                    }
                });
            })
        });
        move || drop(pending)
    });
}
