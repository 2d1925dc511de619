//! Opening a bundled example: its texts are fetched from beside the widget.

use yew::prelude::*;

use crate::app::examples::EXAMPLES;
use crate::app::reducer::Action;

/// Loads example `loading` (the state's `loading_example`) when it is set
/// and hands it to the reducer, or says why it could not be loaded.
#[hook]
pub fn use_example_loader(loading: Option<usize>, dispatch: &Callback<Action>) {
    let dispatch = dispatch.clone();
    use_effect_with(loading, move |&index| {
        if let Some(index) = index {
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = match EXAMPLES.get(index) {
                    Some(example) => example.fetch().await,
                    None => Err(format!("There is no example {index}.")),
                };
                dispatch.emit(Action::ExampleLoaded(index, loaded));
            });
        }
    });
}
