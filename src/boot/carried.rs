//! The comparison an embed code carries, so an embed's live widget takes
//! over from its pre-rendered copy without comparing again (and without
//! loading the worker): a script embed holds it in a `<script
//! type="application/json" data-result>` beside its config, an iframe embed
//! after its link in the address (`#c=…&r=…`, compressed like the link).
//!
//! It is written without the texts (the config or link has them) and
//! stamped with the result format of the build that made it. A widget of
//! another build whose format differs, or whose texts or options are not
//! those the result was made on, ignores it and compares again: a newer
//! build never shows an older build's result as its own.

use serde::{Deserialize, Serialize};

use crate::app::json;
use crate::app::permalink::Shared;
use crate::app::shared_comparison::SharedComparison;
use crate::app::Initial;
use crate::engine::Comparison;

/// This build's result format: a digest of the source of the result's
/// types (see build.rs), so any change to them makes a new format.
pub const FORMAT: &str = env!("PARALLAX_RESULT_FORMAT");

/// The fragment key of an iframe embed's result.
const RESULT_KEY: &str = "&r=";

/// A comparison as an embed carries it.
#[derive(Serialize, Deserialize)]
struct Carried {
    format: String,
    comparison: Comparison,
}

/// The JSON an embed code carries for `comparison`.
pub fn write(comparison: &Comparison) -> String {
    let mut comparison = comparison.clone();
    comparison.left.text = "".into();
    comparison.right.text = "".into();
    json::to_string(&Carried { format: FORMAT.to_owned(), comparison })
}

/// The comparison carried as `result`, when this build can use it for the
/// statements and options of `initial`.
pub fn read(result: &str, initial: &Initial) -> Option<SharedComparison> {
    let carried: Carried = json::from_str(result).ok()?;
    if carried.format != FORMAT || !initial.more.is_empty() || carried.comparison.options != initial.options {
        return None;
    }
    let mut comparison = carried.comparison;
    comparison.left.text = initial.left.text.to_string().into();
    comparison.right.text = initial.right.text.to_string().into();
    // Byte ranges made for other texts could point anywhere: the result
    // must at least fit these texts.
    let fits = |side: &crate::engine::SideResult| {
        side.spans.last().is_some_and(|s| s.range.end == side.text.len()) || (side.spans.is_empty() && side.text.is_empty())
    };
    (fits(&comparison.left) && fits(&comparison.right)).then(|| SharedComparison::new(comparison))
}

/// Results longer than this (in JSON) are not put in embed codes: the
/// widget compares them again rather than make the code many megabytes.
const MAX_CARRIED: usize = 512 * 1024;

/// What the Share dialog's embed codes carry for `comparison`: the script
/// embed's result JSON and the iframe address's fragment part, made once
/// per comparison (the fragment asynchronously: the browser compresses it);
/// `None` for a result too long to carry.
#[yew::hook]
pub fn use_carried(comparison: Option<SharedComparison>) -> (Option<std::rc::Rc<str>>, Option<String>) {
    let json = yew::use_memo(comparison.clone(), |c| c.as_ref().map(|c| write(c)).filter(|j| j.len() <= MAX_CARRIED).map(std::rc::Rc::<str>::from));
    let fragment = yew::use_state(|| None::<String>);
    {
        let fragment = fragment.clone();
        yew::use_effect_with(json.clone(), move |json| {
            fragment.set(None);
            if let Some(json) = (**json).clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    fragment.set(Some(format!("{RESULT_KEY}{}", crate::app::permalink::pack(json.as_bytes()).await)));
                });
            }
        });
    }
    ((*json).clone(), (*fragment).clone())
}

/// An iframe embed's address fragment: the link, and the result after it.
pub fn split_fragment(fragment: &str) -> (&str, Option<&str>) {
    match fragment.split_once(RESULT_KEY) {
        Some((link, result)) => (link, Some(result)),
        None => (fragment, None),
    }
}

/// The fragment part that carries `comparison` in an iframe embed's address.
pub async fn fragment(comparison: &Comparison) -> String {
    format!("{RESULT_KEY}{}", crate::app::permalink::pack(write(comparison).as_bytes()).await)
}

/// The statements of a link, with the comparison its address carries when
/// it is one for them.
pub async fn opening(shared: Shared, result: Option<&str>) -> Initial {
    let mut initial = Initial::from(shared);
    if let Some(packed) = result {
        if let Ok(json) = crate::app::permalink::unpack(packed).await {
            initial.comparison = read(&String::from_utf8_lossy(&json), &initial);
        }
    }
    initial
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::examples::first_from_source;

    #[test]
    fn a_carried_result_opens_as_the_comparison_of_its_texts() {
        let initial = first_from_source();
        let comparison = initial.comparison.clone().unwrap();
        let result = write(&comparison);
        assert!(!result.contains("effective response to the novel coronavirus"), "the texts are not carried twice");
        let opened = read(&result, &Initial { comparison: None, ..initial.clone() }).expect("read back");
        assert_eq!(*opened, *comparison);
    }

    #[test]
    fn a_result_of_other_texts_options_or_format_is_not_used() {
        let initial = first_from_source();
        let result = write(initial.comparison.as_ref().unwrap());
        let mut other = initial.clone();
        other.right.text = format!("{} And one more sentence.", other.right.text).into();
        assert!(read(&result, &other).is_none(), "other texts");
        let mut other = initial.clone();
        other.options.min_phrase += 1;
        assert!(read(&result, &other).is_none(), "other options");
        let older = result.replace(FORMAT, "0000");
        assert!(read(&older, &initial).is_none(), "another build's format");
        assert!(read("{not json", &initial).is_none());
    }

    #[test]
    fn an_iframe_address_carries_its_result_after_the_link() {
        assert_eq!(split_fragment("#c=abc&r=def"), ("#c=abc", Some("def")));
        assert_eq!(split_fragment("#c=abc"), ("#c=abc", None));
        let initial = first_from_source();
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let packed = runtime.block_on(fragment(initial.comparison.as_ref().unwrap()));
        let shared = Shared::pair(initial.left.clone(), initial.right.clone(), initial.options.clone(), initial.lesson.clone());
        let opened = runtime.block_on(opening(shared, split_fragment(&packed).1));
        assert_eq!(opened.comparison.as_deref(), initial.comparison.as_deref());
        // The headline pair's result is a few kilobytes in an address.
        assert!(packed.len() < 12_000, "{} characters", packed.len());
    }
}
