//! The Yew UI: a thin layer that shows what the engine computes.
//!
//! [`App`] holds the one reducer ([`state::State`]); components under
//! [`components`] are small and pure. Effects here talk to the outside world
//! only: timers, scrolling, keys, files.

pub mod components;
pub mod examples;
pub mod files;
pub mod links;
pub mod nav;
pub mod rows;
pub mod state;
mod effects;

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{Comparison, Options, Side};
use components::editor::Editor;
use components::help::Help;
use components::legend::Legend;
use components::notices::Notices;
use components::options::OptionsPanel;
use components::panes::Panes;
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
}

/// Properties of [`App`].
#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The statements to open with; the bundled example when `None`.
    #[prop_or_default]
    pub initial: Option<Initial>,
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || match initial {
        Some(i) => State::with_statements(i.left, i.right, i.options),
        None => State::default(),
    });
    let dispatch = {
        let state = state.clone();
        use_memo((), move |_| Callback::from(move |a: Action| state.dispatch(a)))
    };
    let dispatch = (*dispatch).clone();
    let root = use_node_ref();
    let left_ref = use_node_ref();
    let right_ref = use_node_ref();

    effects::use_comparison(&state);
    effects::use_scroll_sync(&state, &left_ref, &right_ref);
    effects::use_scroll_to_focus(&state, &root);
    let on_files = effects::use_file_reader(&dispatch);
    let onkeydown = effects::key_handler(&dispatch, state.mode);

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
        Some(Popover::Options) => html! {
            <OptionsPanel options={s.options.clone()} granularity={s.granularity} dispatch={dispatch.clone()} />
        },
        None => html! {},
    };
    html! {
        <div class="px-root" ref={root} data-theme={theme} {onkeydown} data-testid="parallax">
            <Toolbar mode={s.mode} layout={s.layout} theme={s.theme} popover={s.popover} busy={s.busy}
                dispatch={dispatch.clone()} />
            { popover }
            <Notices {notices} dispatch={dispatch.clone()} />
            { body }
        </div>
    }
}

/// Mounts the widget into `element`, opening with `initial` (or the example).
#[cfg(target_arch = "wasm32")]
pub fn mount(element: web_sys::Element, initial: Option<Initial>) {
    yew::Renderer::<App>::with_root_and_props(element, AppProps { initial }).render();
}

/// Starts the standalone page: mounts into `#parallax` (or the body).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    let document = gloo::utils::document();
    let element = document
        .get_element_by_id("parallax")
        .unwrap_or_else(|| document.body().expect("a page body").into());
    mount(element, None);
}
