//! The "Share / Embed" dialog: a permalink, an iframe embed code, a script
//! embed code, and downloads (report, data, config).

use yew::prelude::*;

use crate::app::permalink::{self, Shared, MAX_LINK_CHARS};
use crate::app::share_codes::{iframe_code, script_code};
use crate::app::state::State;

/// Properties of [`SharePanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct ShareProps {
    pub state: UseReducerHandle<State>,
    /// The page's address without its fragment, e.g. `https://host/parallax/`.
    pub page_url: AttrValue,
    /// Saves a file: (name, MIME type, contents).
    pub on_download: Callback<(String, &'static str, String)>,
    /// Saves the self-contained HTML report of what is on screen.
    pub on_report: Callback<()>,
}

/// One labelled, read-only code box with a copy button.
#[derive(Properties, PartialEq, Clone)]
struct CodeProps {
    label: AttrValue,
    value: AttrValue,
    testid: AttrValue,
}

#[component]
fn CodeBox(props: &CodeProps) -> Html {
    let copied = use_state(|| false);
    let onclick = {
        let (value, copied) = (props.value.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let clipboard = gloo::utils::window().navigator().clipboard();
            // The promise is not awaited: a refused copy leaves the box to select by hand.
            let _ = clipboard.write_text(&value);
            copied.set(true);
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        let input: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        input.select();
    });
    html! {
        <div class="px-code">
            <label class="px-field">{ &props.label }
                <textarea readonly=true rows="3" value={props.value.clone()} onfocus={select_all}
                    data-testid={props.testid.clone()} />
            </label>
            <button type="button" class="px-button" {onclick}>{ if *copied { "Copied" } else { "Copy" } }</button>
        </div>
    }
}

/// The dialog. Everything is computed when it opens, from the current state.
#[component]
pub fn SharePanel(props: &ShareProps) -> Html {
    let s = &*props.state;
    let shared = Shared {
        v: 1,
        left: s.left.clone(),
        right: s.right.clone(),
        options: s.options.clone(),
        lesson: s.lesson.clone(),
    };
    let fragment = permalink::encode(&shared);
    let link = format!("{}#{fragment}", props.page_url);
    let fits = link.len() <= MAX_LINK_CHARS;
    let config = serde_json::to_string_pretty(&shared).expect("statements serialize");
    let download = |name: &'static str, mime: &'static str, body: String| {
        props.on_download.reform(move |_: MouseEvent| (name.to_owned(), mime, body.clone()))
    };
    let json = s.latest_comparison().map(|c| serde_json::to_string_pretty(&*c.0).expect("result serializes"));
    html! {
        <div class="px-popover px-share" role="dialog" aria-label="Share or embed">
            if fits {
                <CodeBox label="Link to this comparison" value={link.clone()} testid="permalink" />
                <CodeBox label="Embed in a page (iframe that sizes itself)" value={iframe_code(&props.page_url, &fragment)} testid="iframe-code" />
            } else {
                <p class="px-notice" data-testid="too-long">
                    { format!("These statements are too long for a link ({} characters; links stay under {MAX_LINK_CHARS}). \
                               Download the comparison file below and publish it beside the widget.", link.len()) }
                </p>
            }
            <CodeBox label="Embed with a script (publish comparison.json beside your page)"
                value={script_code(&props.page_url, "comparison.json")} testid="script-code" />
            <div class="px-downloads">
                <button type="button" class="px-button" onclick={download("comparison.json", "application/json", config)}
                    data-testid="download-config">{ "Comparison file (.json)" }</button>
                <button type="button" class="px-button" onclick={props.on_report.reform(|_: MouseEvent| ())}
                    data-testid="download-report">{ "Report (.html)" }</button>
                if let Some(json) = json {
                    <button type="button" class="px-button" onclick={download("parallax-result.json", "application/json", json)}
                        data-testid="download-result">{ "Result data (.json)" }</button>
                }
            </div>
        </div>
    }
}
