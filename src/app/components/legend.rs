//! The key to the highlights.

use yew::prelude::*;

use crate::app::view::Granularity;

/// Properties of [`Legend`].
#[derive(Properties, PartialEq, Clone)]
pub struct LegendProps {
    /// What the highlights mark, so the key explains those.
    pub granularity: Granularity,
    /// Some sentence says who speaks: the key explains the chips too.
    #[prop_or_default]
    pub speakers: bool,
}

/// What each highlight means. The samples use the same classes as the text,
/// so the key always matches what the reader sees, in colour or grey.
#[component]
pub fn Legend(props: &LegendProps) -> Html {
    let items = match props.granularity {
        // Echoes show in aligned rows, and side by side on the sentence pointed at.
        Granularity::Word => vec![
            ("px-span px-shared", "Shared, same order"),
            ("px-span px-moved", "Shared, reordered"),
            ("px-echo", "Same word in the matching sentence"),
            ("px-span px-distinct", "Only in one statement"),
        ],
        Granularity::Sentence => vec![
            ("px-sentence px-paired", "Sentence with a counterpart"),
            ("px-sentence px-only", "Sentence only in one statement"),
        ],
    };
    html! {
        <ul class="px-legend" aria-label="Legend">
            { for items.into_iter().map(|(class, text)| html! {
                <li><span class={class} aria-hidden="true">{ "Abc" }</span>{ " " }{ text }</li>
            }) }
            if props.speakers {
                <li>
                    // The line above runs over the speaker's words, up to the next speaker.
                    <span class="px-sentence px-voiced px-party-0" data-speaker="Name · party" aria-hidden="true">{ "Abc" }</span>
                    { " Who speaks" }
                </li>
            }
        </ul>
    }
}
