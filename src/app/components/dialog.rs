//! A popover as a dialog: it takes the focus when it opens, keeps Tab
//! inside, closes on Esc pressed anywhere in it (text areas included), and
//! gives the focus back to the control that opened it.

use yew::prelude::*;

use crate::app::hooks::dialog_focus::{keep_tab_inside, use_dialog_focus};

/// Properties of [`Dialog`].
#[derive(Properties, PartialEq, Clone)]
pub struct DialogProps {
    /// What the dialog is called (read out when it takes the focus).
    pub label: AttrValue,
    /// Its class (the popover's look).
    pub class: Classes,
    /// Closes it.
    pub on_close: Callback<()>,
    /// Its content.
    #[prop_or_default]
    pub children: Html,
}

/// The dialog element around a popover's content.
#[component]
pub fn Dialog(props: &DialogProps) -> Html {
    let node = use_node_ref();
    use_dialog_focus(&node);
    let onkeydown = {
        let (node, on_close) = (node.clone(), props.on_close.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                // Here, not in the widget's keys: Esc closes the dialog and nothing else.
                e.prevent_default();
                e.stop_propagation();
                on_close.emit(());
            } else if let Some(dialog) = node.cast::<web_sys::HtmlElement>() {
                keep_tab_inside(&e, &dialog);
            }
        })
    };
    html! {
        <div class={classes!("px-popover", props.class.clone())} role="dialog" aria-label={props.label.clone()} tabindex="-1"
            ref={node} {onkeydown}>
            { props.children.clone() }
        </div>
    }
}
