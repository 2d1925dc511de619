//! The Yew UI: a thin layer that shows what the engine computes.
//!
//! [`App`] holds the one reducer ([`state::State`]); components under
//! [`components`] are small functions of narrow props. Hooks under [`hooks`]
//! carry the state into the page where re-rendering would cost too much
//! (marks that follow the pointer, scrolling) and talk to the outside world.

pub mod assets;
pub mod components;
pub mod embed_markup;
pub mod examples;
pub mod export;
pub mod files;
pub mod highlights;
pub mod hooks;
pub mod json;
pub mod lesson;
pub mod links;
pub mod nav;
pub mod permalink;
pub mod reducer;
pub mod report;
pub mod rows;
pub mod share_codes;
pub mod shared_comparison;
pub mod state;
pub mod statement;
pub mod text_dom;
pub mod version_set;
pub mod versions;
pub mod versions_lesson;
pub mod view;
pub mod voices;
pub mod worker;
mod comparing;


use yew::prelude::*;

use crate::engine::{Options, Side};
use components::dialog::Dialog;
#[cfg(feature = "studio")]
use components::editor::Editor;
use components::help::Help;
use components::keeping::KeepingNotice;
use components::legend::Legend;
#[cfg(feature = "studio")]
use components::lesson_panel::{LessonPanel, VersionsLessonBar};
use components::notices::Notices;
use components::options::OptionsPanel;
use components::panes::{block_count, Panes};
#[cfg(feature = "studio")]
use components::presenter::PresenterBar;
use components::progress::ProgressBar;
use components::reading_bar::ReadingBar;
use components::restore::RestoreOffer;
#[cfg(feature = "studio")]
use components::share::SharePanel;
use components::story::Story;
use components::summary::Summary;
use components::toolbar::Toolbar;
#[cfg(feature = "studio")]
use components::version_editing::{AddVersion, VersionEditor};
#[cfg(feature = "studio")]
use components::versions_bar::VersionsBar;
use components::version_steps::LessonView;
#[cfg(feature = "studio")]
use components::versions_view::VersionsView;
// Without the studio, these parts of the widget stand in for themselves
// until the full widget has loaded and taken over (see boot::later).
#[cfg(not(feature = "studio"))]
use crate::boot::later::{AddVersion, Editor, LessonPanel, PresenterBar, SharePanel, VersionEditor, VersionsBar, VersionsLessonBar, VersionsView};
use hooks::focus::Focus;
use reducer::Action;
use shared_comparison::SharedComparison;
use state::{Notice, State};
use statement::Statement;
use text_dom::{Rendered, TextDom};
use view::{Layout, Mode, Popover, Theme};

/// What the widget opens with: two statements and the options.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Initial {
    /// The left statement.
    pub left: Statement,
    /// The right statement.
    pub right: Statement,
    /// How they are compared.
    pub options: Options,
    /// A teacher's notes and questions on them.
    pub lesson: lesson::Lesson,
    /// Their comparison, when it is already made (a pre-rendered page hands
    /// over the one it shows); otherwise the worker makes it.
    pub comparison: Option<SharedComparison>,
    /// The third to sixth statements, when there are more than two.
    pub more: Vec<Statement>,
    /// The collation of all the statements, when there are more than two and
    /// it is already made; otherwise the worker makes it.
    pub collation: Option<versions::SharedCollation>,
    /// How it opens (an example's layout and what it points out).
    pub opening: view::Opening,
    /// The bundled example these are, if they are one.
    pub example: Option<usize>,
    /// With more than two statements, the one read first in the versions view.
    pub reading: usize,
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
    /// Told once the widget has settled: `true` when it shows a comparison
    /// (every block of it), `false` when it shows why it has none. A
    /// pre-rendered copy of the widget gives way to it then.
    #[prop_or_default]
    pub on_ready: Option<Callback<bool>>,
    /// Applied on opening, after `initial`: how a widget handed over by the
    /// page's first module goes on as the reader left it (see boot::handover).
    #[prop_or_default]
    pub then: Vec<reducer::Action>,
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let (initial, notice, then) = (props.initial.clone(), props.notice.clone(), props.then.clone());
    let state = use_reducer(move || {
        let mut state = initial.map(State::from_initial).unwrap_or_default();
        state.notices.extend(notice.map(|text| Notice { side: None, text, is_error: true }));
        let state = then.into_iter().fold(std::rc::Rc::new(state), |state, action| yew::Reducible::reduce(state, action));
        std::rc::Rc::unwrap_or_clone(state)
    });
    // Taking the pre-rendered copy's place reads the state (see boot::use_keep).
    #[cfg(target_arch = "wasm32")]
    let () = crate::boot::use_keep(&state);
    // One callback for the widget's life, so props holding it stay equal.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| Callback::<Action>::from(dispatcher))).clone()
    };
    let root = use_node_ref();
    let left_ref = use_node_ref();
    let right_ref = use_node_ref();
    let dom = {
        let root = root.clone();
        use_mut_ref(move || TextDom::new(root))
    };

    let s = &*state;
    let reading = s.mode == Mode::Read;
    let overview = s.versions.active() && s.versions.overview;
    // An earlier result stays on screen (dimmed) while options change,
    // never once the texts have: it would show texts that are no longer these.
    // Behind the versions view the pair is not shown (nor rendered ahead:
    // opened later, it fills in block by block from the top).
    let shown = s.latest_comparison().filter(|c| reading && !overview && s.has_text() && s.shows_texts(c)).cloned();
    let total = shown.as_ref().map_or(0, |c| block_count(c, s.layout));
    let (blocks, finish_blocks) = hooks::progressive::use_progressive_blocks(shown.clone(), s.layout, total);
    let rendered = shown.clone().map(|comparison| Rendered { comparison, layout: s.layout, blocks });
    hooks::progressive::use_prepared(shown.clone());

    let comparing::WorkerCallbacks { cancel: on_cancel, import } = comparing::use_comparison(&state);
    hooks::example_loader::use_example_loader(s.loading_example, &dispatch);
    let open_url = use_open_url(s, props.embed.as_ref());
    let filled = blocks >= total;
    use_ready(s, filled && (props.embed.is_none() || open_url.is_some()), props.on_ready.clone());
    hooks::focus::use_focus_marks(&dom, rendered.clone(), &s.lesson.notes, Focus::of(s));
    let side_by_side = s.layout == Layout::SideBySide && shown.is_some();
    hooks::scroll::use_scroll_sync(&dom, &left_ref, &right_ref, side_by_side && s.sync_scroll, shown.clone());
    let on_files = hooks::file_drop::use_file_reader(&dispatch, &import);
    // A reading embed shows statements; everything else can change them.
    let editable = !matches!(props.embed, Some(EmbedView { controls: false, .. }));
    hooks::session::use_saved_session(s, props.standalone && props.embed.is_none(), &dispatch);
    let onkeydown = hooks::keys::use_key_handler(&dispatch, s.mode, s.presenting.is_some());
    hooks::presentation::use_presentation(s.presenting, s.reveal, &dispatch, &root, &dom);
    hooks::keys::use_page_keys(props.standalone, &onkeydown);

    let theme = match s.theme {
        Theme::Auto => None,
        Theme::Light => Some("light"),
        Theme::Dark => Some("dark"),
    };
    let mut notices = s.notices.clone();
    if s.identical() && reading && !overview {
        notices.push(Notice { side: None, text: "The two statements are identical.".into(), is_error: false });
    }
    let statements = [s.left.clone(), s.right.clone()];
    let names = [Side::Left, Side::Right].map(|side| AttrValue::from(statements[side as usize].name(side).into_owned()));
    // The same callbacks for the widget's life, so the versions view does not
    // re-render on every change elsewhere.
    let on_version = {
        let dispatch = dispatch.clone();
        use_memo((), move |_| {
            let open: Callback<(usize, usize)> = dispatch.reform(|(i, j)| Action::OpenPair(i, j));
            let every: Callback<()> = dispatch.reform(|_| Action::ShowEveryVersion);
            (dispatch.reform(Action::ReadVersion), dispatch.reform(Action::OrderPhrases), open, every)
        })
    };
    // While the teacher prepares a lesson on the versions, its fields are in the view.
    let teaching = s.popover == Some(Popover::Lesson) && s.presenting.is_none();
    // The lesson's steps, made once per collation (this renders on every hover).
    let version_steps = use_memo(overview.then(|| s.versions.collation(&s.options).cloned()).flatten(), |c| {
        c.as_ref().map_or_else(Vec::new, |c| versions_lesson::steps(c))
    });
    let version_names: Vec<AttrValue> =
        s.versions.all.iter().enumerate().map(|(i, st)| AttrValue::from(st.version_name(i).into_owned())).collect();
    let body = match (s.mode, &shown) {
        (Mode::Edit, _) => html! {
            <>
                <div class="px-editors">
                    <Editor side={Side::Left} statement={s.left.clone()} dispatch={dispatch.clone()} on_files={on_files.clone()} />
                    <Editor side={Side::Right} statement={s.right.clone()} dispatch={dispatch.clone()} on_files={on_files.clone()} />
                </div>
                // With more than two statements, the others below the pair.
                { for s.versions.all.iter().enumerate().filter(|(i, _)| !s.versions.pair.contains(i)).map(|(index, st)| html! {
                    <VersionEditor {index} statement={st.clone()} dispatch={dispatch.clone()} on_files={on_files.clone()} />
                }) }
                <AddVersion count={s.versions.count()} dispatch={dispatch.clone()} on_files={on_files.clone()} />
            </>
        },
        (Mode::Read, _) if overview => match s.versions.collation(&s.options) {
            Some(collation) => {
                let lesson = LessonView { lesson: s.lesson.versions.clone(), edit: teaching.then(|| dispatch.clone()) };
                let step = s.presenting.and_then(|i| version_steps.get(i).copied());
                html! {
                    <VersionsView collation={collation.clone()} names={version_names.clone()}
                        selected={(!s.versions.every).then_some(s.versions.reading)} order={s.versions.order}
                        on_select={on_version.0.clone()} on_order={on_version.1.clone()} on_open_pair={Some(on_version.2.clone())}
                        on_every={Some(on_version.3.clone())} rows={s.layout == Layout::AlignedRows} {lesson}
                        cursor={s.versions.cursor} {step} />
                }
            }
            None => html! { <p class="px-empty" role="status">{ "Comparing the versions…" }</p> },
        },
        (Mode::Read, Some(comparison)) => html! {
            <>
                if s.presenting.is_some() {
                    // The summary is hidden while presenting; its story is a click away.
                    <details class="px-story-details" data-testid="story-details">
                        <summary>{ "The comparison in plain words" }</summary>
                        <Story comparison={comparison.clone()} labels={names.clone()} dispatch={dispatch.clone()} />
                    </details>
                }
                <Legend granularity={s.granularity} speakers={voices::has_speakers(comparison)} />
                <p class="px-hint">
                    { "Point at an underlined phrase to find it in the other statement, \
                       or at a sentence to see the one that matches it." }
                </p>
            </>
        },
        (Mode::Read, None) if s.busy || s.loading_example.is_some() => html! {
            <p class="px-empty" role="status">{ "Comparing the statements…" }</p>
        },
        (Mode::Read, None) => html! {
            <p class="px-empty">{ "Paste or drop two statements to compare them: choose “Edit texts”." }</p>
        },
    };
    // The panes (and the summary under them) follow the body in a place of
    // their own, so panes left for the versions view or the editor stay the
    // same panes, hidden, while their blocks are taken out.
    let draining = hooks::progressive::use_draining(shown.clone(), s.layout, blocks);
    let panes = match (&shown, draining) {
        (Some(comparison), _) => Some((comparison.clone(), s.layout, blocks, false)),
        (None, Some((comparison, layout, left))) => Some((comparison, layout, left, true)),
        (None, None) => None,
    };
    let panes = panes.map(|(comparison, layout, blocks, hidden)| {
        html! {
            <Panes comparison={comparison} {layout} granularity={s.granularity} statements={statements.clone()}
                lesson={s.lesson.clone()} presenting={s.presenting} {blocks} {hidden} stale={s.comparison().is_none()}
                left_ref={left_ref.clone()} right_ref={right_ref.clone()} dispatch={dispatch.clone()}
                on_files={editable.then(|| on_files.clone())} />
        }
    });
    // On a long pair, the summary a task after the panes' first blocks.
    let summary_now = filled || blocks > hooks::progressive::FIRST_BLOCKS;
    let summary = shown.as_ref().filter(|_| summary_now).map(|comparison| {
        html! {
            <Summary comparison={comparison.clone()} labels={names.clone()} pinned={s.pinned} term={s.term.clone()}
                dispatch={dispatch.clone()} />
        }
    });
    // Printing and saving the report take what the page shows, with no panel
    // open (the lesson's fields become its text), once every block is in the
    // page (rendering all of them at once when asked); both carry the
    // lesson's questions and notes. Two statements print in aligned rows,
    // each question under its pair; several versions print and save every
    // version in turn, with the lesson. The callbacks stay the same across
    // renders, so the panels holding them do not re-render on a hover.
    #[cfg(feature = "studio")]
    let report_title = match overview {
        true => report::versions_title(&version_names.iter().map(AttrValue::as_str).collect::<Vec<_>>()),
        false => report::title(&names[0], &names[1]),
    };
    #[cfg(feature = "studio")]
    let on_handout = use_callback((root.clone(), report_title, finish_blocks.clone(), dispatch.clone(), overview), |then: export::Then, deps| {
        let (root, title, finish, dispatch, overview) = deps.clone();
        match (overview, then) {
            (true, _) => dispatch.emit(Action::ShowEveryVersion),
            (false, export::Then::Print) => dispatch.emit(Action::SetLayout(Layout::AlignedRows)),
            (false, export::Then::Report) => {}
        }
        dispatch.emit(Action::ClosePopover);
        finish.emit(());
        let Some(root) = root.cast::<web_sys::Element>() else { return };
        match then {
            export::Then::Print => export::when_filled_in(root, || {
                let _ = gloo::utils::window().print();
            }),
            export::Then::Report => wasm_bindgen_futures::spawn_local(async move {
                match report::styles().await {
                    Ok(styles) => export::when_filled_in(root.clone(), move || {
                        let report = export::report_from_page(&root, &title, &styles, overview);
                        export::download("parallax-report.html", "text/html", &report);
                    }),
                    Err(text) => dispatch.emit(Action::Notify(Notice { side: None, text, is_error: true })),
                }
            }),
        }
    });
    #[cfg(feature = "studio")]
    let (on_print, on_report) = (*use_memo(on_handout, |h| (h.reform(|_| export::Then::Print), h.reform(|_| export::Then::Report)))).clone();
    // Saving the report and printing a lesson belong to the full widget.
    #[cfg(not(feature = "studio"))]
    let (on_print, on_report, _) = (Callback::noop(), Callback::noop(), finish_blocks);
    // The comparison file of everything on screen, made when asked for.
    let on_download_file = {
        let state = state.clone();
        Callback::from(move |_| {
            let file = json::to_string(&permalink::Shared::of(&state));
            export::download("comparison.json", "application/json", &file);
        })
    };
    // The versions' lesson is a bar in the view, not a dialog.
    let lesson_bar = (s.popover == Some(Popover::Lesson) && overview).then(|| {
        let collation = s.versions.collation(&s.options);
        let steps = collation.map_or_else(Vec::new, |c| {
            version_steps.iter().map(|&step| (step, AttrValue::from(step.title(&version_names, c)))).collect()
        });
        html! { <VersionsLessonBar lesson={s.lesson.clone()} {steps} dispatch={dispatch.clone()} on_print={on_print.clone()} /> }
    });
    let content = match s.popover {
        Some(Popover::Help) => Some(("px-help", "Keyboard shortcuts", html! { <Help /> })),
        Some(Popover::Share) => {
            // With more than two statements: all of them, in the reader's order.
            let shared = permalink::Shared::of(s);
            let panel = html! {
                <SharePanel left={shared.left} right={shared.right} more={shared.more} reading={shared.reading} options={s.options.clone()}
                    lesson={s.lesson.clone()} comparison={s.comparison().cloned()}
                    collation={s.versions.collation(&s.options).cloned()} page_url={page_url()} {on_report} />
            };
            Some(("px-share", "Share or embed", panel))
        }
        Some(Popover::Options) => Some(("px-options", "Options", html! {
            <OptionsPanel options={s.options.clone()} granularity={s.granularity} sync_scroll={s.sync_scroll}
                versions={overview} dispatch={dispatch.clone()} />
        })),
        Some(Popover::Lesson) if overview => None,
        Some(Popover::Lesson) => Some(("px-lesson", "Lesson", html! {
            <LessonPanel comparison={s.latest_comparison().filter(|c| s.shows_texts(c)).cloned()} lesson={s.lesson.clone()} pinned={s.pinned}
                dispatch={dispatch.clone()} {on_print} />
        })),
        Some(Popover::More) | None => None,
    };
    // Each its own dialog (keyed: one closing and another opening moves the focus).
    let popover = content.map(|(class, label, panel)| {
        html! {
            <Dialog key={class} class={class} {label} on_close={dispatch.reform(|_| Action::ClosePopover)}>{ panel }</Dialog>
        }
    }).or(lesson_bar);
    html! {
        <div class={classes!("px-root", s.presenting.map(|_| "px-presenting"), s.reveal.map(|r| r.class()))}
             ref={root} data-theme={theme} {onkeydown} tabindex="-1" data-testid="parallax">
            if let Some(step) = s.presenting {
                if overview {
                    <PresenterBar {step} steps={version_steps.len().max(1)} reveal={s.reveal} versions=true
                        title={version_steps.get(step).zip(s.versions.collation(&s.options))
                            .map(|(st, c)| AttrValue::from(st.title(&version_names, c)))}
                        dispatch={dispatch.clone()} />
                } else {
                    <PresenterBar {step} steps={s.latest_comparison().map_or(1, |c| c.rows().len())}
                        reveal={s.reveal} dispatch={dispatch.clone()} />
                }
            } else if let Some(EmbedView { controls: false, .. }) = &props.embed {
                <ReadingBar open_url={open_url.flatten()} />
            } else {
                // A long comparison shows its bar below instead of the toolbar's spinner.
                <Toolbar mode={s.mode} layout={s.layout} theme={s.theme} popover={s.popover} example={s.example}
                    versions={overview && reading}
                    busy={s.busy && s.progress.is_none()} dispatch={dispatch.clone()} on_cancel={on_cancel.clone()} />
            }
            if let Some(done) = s.progress.filter(|_| s.busy) {
                <ProgressBar {done} {on_cancel} />
            }
            // One child either way (an unkeyed list is matched from its end).
            <>{ for popover }</>
            if let Some(saved) = s.restorable.clone() {
                <RestoreOffer {saved} dispatch={dispatch.clone()} />
            }
            if let Some(keeping) = s.keeping.clone() {
                <KeepingNotice {keeping} on_download={on_download_file} />
            }
            <Notices {notices} dispatch={dispatch.clone()} />
            if s.versions.active() && reading && s.presenting.is_none() {
                <VersionsBar names={version_names} pair={s.versions.pair} overview={s.versions.overview} dispatch={dispatch.clone()} />
            }
            { body }
            { panes.unwrap_or_default() }
            { summary.unwrap_or_default() }
        </div>
    }
}

/// The page's address without its fragment, for links and embed codes.
fn page_url() -> AttrValue {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    AttrValue::from(href.split('#').next().unwrap_or_default().to_owned())
}

/// Tells `on_ready` once the widget has settled, with or without a
/// comparison, and `ready` (every block shown; an embed's link made).
#[hook]
fn use_ready(state: &State, ready: bool, on_ready: Option<Callback<bool>>) {
    let told = use_mut_ref(|| false);
    // The versions view has settled once its collation is in.
    let (shows, busy) = match state.versions.active() && state.versions.overview {
        true => (state.versions.collation(&state.options).is_some(), true),
        false => (state.latest_comparison().is_some(), state.busy),
    };
    let settled = match (shows, busy || state.loading_example.is_some()) {
        _ if !ready => None,
        (true, _) => Some(true),
        (false, false) => Some(false),
        (false, true) => None,
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
        let (left, right, more, options, lesson, reading) = (s.left, s.right, s.more, s.options, s.lesson, s.reading);
        Initial { left, right, more, options, lesson, reading, ..Initial::default() }
    }
}
