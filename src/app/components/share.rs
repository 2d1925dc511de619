//! The "Share / Embed" dialog: a permalink, an iframe embed code, a script
//! embed code, and downloads (report, data, config).

use yew::prelude::*;

use crate::app::embed_markup::use_embed_markup;
use crate::app::export::download;
use crate::app::lesson::Lesson;
use crate::app::permalink::{self, Shared, MAX_LINK_CHARS};
use crate::app::share_codes::{iframe_code, script_code};
use crate::app::shared_comparison::SharedComparison;
use crate::app::statement::Statement;
use crate::app::versions::SharedCollation;
use crate::app::Initial;
use crate::engine::input::limits::thousands;
use crate::engine::Options;

/// Properties of [`SharePanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct ShareProps {
    /// The left statement.
    pub left: Statement,
    /// The right statement.
    pub right: Statement,
    /// How they are compared.
    pub options: Options,
    /// The teacher's notes and questions, which travel with the link.
    pub lesson: Lesson,
    /// The comparison of these statements and options, once made: for the
    /// script embed's pre-rendered copy and the result data download.
    pub comparison: Option<SharedComparison>,
    /// The third to sixth statements, when there are more than two.
    #[prop_or_default]
    pub more: Vec<Statement>,
    /// Their collation, once made (with more than two statements): for the
    /// script embed's pre-rendered copy and the result data download.
    #[prop_or_default]
    pub collation: Option<SharedCollation>,
    /// With more than two statements, the version read, which the link opens on.
    #[prop_or_default]
    pub reading: usize,
    /// The page's address without its fragment, e.g. `https://host/parallax/`.
    pub page_url: AttrValue,
    /// Saves the self-contained HTML report of what is on screen.
    pub on_report: Callback<()>,
}

/// Longest code shown in its box: a box of megabytes holds the page for a
/// second or more while the browser lays it out, so a longer code (a script
/// embed of long statements) is copied or saved whole, not shown.
const SHOWN_CODE_CHARS: usize = 100_000;

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
    let copy = html! { <button type="button" class="px-button" {onclick}>{ if *copied { "Copied" } else { "Copy" } }</button> };
    if props.value.len() > SHOWN_CODE_CHARS {
        let save = {
            let value = props.value.clone();
            Callback::from(move |_: MouseEvent| download("parallax-embed.html", "text/html", &value))
        };
        return html! {
            <div class="px-code">
                <p class="px-field" data-testid={props.testid.clone()}>{ &props.label }<br />
                    <span class="px-muted">{ format!("{:.1} MB: too long to show here; copy it or save it as a file, whole.", props.value.len() as f64 / 1e6) }</span>
                </p>
                { copy }
                <button type="button" class="px-button" onclick={save}>{ "Save as a file" }</button>
            </div>
        };
    }
    html! {
        <div class="px-code">
            <label class="px-field">{ &props.label }
                <textarea readonly=true rows="3" value={props.value.clone()} onfocus={select_all}
                    data-testid={props.testid.clone()} />
            </label>
            { copy }
        </div>
    }
}

/// Saves the engine's result (a comparison or a collation) as JSON, made
/// when asked for.
fn result_download<T: serde::Serialize>(result: impl std::ops::Deref<Target = T> + 'static) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        download("parallax-result.json", "application/json", &serde_json::to_string_pretty(&*result).expect("result serializes"));
    })
}

/// The dialog. The link, the embed code and the comparison file are made
/// once for the statements (not on every hover, which does not re-render
/// this); the downloads are made when asked for.
#[component]
pub fn SharePanel(props: &ShareProps) -> Html {
    let shared = Shared {
        more: props.more.clone(),
        reading: props.reading,
        ..Shared::pair(props.left.clone(), props.right.clone(), props.options.clone(), props.lesson.clone())
    };
    // Made asynchronously (the browser compresses and renders); shown when ready.
    let fragment = permalink::use_encoded(Some(shared.clone()));
    let current = match &props.collation {
        Some(c) if !props.more.is_empty() => Some(Initial { collation: Some(c.clone()), ..Initial::from(shared.clone()) }),
        _ => props.comparison.clone().map(|c| Initial { comparison: Some(c), ..Initial::from(shared.clone()) }),
    };
    let markup = use_embed_markup(current, props.page_url.clone());
    // The comparison itself travels with the embed codes, so an embed need not compare again.
    let (result, result_fragment) = crate::boot::carried::use_carried(props.comparison.clone().filter(|_| props.more.is_empty()));
    let config = use_memo(shared, |shared| serde_json::to_string_pretty(shared).expect("statements serialize"));
    let download_config = {
        let config = config.clone();
        Callback::from(move |_: MouseEvent| download("comparison.json", "application/json", &config))
    };
    let download_result = match &props.collation {
        Some(c) if !props.more.is_empty() => Some(result_download(c.clone())),
        _ => props.comparison.clone().map(result_download),
    };
    html! {
        <>
            if let Some(fragment) = fragment {
                if props.page_url.len() + 1 + fragment.len() <= MAX_LINK_CHARS {
                    <CodeBox label="Link to this comparison" value={format!("{}#{fragment}", props.page_url)} testid="permalink" />
                    <CodeBox label="Embed in a page (iframe that sizes itself)" value={iframe_code(&props.page_url, &format!("{fragment}{}", result_fragment.unwrap_or_default()))} testid="iframe-code" />
                } else {
                    <p class="px-notice" data-testid="too-long">
                        { format!("These statements are too long for a link ({} characters; links stay under {}). \
                                   Use the script embed below, or the comparison file.",
                                   thousands(props.page_url.len() + 1 + fragment.len()), thousands(MAX_LINK_CHARS)) }
                    </p>
                }
            } else {
                <p class="px-muted">{ "Preparing the link…" }</p>
            }
            if let Some(markup) = markup {
                <CodeBox label="Embed with a script (the comparison is in the code: it shows at once, even without JavaScript)"
                    value={script_code(&props.page_url, &markup, &config, result.as_deref())} testid="script-code" />
            } else {
                <p class="px-muted">{ "Preparing the embed code…" }</p>
            }
            <div class="px-downloads">
                <button type="button" class="px-button" onclick={download_config}
                    data-testid="download-config">{ "Comparison file (.json)" }</button>
                <button type="button" class="px-button" onclick={props.on_report.reform(|_: MouseEvent| ())}
                    data-testid="download-report">{ "Report (.html)" }</button>
                if let Some(onclick) = download_result {
                    <button type="button" class="px-button" {onclick}
                        data-testid="download-result">{ "Result data (.json)" }</button>
                }
            </div>
        </>
    }
}
