//! The bar shown while presenting: where the class is, and the way out.

use yew::prelude::*;

use crate::app::reducer::Action;
use crate::app::view::Reveal;

/// Properties of [`PresenterBar`].
#[derive(Properties, PartialEq, Clone)]
pub struct PresenterProps {
    /// The current step, from 0.
    pub step: usize,
    /// How many steps there are.
    pub steps: usize,
    /// How much of the current step is revealed, when revealing step by step.
    pub reveal: Option<Reveal>,
    /// The steps walk several versions (each step revealed as text, shading,
    /// then what it points out) rather than pairs of sentences.
    #[prop_or_default]
    pub versions: bool,
    /// What the current step is called, when steps have names.
    #[prop_or_default]
    pub title: Option<AttrValue>,
    /// Where clicks go.
    pub dispatch: Callback<Action>,
}

/// Step k of n with a progress bar, previous/next, and Exit (Esc).
#[component]
pub fn PresenterBar(props: &PresenterProps) -> Html {
    let d = &props.dispatch;
    let revealing = match (props.reveal, props.versions) {
        (Some(Reveal::Plain), _) => " · plain text",
        (Some(Reveal::Shared), false) => " · shared phrases",
        (Some(Reveal::Shared), true) => " · shaded by how many versions carry it",
        (Some(Reveal::Moved), _) => " · reordered phrases",
        (Some(Reveal::Distinct), false) => " · only one side",
        (Some(Reveal::Distinct), true) => " · the passages",
        (None, _) => "",
    };
    let title = props.title.as_ref().map(|t| format!(": {t}")).unwrap_or_default();
    html! {
        <div class="px-toolbar px-presenter" role="toolbar" aria-label="Presentation" tabindex="-1">
            <button type="button" class="px-button" onclick={d.reform(|_: MouseEvent| Action::PresentStep(false))}
                aria-label="Previous step (PageUp)">{ "◀" }</button>
            <span class="px-progress-label" data-testid="progress" aria-live="polite">
                { format!("Step {} of {}{title}{revealing}", props.step + 1, props.steps) }
            </span>
            <progress class="px-progress" max={props.steps.to_string()} value={(props.step + 1).to_string()} />
            <button type="button" class="px-button" onclick={d.reform(|_: MouseEvent| Action::PresentStep(true))}
                aria-label="Next step (PageDown)">{ "▶" }</button>
            <span class="px-spacer"></span>
            <button type="button" class="px-button" onclick={d.reform(|_: MouseEvent| Action::Present(false))}
                data-testid="exit-presentation">{ "Exit (Esc)" }</button>
        </div>
    }
}
