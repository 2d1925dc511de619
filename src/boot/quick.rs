//! What the pre-rendered copy's own small script (web/quick.js) carries
//! over to the live widget: it answers the reader from the first paint,
//! and marks on the copy's root what the reader points at and pinned, which
//! the live widget then shows too, so nothing pointed at or pinned is lost
//! and nothing flickers when it takes the copy's place.

use web_sys::Element;
use yew::UseReducerHandle;

use crate::app::reducer::Action;
use crate::app::state::State;
use crate::engine::Side;

/// The phrase pinned in the copy (`data-pinned="3"`).
const PINNED: &str = "data-pinned";
/// The phrase and the sentence pair pointed at (`"left 3"`).
const POINTED: [&str; 2] = ["data-pointed-phrase", "data-pointed-pair"];

/// The actions that show in the live widget what `root` (the copy's
/// `.px-root`) marks.
pub fn carried_over(root: &Element, state: &UseReducerHandle<State>) -> Vec<Action> {
    let mut actions = Vec::new();
    let pinned = root.get_attribute(PINNED).and_then(|p| p.parse().ok());
    if pinned.is_some() && pinned != state.pinned {
        actions.extend(pinned.map(Action::Pin));
    }
    let [phrase, pair] = POINTED.map(|name| root.get_attribute(name).and_then(|value| numbered(&value)));
    if phrase.is_some() || pair.is_some() {
        actions.push(Action::Hover(phrase, pair));
    }
    actions
}

/// `"left 3"` as a side and a number.
fn numbered(value: &str) -> Option<(Side, usize)> {
    let (side, number) = value.split_once(' ')?;
    let side = match side {
        "left" => Side::Left,
        "right" => Side::Right,
        _ => return None,
    };
    Some((side, number.parse().ok()?))
}
