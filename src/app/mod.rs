//! The Yew UI: a thin layer that shows what the engine computes.
//!
//! [`App`] holds the one reducer ([`state::State`]); components under
//! [`components`] are small and pure. Effects here talk to the outside world
//! only: timers, scrolling, keys, files.

pub mod assets;
pub mod components;
pub mod embed_markup;
pub mod examples;
pub mod files;
pub mod lesson;
pub mod links;
pub mod nav;
pub mod permalink;
pub mod report;
pub mod rows;
pub mod share_codes;
pub mod state;
pub mod worker;
mod comparing;
mod effects;

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{Comparison, Options, Side};
use components::editor::Editor;
use components::help::Help;
use components::legend::Legend;
use components::notices::Notices;
use components::lesson_panel::LessonPanel;
use components::options::OptionsPanel;
use components::presenter::PresenterBar;
use components::progress::ProgressBar;
use components::reading_bar::ReadingBar;
use components::panes::Panes;
use components::share::SharePanel;
use components::summary::{labels, Summary};
use components::toolbar::Toolbar;
use state::{Action, Mode, Notice, Popover, State, Statement, Theme};

/// A comparison shared by components, compared by identity: props stay equal
/// (and components skip re-rendering) until a new comparison arrives.
#[derive(Clone, Debug)]
pub struct SharedComparison(pub Rc<Comparison>);

impl PartialEq for SharedComparison {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What the widget opens with: two statements and the options.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Initial {
    pub left: Statement,
    pub right: Statement,
    pub options: Options,
    pub lesson: lesson::Lesson,
    /// Their comparison, when it is already made (a pre-rendered page hands
    /// over the one it shows); otherwise the worker makes it.
    pub comparison: Option<SharedComparison>,
}

/// How an embedded widget presents itself.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedView {
    /// The full toolbar (Edit, Teach, Share…), when the embed's config asks
    /// for it; otherwise the reading view: statements, highlights, legend and
    /// summary, with a link to open the comparison in Parallax.
    pub controls: bool,
    /// The standalone Parallax page, for "Open in Parallax".
    pub page_url: AttrValue,
}

/// Properties of [`App`].
#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The statements to open with; the bundled example when `None`.
    #[prop_or_default]
    pub initial: Option<Initial>,
    /// The widget owns the page (the standalone page or an iframe embed):
    /// it may use the web worker beside the page and answer keys pressed
    /// anywhere on it. Off for script embeds inside someone else's page.
    #[prop_or_default]
    pub standalone: bool,
    /// A message to show on opening (e.g. why a shared link could not be read).
    #[prop_or_default]
    pub notice: Option<String>,
    /// Set when the widget is embedded in another page.
    #[prop_or_default]
    pub embed: Option<EmbedView>,
    /// Told once the widget has settled: `true` when it shows a comparison,
    /// `false` when it shows why it has none. A pre-rendered copy of the
    /// widget gives way to it then.
    #[prop_or_default]
    pub on_ready: Option<Callback<bool>>,
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let (initial, notice) = (props.initial.clone(), props.notice.clone());
    let state = use_reducer(move || {
        let mut state = initial.map(State::from_initial).unwrap_or_default();
        state.notices.extend(notice.map(|text| Notice { side: None, text, is_error: true }));
        state
    });
    let dispatch = {
        let state = state.clone();
        use_memo((), move |_| Callback::from(move |a: Action| state.dispatch(a)))
    };
    let dispatch = (*dispatch).clone();
    let root = use_node_ref();
    let left_ref = use_node_ref();
    let right_ref = use_node_ref();

    let on_cancel = comparing::use_comparison(&state);
    examples::use_example_loader(&state);
    let open_url = use_open_url(&state, props.embed.as_ref());
    use_ready(&state, props.embed.is_none() || open_url.is_some(), props.on_ready.clone());
    effects::use_scroll_sync(&state, &left_ref, &right_ref);
    effects::use_scroll_to_focus(&state, &root);
    let on_files = effects::use_file_reader(&dispatch);
    let onkeydown = effects::use_key_handler(&dispatch, state.mode, state.presenting.is_some());
    effects::use_presentation(&state, &root);
    effects::use_page_keys(props.standalone, &onkeydown);

    let s = &*state;
    let theme = match s.theme {
        Theme::Auto => None,
        Theme::Light => Some("light"),
        Theme::Dark => Some("dark"),
    };
    let mut notices = s.notices.clone();
    if s.identical() && s.mode == Mode::Read {
        notices.push(Notice { side: None, text: "The two statements are identical.".into(), is_error: false });
    }
    let body = match s.mode {
        Mode::Edit => html! {
            <div class="px-editors">
                <Editor side={Side::Left} statement={s.left.clone()} dispatch={dispatch.clone()} on_files={on_files.clone()} />
                <Editor side={Side::Right} statement={s.right.clone()} dispatch={dispatch.clone()} {on_files} />
            </div>
        },
        // An earlier result stays on screen (dimmed) while options change,
        // never once the texts have: it would show texts that are no longer these.
        Mode::Read => match s.latest_comparison().filter(|c| s.shows_texts(&c.0)) {
            Some(c) if !s.left.text.trim().is_empty() || !s.right.text.trim().is_empty() => {
                let comparison = c.clone();
                html! {
                    <>
                        <Legend granularity={s.granularity} />
                        <p class="px-hint">
                            { "Point at an underlined phrase to find it in the other statement, \
                               or at a sentence to see the one that matches it." }
                        </p>
                        <Panes comparison={comparison.clone()} state={state.clone()} dispatch={dispatch.clone()}
                            left_ref={left_ref.clone()} right_ref={right_ref.clone()} stale={s.comparison().is_none()} />
                        <Summary {comparison} labels={labels(s)} pinned={s.pinned} term={s.term.clone()}
                            dispatch={dispatch.clone()} />
                    </>
                }
            }
            _ if s.busy || s.loading_example.is_some() => html! {
                <p class="px-empty" role="status">{ "Comparing the statements…" }</p>
            },
            _ => html! {
                <p class="px-empty">{ "Paste or drop two statements to compare them: choose “Edit texts”." }</p>
            },
        },
    };
    let popover = match s.popover {
        Some(Popover::Help) => html! { <Help /> },
        Some(Popover::Share) => {
            let page_url = gloo::utils::window().location().href().unwrap_or_default();
            let page_url = page_url.split('#').next().unwrap_or_default().to_owned();
            let on_download = Callback::from(|(name, mime, body): (String, &'static str, String)| {
                effects::download(&name, mime, &body)
            });
            let on_report = {
                let (root, state, dispatch) = (root.clone(), state.clone(), dispatch.clone());
                Callback::from(move |_| {
                    let Some(root) = root.cast::<web_sys::Element>() else { return };
                    let title = report::title(&state.left.label, &state.right.label);
                    let dispatch = dispatch.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        match report::styles().await {
                            Ok(styles) => effects::download(
                                "parallax-report.html",
                                "text/html",
                                &effects::report_from_page(&root, &title, &styles),
                            ),
                            Err(text) => dispatch.emit(Action::Notify(Notice { side: None, text, is_error: true })),
                        }
                    });
                })
            };
            html! { <SharePanel state={state.clone()} {page_url} {on_download} {on_report} /> }
        }
        Some(Popover::Options) => html! {
            <OptionsPanel options={s.options.clone()} granularity={s.granularity} dispatch={dispatch.clone()} />
        },
        Some(Popover::Lesson) => {
            let on_print = {
                let dispatch = dispatch.clone();
                Callback::from(move |_| {
                    dispatch.emit(Action::SetLayout(state::Layout::AlignedRows));
                    dispatch.emit(Action::ClosePopover);
                    effects::print_soon();
                })
            };
            html! { <LessonPanel state={state.clone()} dispatch={dispatch.clone()} {on_print} /> }
        }
        None => html! {},
    };
    html! {
        <div class={classes!("px-root", s.presenting.map(|_| "px-presenting"), s.reveal.map(|r| r.class()))}
             ref={root} data-theme={theme} {onkeydown} tabindex="-1" data-testid="parallax">
            if let Some(step) = s.presenting {
                <PresenterBar {step} steps={s.latest_comparison().map_or(1, |c| rows::rows(&c.0).len())}
                    reveal={s.reveal} dispatch={dispatch.clone()} />
            } else if let Some(EmbedView { controls: false, .. }) = &props.embed {
                <ReadingBar open_url={open_url.flatten()} />
            } else {
                // A long comparison shows its bar below instead of the toolbar's spinner.
                <Toolbar mode={s.mode} layout={s.layout} theme={s.theme} popover={s.popover}
                    busy={s.busy && s.progress.is_none()} dispatch={dispatch.clone()} on_cancel={on_cancel.clone()} />
            }
            if let Some(done) = s.progress.filter(|_| s.busy) {
                <ProgressBar {done} {on_cancel} />
            }
            { popover }
            <Notices {notices} dispatch={dispatch.clone()} />
            { body }
        </div>
    }
}

/// Tells `on_ready` once the widget has settled, with or without a
/// comparison, and `links_ready`.
#[hook]
fn use_ready(state: &UseReducerHandle<State>, links_ready: bool, on_ready: Option<Callback<bool>>) {
    let told = use_mut_ref(|| false);
    let settled = match (state.latest_comparison(), state.busy || state.loading_example.is_some()) {
        _ if !links_ready => None,
        (Some(_), _) => Some(true),
        (None, false) => Some(false),
        (None, true) => None,
    };
    use_effect_with(settled, move |settled| {
        if let (Some(settled), Some(on_ready)) = (settled, on_ready) {
            if !std::mem::replace(&mut *told.borrow_mut(), true) {
                on_ready.emit(*settled);
            }
        }
    });
}

/// For an embed, its comparison as a link to the standalone page: `None`
/// until the link is made, `Some(None)` when the texts are too long for one.
#[hook]
fn use_open_url(state: &State, embed: Option<&EmbedView>) -> Option<Option<AttrValue>> {
    // Prose never compresses a hundredfold: longer texts are not even tried.
    let linkable = state.left.text.len() + state.right.text.len() <= 100 * permalink::MAX_LINK_CHARS;
    let fragment = permalink::use_encoded(embed.filter(|_| linkable).map(|_| permalink::Shared::of(state)));
    let embed = embed?;
    if !linkable {
        return Some(None);
    }
    let url = format!("{}#{}", embed.page_url, fragment?);
    Some((url.len() <= permalink::MAX_LINK_CHARS).then(|| url.into()))
}

impl From<permalink::Shared> for Initial {
    fn from(s: permalink::Shared) -> Self {
        Initial { left: s.left, right: s.right, options: s.options, lesson: s.lesson, comparison: None }
    }
}
