//! Focus that follows the reader through menus and dialogs: a dialog takes
//! the focus when it opens, keeps it inside while open (Tab and Shift+Tab go
//! round), and gives it back when it closes to the control that opened it
//! (or, when that control is gone from view, to the one that shows where it
//! was: the phone's "More" button for a control of its menu).
//!
//! What Tab reaches is what the browser's own order reaches: in a group of
//! radio buttons, only the checked one (or the first, none being checked).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// What the keyboard can reach inside a dialog.
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), \
                         select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex=\"-1\"])";

/// The elements of `container` the keyboard reaches, in order, as shown
/// (those not laid out, in a closed menu say, are skipped).
pub fn focusables(container: &Element) -> Vec<HtmlElement> {
    let Ok(list) = container.query_selector_all(FOCUSABLE) else { return Vec::new() };
    let all: Vec<HtmlElement> = (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok()).collect();
    let radio = |e: &HtmlElement| e.dyn_ref::<web_sys::HtmlInputElement>().filter(|i| i.type_() == "radio").cloned();
    let tab_stop = |e: &HtmlElement| match radio(e) {
        None => true,
        Some(input) => {
            let group: Vec<web_sys::HtmlInputElement> =
                all.iter().filter_map(radio).filter(|r| r.name() == input.name()).collect();
            input.checked() || (!group.iter().any(|r| r.checked()) && group.first().is_some_and(|f| f.is_same_node(Some(&input))))
        }
    };
    all.iter().filter(|e| laid_out(e) && tab_stop(e)).cloned().collect()
}

/// True when `e` has a box on the page (not in a closed menu, say).
fn laid_out(e: &Element) -> bool {
    let r = e.get_bounding_client_rect();
    e.is_connected() && (r.width() > 0.0 || r.height() > 0.0)
}

/// Keeps Tab inside `container` (itself focusable): from its last element
/// to its first, and Shift+Tab the other way; with nothing to reach inside,
/// on the container. Returns whether it moved the focus.
pub fn keep_tab_inside(e: &KeyboardEvent, container: &HtmlElement) -> bool {
    if e.key() != "Tab" {
        return false;
    }
    let all = focusables(container);
    let (Some(first), Some(last)) = (all.first(), all.last()) else {
        e.prevent_default();
        let _ = container.focus();
        return true;
    };
    let active = gloo::utils::document().active_element();
    let at = |el: &HtmlElement| active.as_ref().is_some_and(|a| a.is_same_node(Some(el)));
    let inside = active.as_ref().is_some_and(|a| container.contains(Some(a)));
    let to = match e.shift_key() {
        true if at(first) || !inside || active.as_ref().is_some_and(|a| a.is_same_node(Some(container))) => last,
        false if at(last) || !inside => first,
        _ => return false,
    };
    e.prevent_default();
    let _ = to.focus();
    true
}

/// Puts the focus on the first of `candidates` that is shown; a control
/// gone from view (or the page itself) is skipped.
pub fn give_back_first(candidates: &[Option<Element>]) {
    let control = |e: &Element| e.tag_name() != "BODY" && laid_out(e);
    let target = candidates.iter().flatten().find(|e| control(e));
    if let Some(target) = target.and_then(|t| t.dyn_ref::<HtmlElement>()) {
        let _ = target.focus();
    }
}

/// True when the focus is in the widget `root`, or lost to the page (as
/// when what held it was removed).
pub fn had_focus(root: &NodeRef) -> bool {
    match gloo::utils::document().active_element() {
        None => true,
        Some(a) if a.tag_name() == "BODY" => true,
        Some(a) => root.get().is_some_and(|r| r.contains(Some(&a))),
    }
}

/// The toolbar control of `root`'s widget that matches `selector`, and the
/// "More" button that holds it on a phone: where the focus goes back when
/// the control that opened something is gone.
pub fn toolbar_control(root: &Element, selector: &str) -> [Option<Element>; 2] {
    [root.query_selector(&format!(".px-toolbar {selector}")).ok().flatten(), more_button(root)]
}

/// The phone's "More" button of `root`'s widget.
fn more_button(root: &Element) -> Option<Element> {
    root.query_selector(".px-toolbar [aria-controls=\"px-more\"]").ok().flatten()
}

/// The focus of a dialog whose element is `dialog` (focusable itself, with
/// `tabindex="-1"`): taken when it mounts, given back when it unmounts,
/// unless the reader has put it somewhere else meanwhile.
#[hook]
pub fn use_dialog_focus(dialog: &NodeRef) {
    // Where the focus is as the dialog first renders: its opener. (By the
    // time effects run, the dialog's content may have moved it.)
    let opener = use_mut_ref(|| cfg!(target_arch = "wasm32").then(|| gloo::utils::document().active_element()).flatten());
    let dialog = dialog.clone();
    use_effect_with((), move |_| {
        // Kept: the node reference is cleared before the dialog is.
        let dialog = dialog.cast::<HtmlElement>();
        if let Some(el) = &dialog {
            let _ = el.focus();
        }
        move || {
            // Lost with the dialog (or still inside it): back where it came from.
            let active = gloo::utils::document().active_element();
            let lost = match (&active, &dialog) {
                (None, _) => true,
                (Some(a), _) if a.tag_name() == "BODY" => true,
                (Some(a), Some(d)) => d.contains(Some(a)),
                (Some(_), None) => false,
            };
            if let (true, Some(opener)) = (lost, opener.borrow_mut().take()) {
                // A control of the phone's menu, closed since: its "More" button.
                let more = opener.closest(".px-root").ok().flatten().and_then(|root| more_button(&root));
                give_back_first(&[Some(opener), more]);
            }
        }
    });
}
