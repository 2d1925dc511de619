//! What lets the widget live inside other pages: script-embed configs, the
//! iframe embed's URL flags, and keeping what the reader tapped in view
//! on a phone. (An iframe embed's height is reported by web/boot.js.)
//!
//! Embeds read, they don't edit: they show the reading view unless their
//! config asks for the controls (`"controls": true` in a script embed's
//! config, `?embed&controls` for an iframe).

#[cfg(target_arch = "wasm32")]
use crate::app::json;
use crate::app::permalink::Shared;
use wasm_bindgen::JsValue;
use crate::app::{AppProps, Initial};

/// The props for a script-embedded widget from its JSON config (the
/// permalink's JSON: `{"v":1,"left":{…},"right":{…},"options":{…}}`, or
/// `{"v":2,"statements":[…],"options":{…}}` for two to six statements; the
/// version may be left out), and whether it asks for the full toolbar
/// (`"controls": true`). A bad config opens an empty widget that says what
/// is wrong.
pub fn props_from_config(json: &str) -> (AppProps, bool) {
    match read_config(json) {
        Ok((shared, controls)) => (AppProps { initial: Some(Initial::from(shared)), ..AppProps::default() }, controls),
        Err(notice) => {
            let props = AppProps { initial: Some(Initial::default()), notice: Some(format!("Parallax: {notice}.")), ..AppProps::default() };
            (props, false)
        }
    }
}

/// What a config holds besides the statements.
#[derive(serde::Deserialize)]
struct Extra {
    #[serde(default)]
    controls: bool,
}

/// The statements of a config, and its `controls` flag.
#[cfg(target_arch = "wasm32")]
fn read_config(json: &str) -> Result<(Shared, bool), String> {
    use wasm_bindgen::JsValue;
    let value = js_sys::JSON::parse(json)
        .map_err(|e| format!("the comparison config is not valid JSON ({})", String::from(js_sys::Error::from(e).message())))?;
    // Configs written by hand may leave out the version.
    if value.is_object() && !js_sys::Reflect::has(&value, &"v".into()).unwrap_or(true) {
        let several = js_sys::Reflect::has(&value, &"statements".into()).unwrap_or(false);
        let _ = js_sys::Reflect::set(&value, &"v".into(), &JsValue::from(if several { 2 } else { 1 }));
    }
    let controls = json::from_value::<Extra>(value.clone()).is_ok_and(|e| e.controls);
    let shared = json::from_value::<Shared>(value).map_err(|e| format!("the comparison config does not describe two statements ({e})"))?;
    Ok((shared, controls))
}

/// The statements of a config, and its `controls` flag.
#[cfg(not(target_arch = "wasm32"))]
fn read_config(json: &str) -> Result<(Shared, bool), String> {
    let mut value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| format!("the comparison config is not valid JSON ({e})"))?;
    // Configs written by hand may leave out the version.
    if let Some(map) = value.as_object_mut() {
        let v = if map.contains_key("statements") { 2 } else { 1 };
        map.entry("v").or_insert(v.into());
    }
    let controls = serde_json::from_value::<Extra>(value.clone()).is_ok_and(|e| e.controls);
    let shared = serde_json::from_value::<Shared>(value)
        .map_err(|e| format!("the comparison config does not describe two statements ({e})"))?;
    Ok((shared, controls))
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

/// On a touch screen, where the panes stand one above the other, brings a
/// box (`top` and `bottom` in viewport pixels) into view as the reader
/// tapped for it: the window scrolls as little as needed, or, in an iframe
/// embed, the page around it does (web/parallax-frame.js). web/quick.js
/// does the same before the wasm has arrived.
pub fn keep_in_view(top: f64, bottom: f64) {
    let window = gloo::utils::window();
    if !window.match_media("(hover: none)").ok().flatten().is_some_and(|m| m.matches()) {
        return;
    }
    match window.parent().ok().flatten().filter(|parent| parent != &window) {
        Some(parent) => {
            let message = js_sys::Object::new();
            for (key, value) in [("type", "parallax:reveal".into()), ("top", top.into()), ("bottom", bottom.into())] {
                let _ = js_sys::Reflect::set(&message, &JsValue::from_str(key), &value);
            }
            let _ = parent.post_message(&message, "*");
        }
        None => {
            let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
            let margin = 16.0;
            if top < margin {
                window.scroll_by_with_x_and_y(0.0, top - margin);
            } else if bottom > height - margin {
                window.scroll_by_with_x_and_y(0.0, (bottom - height + margin).min(top - margin));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_config_opens_its_statements() {
        let (props, _) = props_from_config(r#"{"left":{"label":"A","text":"One two three."},"right":{"text":"Four."}}"#);
        let initial = props.initial.unwrap();
        assert_eq!(initial.left.label, "A");
        assert_eq!(&*initial.right.text, "Four.");
        assert!(props.notice.is_none());
    }

    #[test]
    fn a_config_with_several_statements_opens_them_all() {
        let (props, _) = props_from_config(r#"{"statements":[{"label":"A","text":"One."},{"text":"Two."},{"label":"C","text":"Three."}]}"#);
        let initial = props.initial.unwrap();
        assert!(props.notice.is_none());
        assert_eq!((initial.left.label.as_str(), &*initial.right.text), ("A", "Two."));
        assert_eq!(initial.more.len(), 1);
        assert_eq!(initial.more[0].label, "C");
        let (props, _) = props_from_config(r#"{"v":2,"statements":[{"text":"alone"}]}"#);
        assert!(props.notice.unwrap().contains("holds 1 statements; Parallax compares 2 to 6"));
    }

    #[test]
    fn embeds_read_unless_asked_for_controls() {
        assert!(!props_from_config(r#"{"left":{"text":"a"},"right":{"text":"b"}}"#).1);
        assert!(props_from_config(r#"{"controls":true,"left":{"text":"a"},"right":{"text":"b"}}"#).1);
        assert!(has_flag("?embed&controls", "controls") && has_flag("?embed=1", "embed"));
        assert!(!has_flag("?embedded", "embed"));
    }

    #[test]
    fn a_bad_config_says_what_is_wrong() {
        let (props, _) = props_from_config("{not json");
        assert!(props.notice.unwrap().contains("not valid JSON"));
        let (props, _) = props_from_config(r#"{"left": 3}"#);
        assert!(props.notice.unwrap().contains("does not describe two statements"));
    }
}
