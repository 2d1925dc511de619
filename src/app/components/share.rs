//! The "Share / Embed" dialog: a permalink, an iframe embed code, a script
//! embed code, and downloads (report, data, config).

use yew::prelude::*;

use crate::app::embed_markup::use_embed_markup;
use crate::app::permalink::{self, Shared, MAX_LINK_CHARS};
use crate::app::share_codes::{iframe_code, script_code};
use crate::app::state::State;
use crate::app::Initial;

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
    let shared = Shared::of(s);
    // Made asynchronously (the browser compresses and renders); shown when ready.
    let fragment = permalink::use_encoded(Some(shared.clone()));
    let current = s.comparison().map(|c| Initial { comparison: Some(c.clone()), ..Initial::from(shared.clone()) });
    let markup = use_embed_markup(current, props.page_url.clone());
    let config = serde_json::to_string_pretty(&shared).expect("statements serialize");
    let download = |name: &'static str, mime: &'static str, body: String| {
        props.on_download.reform(move |_: MouseEvent| (name.to_owned(), mime, body.clone()))
    };
    let json = s.latest_comparison().map(|c| serde_json::to_string_pretty(&*c.0).expect("result serializes"));
    html! {
        <div class="px-popover px-share" role="dialog" aria-label="Share or embed">
            if let Some(fragment) = fragment {
                if props.page_url.len() + 1 + fragment.len() <= MAX_LINK_CHARS {
                    <CodeBox label="Link to this comparison" value={format!("{}#{fragment}", props.page_url)} testid="permalink" />
                    <CodeBox label="Embed in a page (iframe that sizes itself)" value={iframe_code(&props.page_url, &fragment)} testid="iframe-code" />
                } else {
                    <p class="px-notice" data-testid="too-long">
                        { format!("These statements are too long for a link ({} characters; links stay under {MAX_LINK_CHARS}). \
                                   Use the script embed below, or the comparison file.", props.page_url.len() + 1 + fragment.len()) }
                    </p>
                }
            } else {
                <p class="px-muted">{ "Preparing the link…" }</p>
            }
            if let Some(markup) = markup {
                <CodeBox label="Embed with a script (the comparison is in the code: it shows at once, even without JavaScript)"
                    value={script_code(&props.page_url, &markup, &config)} testid="script-code" />
            } else {
                <p class="px-muted">{ "Preparing the embed code…" }</p>
            }
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
