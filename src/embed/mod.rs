//! What lets the widget live inside other pages: script-embed configs, the
//! iframe embed's URL flags, and its height reports to its host page.
//!
//! Embeds read, they don't edit: they show the reading view unless their
//! config asks for the controls (`"controls": true` in a script embed's
//! config, `?embed&controls` for an iframe).

use crate::app::permalink::Shared;
use crate::app::{AppProps, Initial};

/// The props for a script-embedded widget from its JSON config (the
/// permalink's JSON: `{"v":1,"left":{…},"right":{…},"options":{…}}`, or
/// `{"v":2,"statements":[…],"options":{…}}` for two to six statements). A
/// bad config opens an empty widget that says what is wrong.
pub fn props_from_config(json: &str) -> AppProps {
    // Read straight into the statements when it can be (quick on megabytes);
    // otherwise through a JSON value, to fill in the version or say what is wrong.
    let parsed = serde_json::from_str::<Shared>(json).or_else(|_| serde_json::from_str::<serde_json::Value>(json)
        .map_err(|e| format!("the comparison config is not valid JSON ({e})"))
        .and_then(|mut value| {
            // Configs written by hand may leave out the version.
            if let Some(map) = value.as_object_mut() {
                let v = if map.contains_key("statements") { 2 } else { 1 };
                map.entry("v").or_insert(v.into());
            }
            serde_json::from_value::<Shared>(value)
                .map_err(|e| format!("the comparison config does not describe two statements ({e})"))
        }));
    match parsed {
        Ok(shared) => AppProps { initial: Some(Initial::from(shared)), ..AppProps::default() },
        Err(notice) => AppProps {
            initial: Some(Initial::default()),
            notice: Some(format!("Parallax: {notice}.")),
            ..AppProps::default()
        },
    }
}

/// True when a config asks for the full toolbar (`"controls": true`).
pub fn config_asks_for_controls(json: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(json).ok().and_then(|v| v.get("controls")?.as_bool()) == Some(true)
}

/// True when a URL query (`?a&b=c`) has the flag `name`.
fn has_flag(search: &str, name: &str) -> bool {
    search.trim_start_matches('?').split('&').any(|kv| kv.split('=').next() == Some(name))
}

/// True when the page was opened as an iframe embed (`?embed` in its URL).
pub fn is_iframe_embed() -> bool {
    has_flag(&gloo::utils::window().location().search().unwrap_or_default(), "embed")
}

/// True when an iframe embed asks for the full toolbar (`?embed&controls`).
pub fn asks_for_controls() -> bool {
    has_flag(&gloo::utils::window().location().search().unwrap_or_default(), "controls")
}

/// In an iframe embed: tells the host page the content's height whenever it
/// changes, so `parallax-frame.js` can size the iframe (no scrollbars).
#[cfg(target_arch = "wasm32")]
pub fn report_height_to_host() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else { return };
    let post = move || {
        let height = gloo::utils::document().document_element().map_or(0, |e| e.scroll_height());
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"parallax:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, "*");
    };
    post();
    let callback = Closure::<dyn FnMut()>::new(post);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        if let Some(body) = gloo::utils::document().body() {
            observer.observe(&body);
        }
    }
    // The observer lives as long as the page.
    callback.forget();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_config_opens_its_statements() {
        let props = props_from_config(r#"{"left":{"label":"A","text":"One two three."},"right":{"text":"Four."}}"#);
        let initial = props.initial.unwrap();
        assert_eq!(initial.left.label, "A");
        assert_eq!(&*initial.right.text, "Four.");
        assert!(props.notice.is_none());
    }

    #[test]
    fn a_config_with_several_statements_opens_them_all() {
        let props = props_from_config(r#"{"statements":[{"label":"A","text":"One."},{"text":"Two."},{"label":"C","text":"Three."}]}"#);
        let initial = props.initial.unwrap();
        assert!(props.notice.is_none());
        assert_eq!((initial.left.label.as_str(), &*initial.right.text), ("A", "Two."));
        assert_eq!(initial.more.len(), 1);
        assert_eq!(initial.more[0].label, "C");
        let props = props_from_config(r#"{"v":2,"statements":[{"text":"alone"}]}"#);
        assert!(props.notice.unwrap().contains("holds 1 statements; Parallax compares 2 to 6"));
    }

    #[test]
    fn embeds_read_unless_asked_for_controls() {
        assert!(!config_asks_for_controls(r#"{"left":{"text":"a"}}"#));
        assert!(config_asks_for_controls(r#"{"controls":true,"left":{"text":"a"}}"#));
        assert!(has_flag("?embed&controls", "controls") && has_flag("?embed=1", "embed"));
        assert!(!has_flag("?embedded", "embed"));
    }

    #[test]
    fn a_bad_config_says_what_is_wrong() {
        let props = props_from_config("{not json");
        assert!(props.notice.unwrap().contains("not valid JSON"));
        let props = props_from_config(r#"{"left": 3}"#);
        assert!(props.notice.unwrap().contains("does not describe two statements"));
    }
}
