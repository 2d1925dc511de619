//! The keyboard help popover.

use yew::prelude::*;

/// The keys the widget answers to, in the order the help lists them.
pub const KEYS: &[(&str, &str)] = &[
    ("n", "next difference"),
    ("p", "previous difference"),
    ("j", "next shared phrase"),
    ("k", "previous shared phrase"),
    ("Enter", "pin the phrase under focus"),
    ("Esc", "unpin; close a dialog or menu"),
    ("?", "show or hide this help"),
];

/// A short guide: keys, and what the highlights mean (inside a
/// [`super::dialog::Dialog`]).
#[component]
pub fn Help() -> Html {
    html! {
        <>
            <h2>{ "Keys" }</h2>
            <dl>
                { for KEYS.iter().map(|(key, what)| html! {
                    <><dt><kbd>{ *key }</kbd></dt><dd>{ *what }</dd></>
                }) }
            </dl>
            <p>{ "Point at or focus a shared phrase to see it in the other statement; click to keep it linked." }</p>
        </>
    }
}
