//! Hooks for the outside world: scrolling, keys and files. Nothing here
//! decides what to show; it feeds actions to the reducer.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::nav::StopKind;
use super::state::{side_word, Action, Layout, Mode, Notice, Popover, State, MAX_SIDE_BYTES};
use crate::engine::Side;

/// Keeps the two panes in step while either scrolls, anchored on aligned
/// sentence pairs (not pixel offsets), so wrapped prose never drifts.
#[hook]
pub fn use_scroll_sync(state: &UseReducerHandle<State>, left: &NodeRef, right: &NodeRef) {
    let deps = (state.layout, state.mode, state.latest_comparison().cloned());
    let (left, right) = (left.clone(), right.clone());
    use_effect_with(deps, move |(layout, mode, _)| {
        let mut listeners = Vec::new();
        if let (Layout::SideBySide, Mode::Read, Some(l), Some(r)) =
            (*layout, *mode, left.cast::<Element>(), right.cast::<Element>())
        {
            // The side last scrolled by us, and when: its own scroll event is an echo.
            let echo: Rc<Cell<Option<(Side, f64)>>> = Rc::default();
            for (side, from, to) in [(Side::Left, l.clone(), r.clone()), (Side::Right, r, l)] {
                let echo = echo.clone();
                listeners.push(EventListener::new(&from.clone(), "scroll", move |_| {
                    let now = js_sys::Date::now();
                    if matches!(echo.get(), Some((s, t)) if s == side && now - t < 120.0) {
                        return;
                    }
                    if sync_scroll(&from, &to) {
                        echo.set(Some((side.other(), now)));
                    }
                }));
            }
        }
        move || drop(listeners)
    });
}

/// Top of `el` in the scrolled content of `container`, in pixels.
fn top_in(container: &Element, el: &Element) -> f64 {
    el.get_bounding_client_rect().top() - container.get_bounding_client_rect().top() + container.scroll_top() as f64
}

/// Scrolls `to` so the sentence pair at the top of `from` sits at the same
/// place. Returns whether it scrolled.
fn sync_scroll(from: &Element, to: &Element) -> bool {
    if from.scroll_top() as f64 + from.client_height() as f64 >= from.scroll_height() as f64 - 2.0 {
        to.set_scroll_top(to.scroll_height());
        return true;
    }
    let Ok(sentences) = from.query_selector_all(".px-sentence") else { return false };
    let from_top = from.get_bounding_client_rect().top();
    let el = |i: u32| sentences.item(i).and_then(|n| n.dyn_into::<Element>().ok());
    // The first sentence whose bottom is below the top edge (binary search).
    let (mut lo, mut hi) = (0, sentences.length());
    while lo < hi {
        let mid = (lo + hi) / 2;
        match el(mid) {
            Some(e) if e.get_bounding_client_rect().bottom() <= from_top => lo = mid + 1,
            _ => hi = mid,
        }
    }
    for i in lo..sentences.length().min(lo + 50) {
        let Some(sentence) = el(i) else { break };
        let Some(pair) = sentence.get_attribute("data-pair") else { continue };
        let Ok(Some(target)) = to.query_selector(&format!(".px-sentence[data-pair=\"{pair}\"]")) else {
            continue;
        };
        let rect = sentence.get_bounding_client_rect();
        let offset = from_top - rect.top();
        let t_top = top_in(to, &target);
        let t_height = target.get_bounding_client_rect().height();
        let y = if offset >= 0.0 {
            t_top + (offset / rect.height().max(1.0)).min(1.0) * t_height
        } else {
            t_top + offset
        };
        to.set_scroll_top(y.max(0.0).round() as i32);
        return true;
    }
    false
}

/// Scrolls `el` into view inside its pane only, never the host page (the
/// widget may live in someone else's article).
fn reveal(el: &Element, center: bool) {
    let Ok(Some(container)) = el.closest(".px-scroll, .px-rows") else { return };
    let top = top_in(&container, el);
    let height = el.get_bounding_client_rect().height();
    let (view_top, view_h) = (container.scroll_top() as f64, container.client_height() as f64);
    let visible = top >= view_top && top + height <= view_top + view_h;
    if center || !visible {
        container.set_scroll_top((top - (view_h - height) / 2.0).max(0.0) as i32);
    }
}

/// Brings into view what the reader points at: the counterpart of a hovered
/// or pinned phrase, and the stop navigation moved to.
#[hook]
pub fn use_scroll_to_focus(state: &UseReducerHandle<State>, root: &NodeRef) {
    let query = {
        let root = root.clone();
        move |selector: String| root.cast::<Element>().and_then(|r| r.query_selector(&selector).ok().flatten())
    };
    let q = query.clone();
    use_effect_with(state.cursor, move |cursor| {
        if let Some(c) = cursor {
            let selector = format!("[data-side=\"{}\"] [data-span=\"{}\"]", side_word(c.side), c.span);
            if let Some(el) = q(selector) {
                reveal(&el, true);
                if let Some(el) = el.dyn_ref::<HtmlElement>() {
                    let _ = el.focus();
                }
            }
        }
    });
    let deps = (state.hovered, state.pinned, state.hovered_pair);
    use_effect_with(deps, move |(hovered, pinned, hovered_pair)| {
        let targets: Vec<(Side, &str, usize)> = match (hovered, pinned, hovered_pair) {
            (Some((side, p)), _, _) => vec![(side.other(), "data-phrase", *p)],
            (None, Some(p), _) => vec![(Side::Left, "data-phrase", *p), (Side::Right, "data-phrase", *p)],
            (None, None, Some((side, p))) => vec![(side.other(), "data-pair", *p)],
            _ => vec![],
        };
        for (side, attribute, n) in targets {
            if let Some(el) = query(format!("[data-side=\"{}\"] [{attribute}=\"{n}\"]", side_word(side))) {
                reveal(&el, false);
            }
        }
    });
}

/// The keyboard shortcuts listed in the help popover (`components::help::KEYS`).
#[hook]
pub fn use_key_handler(dispatch: &Callback<Action>, mode: Mode, presenting: bool) -> Callback<KeyboardEvent> {
    let dispatch = dispatch.clone();
    use_callback((mode, presenting), move |e: KeyboardEvent, &(mode, presenting)| {
        if e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
        let tag = target.as_ref().map(|t| t.tag_name().to_ascii_lowercase()).unwrap_or_default();
        if matches!(tag.as_str(), "input" | "textarea" | "select") {
            return;
        }
        if presenting {
            // Arrow keys and presentation clickers (which send PageUp/PageDown).
            let action = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" | "PageDown" | " " | "n" => Action::PresentStep(true),
                "ArrowLeft" | "ArrowUp" | "PageUp" | "p" => Action::PresentStep(false),
                "Escape" => Action::Present(false),
                _ => return,
            };
            e.prevent_default();
            dispatch.emit(action);
            return;
        }
        let action = match (e.key().as_str(), mode) {
            ("n", Mode::Read) => Action::Step(StopKind::Difference, true),
            ("p", Mode::Read) => Action::Step(StopKind::Difference, false),
            ("j", Mode::Read) => Action::Step(StopKind::Phrase, true),
            ("k", Mode::Read) => Action::Step(StopKind::Phrase, false),
            ("?", _) => Action::Toggle(Popover::Help),
            ("Escape", _) => Action::Unpin,
            ("Enter", Mode::Read) => {
                let phrase = target
                    .and_then(|t| t.closest("[data-phrase]").ok().flatten())
                    .and_then(|m| m.get_attribute("data-phrase")?.parse().ok());
                match phrase {
                    Some(p) => Action::Pin(p),
                    None => return,
                }
            }
            _ => return,
        };
        e.prevent_default();
        dispatch.emit(action);
    })
}

/// On a page the widget owns, keys pressed with nothing focused (on the
/// body) reach the widget too.
#[hook]
pub fn use_page_keys(enabled: bool, handler: &Callback<KeyboardEvent>) {
    let handler = handler.clone();
    use_effect_with((enabled, handler), move |(enabled, handler)| {
        let handler = handler.clone();
        let listener = enabled.then(|| {
            // Not passive: the handler prevents the default (page scrolling on
            // PageDown and Space while presenting).
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |e| {
                let e: &KeyboardEvent = e.unchecked_ref();
                let on_body = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlBodyElement>().ok()).is_some();
                if on_body {
                    handler.emit(e.clone());
                }
            })
        });
        move || drop(listener)
    });
}

/// Reads files dropped on or chosen for a side; the result (text or reason)
/// goes to the reducer. Readers are kept alive until they finish.
#[hook]
pub fn use_file_reader(dispatch: &Callback<Action>) -> Callback<(Side, Option<web_sys::FileList>)> {
    let readers = use_mut_ref(Vec::<gloo::file::callbacks::FileReader>::new);
    let dispatch = dispatch.clone();
    use_callback((), move |(side, files): (Side, Option<web_sys::FileList>), _| {
        let Some(file) = files.and_then(|f| f.get(0)) else { return };
        let file = gloo::file::File::from(file);
        let name = file.name();
        // Files may be up to 4× the text limit: HTML shrinks to its text.
        if file.size() > 4 * MAX_SIDE_BYTES as u64 {
            dispatch.emit(Action::Notify(Notice {
                side: Some(side),
                text: format!("{name} is {:.1} MB, too large to compare.", file.size() as f64 / 1e6),
                is_error: true,
            }));
            return;
        }
        let dispatch = dispatch.clone();
        let reader = gloo::file::callbacks::read_as_bytes(&file, move |bytes| {
            let result = bytes
                .map_err(|e| format!("{name} could not be read: {e}"))
                .and_then(|bytes| super::files::import_file(&name, &bytes).map(|imported| imported.text));
            dispatch.emit(Action::FileLoaded(side, result));
        });
        let mut readers: std::cell::RefMut<'_, Vec<_>> = RefCell::borrow_mut(&readers);
        readers.push(reader);
    })
}

/// Saves `contents` as a file called `name`, through a temporary blob link.
pub fn download(name: &str, mime: &str, contents: &str) {
    let parts = js_sys::Array::of1(&contents.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let document = gloo::utils::document();
    if let Ok(a) = document.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The self-contained report of what the widget inside `root` shows now,
/// styled by `styles`.
pub fn report_from_page(root: &Element, title: &str, styles: &str) -> String {
    let body: Vec<String> = [".px-legend", ".px-panes", ".px-summary"]
        .iter()
        .filter_map(|selector| root.query_selector(selector).ok().flatten())
        .map(|el| el.outer_html())
        .collect();
    super::report::document(title, styles, &body.join("\n"))
}

/// Presentation mode: full screen while presenting (leaving full screen
/// leaves the presentation), and the current step kept in view.
#[hook]
pub fn use_presentation(state: &UseReducerHandle<State>, root: &NodeRef) {
    let presenting = state.presenting.is_some();
    {
        let (root, state) = (root.clone(), state.clone());
        use_effect_with(presenting, move |&presenting| {
            let document = gloo::utils::document();
            let mut listener = None;
            if presenting {
                if let Some(el) = root.cast::<Element>() {
                    // Refused outside a user gesture or in a frame without
                    // allowfullscreen: presenting then fills the widget only.
                    let _ = el.request_fullscreen();
                }
                listener = Some(EventListener::new(&document, "fullscreenchange", move |_| {
                    if gloo::utils::document().fullscreen_element().is_none() {
                        state.dispatch(Action::Present(false));
                    }
                }));
            } else if document.fullscreen_element().is_some() {
                document.exit_fullscreen();
            }
            move || drop(listener)
        });
    }
    let root = root.clone();
    use_effect_with((state.presenting, state.reveal), move |(step, _)| {
        if step.is_some() {
            let current = root.cast::<Element>().and_then(|r| r.query_selector(".px-row-current").ok().flatten());
            if let Some(row) = current {
                reveal(&row, true);
            }
        }
    });
}

/// Opens the print dialog once the page has re-rendered for printing.
pub fn print_soon() {
    Timeout::new(150, || {
        let _ = gloo::utils::window().print();
    })
    .forget();
}
