//! The row of controls above the statements.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::examples::EXAMPLES;
use crate::app::hooks::dialog_focus::focusables;
use crate::app::nav::StopKind;
use crate::app::reducer::Action;
use crate::app::view::{Layout, Mode, Popover, Theme};

/// Properties of [`Toolbar`].
#[derive(Properties, PartialEq, Clone)]
pub struct ToolbarProps {
    /// Reading or editing.
    pub mode: Mode,
    /// The current layout.
    pub layout: Layout,
    /// The current theme.
    pub theme: Theme,
    /// The open popover, whose button shows pressed.
    pub popover: Option<Popover>,
    /// A comparison is running: show it, with Cancel.
    pub busy: bool,
    /// The example on screen, or `None` for the reader's own texts.
    pub example: Option<usize>,
    /// The versions view is shown: the controls act on the version read,
    /// and Swap, which has no sides to exchange there, is not offered.
    #[prop_or_default]
    pub versions: bool,
    /// Where clicks go.
    pub dispatch: Callback<Action>,
    /// Stops a running comparison.
    pub on_cancel: Callback<()>,
}

/// Mode, example, swap, layout, navigation, options, theme and help. On a
/// phone all after Swap fold into a "More" menu (style/controls.css), so
/// every control is one tap away and the row never scrolls sideways. The
/// menu follows its button in the focus order, takes the focus when it
/// opens, and closes on Esc (the focus back on its button) or when the
/// focus leaves it.
#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let d = &props.dispatch;
    let act = |a: Action| d.reform(move |_: MouseEvent| a.clone());
    let on_example = d.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::LoadExample(select.value().parse().unwrap_or(0))
    });
    let (next_mode, mode_label) = match props.mode {
        Mode::Read => (Mode::Edit, "Edit texts"),
        Mode::Edit => (Mode::Read, "Compare"),
    };
    let (next_layout, layout_label) = match (props.layout, props.versions) {
        (Layout::SideBySide, _) => (Layout::AlignedRows, "Aligned rows"),
        (Layout::AlignedRows, false) => (Layout::SideBySide, "Side by side"),
        (Layout::AlignedRows, true) => (Layout::SideBySide, "Running text"),
    };
    let (next_theme, theme_icon, theme_name) = match props.theme {
        Theme::Auto => (Theme::Dark, "◐", "Auto"),
        Theme::Dark => (Theme::Light, "●", "Dark"),
        Theme::Light => (Theme::Auto, "○", "Light"),
    };
    let reading = props.mode == Mode::Read;
    let nav = |kind: StopKind, forward: bool, key: &'static str, testid: &'static str| {
        let what = match (kind, props.versions) {
            (StopKind::Difference, false) => "difference",
            (StopKind::Phrase, false) => "shared phrase",
            (StopKind::Difference, true) => "place only this version has",
            (StopKind::Phrase, true) => "place another version shares",
        };
        let (arrow, dir) = if forward { ("▶", "Next") } else { ("◀", "Previous") };
        let title = format!("{dir} {what} ({key})");
        html! {
            <button type="button" class="px-button px-nav" disabled={!reading}
                onclick={act(Action::Step(kind, forward))} aria-keyshortcuts={key}
                aria-label={title.clone()} {title} data-testid={testid}>{ arrow }</button>
        }
    };
    let pressed = |p: Popover| (props.popover == Some(p)).to_string();
    // A control chosen in the More menu closes it (one that opens a dialog
    // replaces it with the dialog already), so the menu never covers the text.
    let more_open = props.popover == Some(Popover::More);
    let (menu, more_button) = (use_node_ref(), use_node_ref());
    {
        let menu = menu.clone();
        use_effect_with(more_open, move |&open| {
            let first = menu.cast::<web_sys::Element>().filter(|_| open).and_then(|m| focusables(&m).into_iter().next());
            if let Some(first) = first {
                let _ = first.focus();
            }
        });
    }
    let on_menu_key = {
        let (d, more_button) = (d.clone(), more_button.clone());
        Callback::from(move |e: KeyboardEvent| {
            if more_open && e.key() == "Escape" {
                e.stop_propagation();
                d.emit(Action::CloseMenu);
                if let Some(button) = more_button.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        })
    };
    // Focus gone elsewhere (Tab past the last item, a click outside): the
    // menu closes. (To its button, the button's click closes it.)
    let on_menu_blur = {
        let (d, menu, more_button) = (d.clone(), menu.clone(), more_button.clone());
        Callback::from(move |e: FocusEvent| {
            let to = e.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            let within = |r: &NodeRef| r.cast::<web_sys::Element>().is_some_and(|m| to.as_ref().is_some_and(|t| m.contains(Some(t))));
            if more_open && !within(&menu) && !within(&more_button) {
                d.emit(Action::CloseMenu);
            }
        })
    };
    let close_more = {
        let d = d.clone();
        Callback::from(move |e: MouseEvent| {
            let target = e.target_dyn_into::<web_sys::Element>();
            let chosen = target.and_then(|t| t.closest("button:not([aria-haspopup])").ok().flatten()).is_some();
            if more_open && chosen {
                d.emit(Action::ClosePopover);
            }
        })
    };
    html! {
        <div class="px-toolbar" role="toolbar" aria-label="Parallax controls">
            <button type="button" class="px-button px-primary" onclick={act(Action::SetMode(next_mode))}
                data-testid="mode">{ mode_label }</button>
            <label class="px-field">
                <span class="px-visually-hidden">{ "Example" }</span>
                <select onchange={on_example} aria-label="Load an example">
                    if props.example.is_none() {
                        <option value="" selected=true disabled=true>{ "Your texts" }</option>
                    }
                    { for EXAMPLES.iter().enumerate().map(|(i, e)| html! {
                        <option value={i.to_string()} selected={props.example == Some(i)}>{ e.name }</option>
                    }) }
                </select>
            </label>
            if !props.versions {
                <button type="button" class="px-button" onclick={act(Action::Swap)} title="Swap sides"
                    aria-label="Swap sides" data-testid="swap">{ "⇄" }<span class="px-wide-only">{ " Swap" }</span></button>
            }
            // Before its menu, so Tab reaches the menu's items right after it (phones only show it).
            <button type="button" class="px-button px-more-button" aria-controls="px-more" ref={more_button}
                aria-expanded={pressed(Popover::More)} onclick={act(Action::Toggle(Popover::More))}
                data-testid="more">{ "More" }<span aria-hidden="true">{ " ▾" }</span></button>
            <div id="px-more" class={classes!("px-more", more_open.then_some("px-more-open"))} onclick={close_more}
                ref={menu} onkeydown={on_menu_key} onfocusout={on_menu_blur}>
                <button type="button" class="px-button" onclick={act(Action::SetLayout(next_layout))}
                    data-testid="layout">{ layout_label }</button>
                <span class="px-group" role="group" aria-label="Differences">
                    <span class="px-group-label" aria-hidden="true">{ "Differences" }</span>
                    { nav(StopKind::Difference, false, "p", "prev-diff") }
                    { nav(StopKind::Difference, true, "n", "next-diff") }
                </span>
                <span class="px-group" role="group" aria-label="Shared phrases">
                    <span class="px-group-label" aria-hidden="true">{ "Shared" }</span>
                    { nav(StopKind::Phrase, false, "k", "prev-phrase") }
                    { nav(StopKind::Phrase, true, "j", "next-phrase") }
                </span>
                <span class="px-spacer"></span>
                <button type="button" class="px-button px-late" aria-haspopup="dialog" aria-expanded={pressed(Popover::Options)}
                    onclick={act(Action::Toggle(Popover::Options))} data-testid="options">{ "Options" }</button>
                <button type="button" class="px-button px-late" aria-haspopup="dialog" aria-expanded={pressed(Popover::Lesson)}
                    onclick={act(Action::Toggle(Popover::Lesson))} data-testid="lesson">{ "Teach" }</button>
                <button type="button" class="px-button px-late" aria-haspopup="dialog" aria-expanded={pressed(Popover::Share)}
                    onclick={act(Action::Toggle(Popover::Share))} data-testid="share">{ "Share / Embed" }</button>
                <button type="button" class="px-button px-late" onclick={act(Action::SetTheme(next_theme))}
                    title="Colour theme" aria-label={format!("Colour theme: {theme_name}")}
                    data-testid="theme">{ format!("{theme_icon} {theme_name}") }</button>
                <button type="button" class="px-button px-late" aria-haspopup="dialog" aria-expanded={pressed(Popover::Help)}
                    onclick={act(Action::Toggle(Popover::Help))} aria-keyshortcuts="?" title="Keyboard shortcuts (?)"
                    data-testid="help">{ "?" }</button>
            </div>
            if props.busy {
                <span class="px-busy" role="status" data-testid="busy">{ "Comparing…" }</span>
                <button type="button" class="px-button px-busy-cancel" onclick={props.on_cancel.reform(|_: MouseEvent| ())}
                    data-testid="cancel">{ "Cancel" }</button>
            }
        </div>
    }
}
