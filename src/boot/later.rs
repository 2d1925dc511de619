//! The parts of the widget the page's first module does not hold (editing,
//! the versions view, Teach, Share), and how they arrive: in their place
//! the first module shows what is being opened, loads the full widget
//! (parallax-studio) and hands the widget over to it (see [`super::handover`]);
//! the full widget takes the first one's place where the reader was, with
//! the part they asked for open. A control used before the full widget has
//! arrived waits for it, then acts.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::browser::Widget;
use super::handover::Handover;
use crate::app::components::editor::EditorProps;
use crate::app::components::lesson_panel::{LessonProps, VersionsLessonProps};
use crate::app::components::presenter::PresenterProps;
use crate::app::components::share::ShareProps;
use crate::app::components::version_editing::{AddVersionProps, VersionEditorProps};
use crate::app::components::versions_bar::VersionsBarProps;
use crate::app::components::versions_view::VersionsProps;
use crate::app::json;
use crate::app::reducer::Action;
use crate::app::state::Notice;
use crate::app::view::Mode;
use crate::engine::Side;

/// Properties of [`Waiting`].
#[derive(Properties, PartialEq)]
struct WaitingProps {
    /// What is being opened, said while it loads (`None`: said elsewhere).
    what: Option<&'static str>,
    /// Said in a dialog's place rather than the statements'.
    #[prop_or_default]
    dialog: bool,
}

/// A part that has not arrived: asks for the full widget, and says what is coming.
#[component]
fn Waiting(props: &WaitingProps) -> Html {
    let widget = use_context::<Widget>();
    use_effect_with((), move |_| {
        if let Some(widget) = widget {
            ask(widget);
        }
    });
    let Some(what) = props.what else { return html! {} };
    let class = if props.dialog { "px-popover px-loading-part" } else { "px-empty px-loading-part" };
    html! { <p {class} role="status" data-testid="loading-part">{ format!("Opening {what}…") }</p> }
}

macro_rules! stand_in {
    ($(#[$doc:meta])* $name:ident($props:ident: $ty:ty) => $what:expr) => {
        $(#[$doc])*
        #[component]
        pub fn $name($props: &$ty) -> Html {
            let what: Option<(&'static str, bool)> = $what;
            html! { <Waiting what={what.map(|w| w.0)} dialog={what.is_some_and(|w| w.1)} /> }
        }
    };
}

stand_in!(
    /// The editors (said once, in the left one's place).
    Editor(props: EditorProps) => (props.side == Side::Left).then_some(("the editor", false))
);
stand_in!(
    /// A third to sixth version's editor.
    VersionEditor(_props: VersionEditorProps) => None
);
stand_in!(
    /// Adding a version.
    AddVersion(_props: AddVersionProps) => None
);
stand_in!(
    /// The versions view.
    VersionsView(_props: VersionsProps) => None
);
stand_in!(
    /// The bar of several versions.
    VersionsBar(_props: VersionsBarProps) => Some(("the versions", false))
);
stand_in!(
    /// The Share / Embed dialog.
    SharePanel(_props: ShareProps) => Some(("Share / Embed", true))
);
stand_in!(
    /// The Teach dialog.
    LessonPanel(_props: LessonProps) => Some(("Teach", true))
);
stand_in!(
    /// The Teach bar of several versions.
    VersionsLessonBar(_props: VersionsLessonProps) => Some(("Teach", true))
);
stand_in!(
    /// The presenter's bar.
    PresenterBar(_props: PresenterProps) => None
);

/// Loads the full widget (once) and hands this one over to it; if it
/// cannot load, says why and goes back to reading.
fn ask(widget: Widget) {
    if widget.asked.replace(true) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let loader = widget.loader.clone();
        let studio = js_sys::Reflect::get(&loader, &"studio".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let module = match studio.map(|f| f.call0(&loader)) {
            Some(Ok(promise)) => wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&promise)).await,
            Some(Err(e)) => Err(e),
            None => Err("no loader".into()),
        };
        let resume = module.as_ref().ok().and_then(|m| js_sys::Reflect::get(m, &"resume".into()).ok()).and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let (state, element) = (widget.state.borrow().clone(), widget.element.borrow().clone());
        let (Some(resume), Some(state), Some(element)) = (resume, state, element) else {
            return failed(&widget, module.err().unwrap_or_default());
        };
        let done = {
            let widget = widget.clone();
            Closure::once_into_js(move |error: JsValue| match error.is_undefined() || error.is_null() {
                true => {
                    if let Some(app) = widget.app.borrow_mut().take() {
                        app.destroy();
                    }
                }
                false => failed(&widget, error),
            })
        };
        let arguments = js_sys::Array::of5(
            &element,
            &json::to_value(&Handover::of(&state)),
            &json::to_value(&widget.setting),
            &loader,
            &done,
        );
        if let Err(e) = resume.apply(&JsValue::NULL, &arguments) {
            failed(&widget, e);
        }
    });
}

/// The full widget could not load: the reader reads on, told why.
fn failed(widget: &Widget, error: JsValue) {
    widget.asked.set(false);
    let Some(state) = widget.state.borrow().clone() else { return };
    let detail = error.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).or_else(|| error.as_string()).unwrap_or_default();
    let text = format!(
        "Parallax could not load the rest of the widget{}: editing, versions, Teach and Share are not available. \
         Check the connection, then try again.",
        if detail.is_empty() { String::new() } else { format!(" ({detail})") }
    );
    for action in [
        Action::ClosePopover,
        Action::SetMode(Mode::Read),
        Action::ShowVersions(false),
        Action::Notify(Notice { side: None, text, is_error: true }),
    ] {
        state.dispatch(action);
    }
}
