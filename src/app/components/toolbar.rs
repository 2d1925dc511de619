//! The row of controls above the statements.

use yew::prelude::*;

use crate::app::examples::EXAMPLES;
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
    /// The example on screen, which the picker shows chosen.
    #[prop_or_default]
    pub example: Option<usize>,
    /// A comparison is running: show it, with Cancel.
    pub busy: bool,
    /// Where clicks go.
    pub dispatch: Callback<Action>,
    /// Stops a running comparison.
    pub on_cancel: Callback<()>,
}

/// Mode, example, swap, layout, navigation, options, theme and help.
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
    let (next_layout, layout_label) = match props.layout {
        Layout::SideBySide => (Layout::AlignedRows, "Aligned rows"),
        Layout::AlignedRows => (Layout::SideBySide, "Side by side"),
    };
    let (next_theme, theme_icon, theme_name) = match props.theme {
        Theme::Auto => (Theme::Dark, "◐", "Auto"),
        Theme::Dark => (Theme::Light, "●", "Dark"),
        Theme::Light => (Theme::Auto, "○", "Light"),
    };
    let reading = props.mode == Mode::Read;
    let nav = |kind: StopKind, forward: bool, what: &'static str, key: &'static str, testid: &'static str| {
        let (arrow, dir) = if forward { ("▶", "Next") } else { ("◀", "Previous") };
        let title = format!("{dir} {what} ({key})");
        html! {
            <button type="button" class="px-button px-nav" disabled={!reading}
                onclick={act(Action::Step(kind, forward))} aria-keyshortcuts={key}
                aria-label={title.clone()} {title} data-testid={testid}>{ arrow }</button>
        }
    };
    let pressed = |p: Popover| (props.popover == Some(p)).to_string();
    html! {
        <div class="px-toolbar" role="toolbar" aria-label="Parallax controls">
            <button type="button" class="px-button px-primary" onclick={act(Action::SetMode(next_mode))}
                data-testid="mode">{ mode_label }</button>
            <label class="px-field">
                <span class="px-visually-hidden">{ "Example" }</span>
                <select onchange={on_example} aria-label="Load an example">
                    // Chosen by `selected`, not left to the browser: Yew inserts the
                    // options last first, and a select takes the first one inserted.
                    <option value="" disabled=true selected={props.example.is_none()}>{ "Examples…" }</option>
                    { for EXAMPLES.iter().enumerate().map(|(i, e)| html! {
                        <option value={i.to_string()} selected={props.example == Some(i)}>{ e.name }</option>
                    }) }
                </select>
            </label>
            <button type="button" class="px-button" onclick={act(Action::Swap)} title="Swap sides"
                data-testid="swap">{ "⇄ Swap" }</button>
            <button type="button" class="px-button" onclick={act(Action::SetLayout(next_layout))}
                data-testid="layout">{ layout_label }</button>
            <span class="px-group" role="group" aria-label="Differences">
                <span class="px-group-label" aria-hidden="true">{ "Differences" }</span>
                { nav(StopKind::Difference, false, "difference", "p", "prev-diff") }
                { nav(StopKind::Difference, true, "difference", "n", "next-diff") }
            </span>
            <span class="px-group" role="group" aria-label="Shared phrases">
                <span class="px-group-label" aria-hidden="true">{ "Shared" }</span>
                { nav(StopKind::Phrase, false, "shared phrase", "k", "prev-phrase") }
                { nav(StopKind::Phrase, true, "shared phrase", "j", "next-phrase") }
            </span>
            <span class="px-spacer"></span>
            if props.busy {
                <span class="px-busy" role="status" data-testid="busy">{ "Comparing…" }</span>
                <button type="button" class="px-button" onclick={props.on_cancel.reform(|_: MouseEvent| ())}
                    data-testid="cancel">{ "Cancel" }</button>
            }
            <button type="button" class="px-button" aria-haspopup="dialog" aria-expanded={pressed(Popover::Options)}
                onclick={act(Action::Toggle(Popover::Options))} data-testid="options">{ "Options" }</button>
            <button type="button" class="px-button" aria-haspopup="dialog" aria-expanded={pressed(Popover::Lesson)}
                onclick={act(Action::Toggle(Popover::Lesson))} data-testid="lesson">{ "Teach" }</button>
            <button type="button" class="px-button" aria-haspopup="dialog" aria-expanded={pressed(Popover::Share)}
                onclick={act(Action::Toggle(Popover::Share))} data-testid="share">{ "Share / Embed" }</button>
            <button type="button" class="px-button" onclick={act(Action::SetTheme(next_theme))}
                title="Colour theme" aria-label={format!("Colour theme: {theme_name}")}
                data-testid="theme">{ format!("{theme_icon} {theme_name}") }</button>
            <button type="button" class="px-button" aria-haspopup="dialog" aria-expanded={pressed(Popover::Help)}
                onclick={act(Action::Toggle(Popover::Help))} aria-keyshortcuts="?" title="Keyboard shortcuts (?)"
                data-testid="help">{ "?" }</button>
        </div>
    }
}
