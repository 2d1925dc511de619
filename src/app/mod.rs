//! The Yew UI: a thin layer that shows what the engine computes.
//!
//! [`App`] holds the one reducer ([`state::State`]); components under
//! [`components`] are small and pure. Effects here talk to the outside world
//! only: timers, scrolling, keys, files.

pub mod components;
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
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let (initial, notice) = (props.initial.clone(), props.notice.clone());
    let state = use_reducer(move || {
        let mut state = match initial {
            Some(i) => State { lesson: i.lesson, ..State::with_statements(i.left, i.right, i.options) },
            None => State::default(),
        };
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

    let on_cancel = comparing::use_comparison(&state, props.standalone);
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
        Mode::Read => match s.latest_comparison() {
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
                let (root, state) = (root.clone(), state.clone());
                Callback::from(move |_| {
                    if let Some(root) = root.cast::<web_sys::Element>() {
                        let title = report::title(&state.left.label, &state.right.label);
                        effects::download("parallax-report.html", "text/html", &effects::report_from_page(&root, &title));
                    }
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
            } else {
                <Toolbar mode={s.mode} layout={s.layout} theme={s.theme} popover={s.popover} busy={s.busy}
                    dispatch={dispatch.clone()} {on_cancel} />
            }
            { popover }
            <Notices {notices} dispatch={dispatch.clone()} />
            { body }
        </div>
    }
}

/// Mounts the widget into `element`, opening with `initial` (or the example).
#[cfg(target_arch = "wasm32")]
pub fn mount(element: web_sys::Element, props: AppProps) {
    yew::Renderer::<App>::with_root_and_props(element, props).render();
}

/// Starts the standalone page: mounts into `#parallax-app`, opening the
/// comparison in the URL's permalink fragment if there is one. Pages
/// without it (script embeds) mount their widgets themselves.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    let Some(element) = gloo::utils::document().get_element_by_id("parallax-app") else { return };
    if crate::embed::is_iframe_embed() {
        if let Some(body) = gloo::utils::document().body() {
            let _ = body.class_list().add_1("px-embedded");
        }
        crate::embed::report_height_to_host();
    }
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    let (initial, notice) = match permalink::decode(&hash) {
        Ok(shared) => (shared.map(Initial::from), None),
        Err(e) => (None, Some(e.to_string())),
    };
    mount(element, AppProps { initial, standalone: true, notice });
}

impl From<permalink::Shared> for Initial {
    fn from(s: permalink::Shared) -> Self {
        Initial { left: s.left, right: s.right, options: s.options, lesson: s.lesson }
    }
}
