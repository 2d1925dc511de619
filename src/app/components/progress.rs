//! The bar of a long comparison: how far the worker has come, with Cancel.

use yew::prelude::*;

/// Properties of [`ProgressBar`].
#[derive(Properties, PartialEq, Clone)]
pub struct ProgressProps {
    /// Fraction done, 0 to 1, as the worker reports it.
    pub done: f32,
    /// Stops the comparison.
    pub on_cancel: Callback<()>,
}

/// A labelled progress bar and a Cancel button.
#[component]
pub fn ProgressBar(props: &ProgressProps) -> Html {
    let percent = (props.done.clamp(0.0, 1.0) * 100.0).round();
    html! {
        <div class="px-progress" data-testid="progress">
            <label>
                { format!("Comparing… {percent}%") }
                <progress max="100" value={percent.to_string()} />
            </label>
            <button type="button" class="px-button" onclick={props.on_cancel.reform(|_: MouseEvent| ())}
                data-testid="cancel">{ "Cancel" }</button>
        </div>
    }
}
