//! The reader's work survives a reload, or the reader is told it will not.
//!
//! While the comparison on screen is their own (their texts, or an example
//! they changed), it is kept in this browser's local storage as a draft, and
//! the address follows it: its permalink when the link fits, else
//! `#draft=<id>`, which opens the draft kept under that id. Opened without
//! an address, the page offers the last draft back ("Restore" / "Start
//! fresh"). The page also follows its address: a link pasted into a tab
//! already on Parallax, or the back button, opens that comparison.
//!
//! Every write is checked. A draft is kept as its link's fragment (JSON,
//! raw DEFLATE, base64url: prose takes about a third of its size), so six
//! statements of a megabyte usually fit in the few megabytes a browser gives
//! a site. Several drafts are kept (one per tab that made one), the most
//! recently saved first: when a draft does not fit, the least recently
//! saved others are removed, one at a time, until it does; the one on screen
//! never is. When it still does not fit, the last statements are left out of
//! it, and the reader is told at once which ones; when storage is full or
//! turned off, the reader is told that nothing is kept. Either way the
//! reader is offered the comparison file, and the address never names a
//! draft that was not kept.

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::app::permalink::{self, Shared, MAX_LINK_CHARS};
use crate::app::reducer::Action;
use crate::app::state::{Notice, State};
use crate::app::Initial;

/// The local storage key of the list of drafts.
const INDEX: &str = "parallax-drafts";

/// The local storage key of a draft, before its id.
const DRAFT: &str = "parallax-draft:";

/// Where earlier versions kept their one session (read once, then moved).
const OLD_SESSION: &str = "parallax-session";

/// The address of a session too long for a link, before its id.
const DRAFT_PREFIX: &str = "#draft=";

/// How long the address and the copy wait for the reader to pause.
const SAVE_PAUSE_MS: u32 = 500;

/// Largest draft read back (uncompressed JSON): six statements of the
/// longest length, with room for their headers and a lesson.
const MAX_DRAFT_JSON_BYTES: usize = 16_000_000;

/// Removed drafts remembered, so their address can say what became of them.
const EVICTED_KEPT: usize = 50;

/// How much of the reader's work this browser keeps.
#[derive(Clone, Debug, PartialEq)]
pub enum Keeping {
    /// All of it.
    All,
    /// All but these statements (by name), for want of room.
    AllBut(Vec<String>),
    /// None of it: why.
    Nothing(Unkept),
}

/// Why a draft could not be kept.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Unkept {
    /// The browser's storage for this site is full.
    Full,
    /// The browser gives this site no storage (private browsing, or turned off).
    Off,
}

impl Keeping {
    /// What the reader is told, when not everything is kept.
    pub fn message(&self) -> Option<String> {
        let lost = "would be lost if this page were closed or reloaded";
        let file = "Download the comparison file to keep them; open it again by dropping it on Parallax.";
        match self {
            Keeping::All => None,
            Keeping::AllBut(names) => Some(format!(
                "This browser's storage is full: it keeps your draft without {}, which {lost}. {file}",
                crate::app::versions::list(names.iter().map(String::as_str))
            )),
            Keeping::Nothing(Unkept::Full) => {
                Some(format!("This browser's storage is full: your texts are not kept, and {lost}. {file}"))
            }
            Keeping::Nothing(Unkept::Off) => Some(format!(
                "This browser does not let Parallax keep anything (private browsing, or storage turned off): \
                 your texts are not kept, and {lost}. {file}"
            )),
        }
    }
}

/// The drafts kept in this browser, most recently saved first, and the
/// ones removed to make room.
#[derive(Default, Serialize, Deserialize)]
struct Index {
    drafts: Vec<Entry>,
    #[serde(default)]
    evicted: Vec<Evicted>,
}

/// One draft kept.
#[derive(Clone, Serialize, Deserialize)]
struct Entry {
    id: String,
    /// When it was last saved (ms since 1970).
    saved: f64,
    /// The statements left out of it for want of room, by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    left_out: Vec<String>,
}

/// A draft removed to make room, and when.
#[derive(Serialize, Deserialize)]
struct Evicted {
    id: String,
    when: f64,
}

/// What earlier versions kept under [`OLD_SESSION`].
#[derive(Deserialize)]
struct OldSession {
    id: String,
    session: Shared,
}

/// This browser's local storage, or why there is none.
fn storage() -> Result<web_sys::Storage, Unkept> {
    gloo::utils::window().local_storage().ok().flatten().ok_or(Unkept::Off)
}

fn read_index(storage: &web_sys::Storage) -> Index {
    storage.get_item(INDEX).ok().flatten().and_then(|json| crate::app::json::from_str(&json).ok()).unwrap_or_default()
}

/// Writes `value` under `key`, or says why it could not be.
fn put(storage: &web_sys::Storage, key: &str, value: &str) -> Result<(), Unkept> {
    storage.set_item(key, value).map_err(|e| {
        let name = e.dyn_ref::<web_sys::DomException>().map(|e| e.name()).unwrap_or_default();
        if name == "QuotaExceededError" {
            Unkept::Full
        } else {
            Unkept::Off
        }
    })
}

/// Removes the least recently saved draft other than `keep`; false when
/// there is none.
fn evict_oldest(storage: &web_sys::Storage, index: &mut Index, keep: &str) -> bool {
    let Some(at) = index.drafts.iter().rposition(|d| d.id != keep) else { return false };
    let gone = index.drafts.remove(at);
    let _ = storage.remove_item(&format!("{DRAFT}{}", gone.id));
    index.evicted.insert(0, Evicted { id: gone.id, when: js_sys::Date::now() });
    index.evicted.truncate(EVICTED_KEPT);
    true
}

/// Keeps `fragment` as draft `id` (the most recent), making room by removing
/// older drafts; says why when it cannot.
fn keep(storage: &web_sys::Storage, id: &str, fragment: &str, left_out: &[String]) -> Result<(), Unkept> {
    let mut index = read_index(storage);
    let key = format!("{DRAFT}{id}");
    loop {
        index.drafts.retain(|d| d.id != id);
        index.drafts.insert(0, Entry { id: id.to_owned(), saved: js_sys::Date::now(), left_out: left_out.to_vec() });
        let index_json = crate::app::json::to_string(&index);
        match put(storage, &key, fragment).and_then(|()| put(storage, INDEX, &index_json)) {
            Ok(()) => return Ok(()),
            Err(Unkept::Full) if evict_oldest(storage, &mut index, id) => {}
            Err(why) => {
                // Nothing older of this draft may pass for it.
                forget_draft(storage, id);
                return Err(why);
            }
        }
    }
}

/// Removes draft `id` and its entry.
fn forget_draft(storage: &web_sys::Storage, id: &str) {
    let _ = storage.remove_item(&format!("{DRAFT}{id}"));
    let mut index = read_index(storage);
    index.drafts.retain(|d| d.id != id);
    let _ = put(storage, INDEX, &crate::app::json::to_string(&index));
}

/// Keeps `shared` as draft `id`: whole, or without its last statements when
/// the whole does not fit. Returns what is kept, and the fragment of the
/// whole (for the address).
async fn save(id: &str, shared: &Shared) -> (Keeping, String) {
    let whole = permalink::encode(shared).await;
    let Ok(storage) = storage() else { return (Keeping::Nothing(Unkept::Off), whole) };
    let mut part = shared.clone();
    let mut left_out = Vec::new();
    let mut fragment = whole.clone();
    loop {
        match keep(&storage, id, &fragment, &left_out) {
            Ok(()) if left_out.is_empty() => return (Keeping::All, whole),
            Ok(()) => return (Keeping::AllBut(left_out), whole),
            Err(Unkept::Full) if !part.more.is_empty() => {
                let last = part.more.len() + 1;
                let statement = part.more.pop().expect("a statement to leave out");
                left_out.insert(0, statement.version_name(last).into_owned());
                fragment = permalink::encode(&part).await;
            }
            Err(why) => return (Keeping::Nothing(why), whole),
        }
    }
}

/// Draft `id` as kept in this browser, or what the reader is told instead.
async fn open_draft(id: &str) -> Result<(Shared, Option<String>), String> {
    let storage = storage().map_err(|_| {
        "This address names a draft kept in a browser's storage, and this browser does not let Parallax read its storage \
         (private browsing, or storage turned off)."
            .to_owned()
    })?;
    let index = read_index(&storage);
    let fragment = storage.get_item(&format!("{DRAFT}{id}")).ok().flatten();
    let Some(fragment) = fragment else {
        return Err(match index.evicted.iter().find(|e| e.id == id) {
            Some(gone) => format!(
                "This draft is no longer kept in this browser: on {} it was removed to make room for a newer one \
                 (Parallax keeps the most recent drafts that fit in the browser's storage).",
                date(gone.when)
            ),
            None => "This address names a draft kept in the browser where it was made (its texts were too long for a \
                     link), and this browser does not have it. Open the address in that browser, or ask for the \
                     comparison file (Share / Embed → Comparison file)."
                .to_owned(),
        });
    };
    let shared = permalink::decode_within(&fragment, MAX_DRAFT_JSON_BYTES)
        .await
        .ok()
        .flatten()
        .ok_or_else(|| "This draft is kept in this browser but could not be read back (its copy is damaged).".to_owned())?;
    let left_out = index.drafts.iter().find(|d| d.id == id).map(|d| d.left_out.clone()).unwrap_or_default();
    let note = (!left_out.is_empty()).then(|| {
        format!(
            "This draft was kept without {} (the browser's storage was full).",
            crate::app::versions::list(left_out.iter().map(String::as_str))
        )
    });
    Ok((shared, note))
}

/// A date as a reader writes it (the browser's locale).
fn date(ms: f64) -> String {
    String::from(js_sys::Date::new(&JsValue::from_f64(ms)).to_locale_date_string("default", &JsValue::UNDEFINED))
}

/// The most recently saved draft, if any can be read. A session kept by an
/// earlier version is moved to the drafts first.
async fn last_draft() -> Option<Shared> {
    let storage = storage().ok()?;
    if let Some(old) = storage.get_item(OLD_SESSION).ok().flatten() {
        if let Ok(old) = crate::app::json::from_str::<OldSession>(&old) {
            let fragment = permalink::encode(&old.session).await;
            let _ = keep(&storage, &old.id, &fragment, &[]);
        }
        let _ = storage.remove_item(OLD_SESSION);
    }
    let newest = read_index(&storage).drafts.into_iter().next()?;
    open_draft(&newest.id).await.ok().map(|(shared, _)| shared)
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

/// Forgets the most recent draft, the one offered back ("Start fresh").
pub fn forget() {
    if let Ok(storage) = storage() {
        if let Some(newest) = read_index(&storage).drafts.first() {
            forget_draft(&storage, &newest.id.clone());
        }
    }
}

/// Opens what the address names: a link's comparison, or a draft. `opened`
/// is told the id this tab then saves under: the draft's, or none for a link
/// (a new draft, so the one this tab had is kept as it was).
fn open_address(hash: String, dispatch: Callback<Action>, opened: impl FnOnce(Option<String>) + 'static) {
    let notify = |text: String| Action::Notify(Notice { side: None, text, is_error: true });
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(id) = hash.strip_prefix(DRAFT_PREFIX) {
            match open_draft(id).await {
                Ok((shared, note)) => {
                    opened(Some(id.to_owned()));
                    dispatch.emit(Action::Restore(Box::new(Initial::from(shared))));
                    if let Some(note) = note {
                        dispatch.emit(notify(note));
                    }
                }
                Err(why) => dispatch.emit(notify(why)),
            }
        } else if permalink::is_permalink(&hash) {
            match permalink::decode(&hash).await {
                Ok(Some(shared)) => {
                    opened(None);
                    dispatch.emit(Action::Open(Box::new(Initial::from(shared))));
                }
                Ok(None) => {}
                Err(e) => dispatch.emit(notify(e.to_string())),
            }
        }
    });
}

/// Saves the session and points the address at it; follows the address
/// when it changes. `active` only for the standalone page (an embed never
/// touches its host's address or storage).
#[hook]
pub fn use_saved_session(state: &State, active: bool, dispatch: &Callback<Action>) {
    // This page's draft id, made when its session is first kept.
    let id = use_mut_ref(|| None::<String>);
    {
        let (dispatch, id) = (dispatch.clone(), id.clone());
        use_effect_with(active, move |&active| {
            let listener = active.then(|| {
                let location = gloo::utils::window().location();
                let hash = location.hash().unwrap_or_default();
                let at_draft = {
                    let id = id.clone();
                    move |draft: Option<String>| *id.borrow_mut() = draft
                };
                if hash.starts_with(DRAFT_PREFIX) {
                    // The link itself was opened by the page's start.
                    open_address(hash, dispatch.clone(), at_draft.clone());
                } else if hash.is_empty() {
                    let dispatch = dispatch.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        if let Some(shared) = last_draft().await {
                            dispatch.emit(Action::OfferRestore(Some(Box::new(Initial::from(shared)))));
                        }
                    });
                }
                // A link pasted into this tab, or the back button: only the
                // fragment changes, and the page follows it.
                EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    let hash = gloo::utils::window().location().hash().unwrap_or_default();
                    open_address(hash, dispatch.clone(), at_draft.clone());
                })
            });
            move || drop(listener)
        });
    }
    // Only the reader's own work is kept: their texts, or an example once
    // they have chosen options or written notes on it (an untouched example
    // is one click away).
    let touched = state.example.is_none() || !state.options_came_with_texts || !state.lesson.is_empty();
    let own = active && touched && state.loading_example.is_none() && state.has_text();
    let shared = own.then(|| Shared::of(state));
    let dispatch = dispatch.clone();
    use_effect_with(shared, move |shared| {
        if shared.is_none() {
            // Nothing of the reader's on screen: nothing to say about keeping it.
            dispatch.emit(Action::SetKeeping(None));
        }
        let pending = shared.clone().map(|shared| {
            Timeout::new(SAVE_PAUSE_MS, move || {
                // A tab opened on a draft goes on with its id.
                let hash = gloo::utils::window().location().hash().unwrap_or_default();
                let id = id.borrow_mut().get_or_insert_with(|| hash.strip_prefix(DRAFT_PREFIX).map_or_else(new_id, str::to_owned)).clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let (keeping, fragment) = save(&id, &shared).await;
                    let window = gloo::utils::window();
                    let base = window.location().href().unwrap_or_default();
                    let base = base.split('#').next().unwrap_or_default().to_owned();
                    let fragment = format!("#{fragment}");
                    // The link holds everything; else the draft's id, when it is kept.
                    let address = match &keeping {
                        _ if base.len() + fragment.len() <= MAX_LINK_CHARS => fragment,
                        Keeping::Nothing(_) => base,
                        _ => format!("{DRAFT_PREFIX}{id}"),
                    };
                    if let Ok(history) = window.history() {
                        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
                    }
                    dispatch.emit(Action::SetKeeping(Some(keeping)));
                });
            })
        });
        move || drop(pending)
    });
}
