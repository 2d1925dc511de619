//! The options popover: how the comparison is made and shown.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::app::reducer::Action;
use crate::app::state::MAX_MIN_PHRASE;
use crate::app::view::Granularity;
use crate::engine::{Lang, LangChoice, Options};

/// Properties of [`OptionsPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct OptionsProps {
    /// How the comparison is made now.
    pub options: Options,
    /// What the highlights mark now.
    pub granularity: Granularity,
    /// The panes scroll together.
    pub sync_scroll: bool,
    /// The versions view is shown: each version's language is detected, and
    /// there are no panes to scroll or highlight, so those options are not offered.
    #[prop_or_default]
    pub versions: bool,
    /// Where changes go.
    pub dispatch: Callback<Action>,
}

/// How long the minimum phrase field waits for the reader to pause.
const MIN_PHRASE_PAUSE_MS: u32 = 400;

/// The language menu's choices: "Detect", then every language.
fn lang_choices() -> impl Iterator<Item = (&'static str, LangChoice)> {
    std::iter::once(("Detect", LangChoice::Auto)).chain(Lang::all().map(|l| (l.name(), LangChoice::Fixed(l))))
}

/// Minimum phrase length, normalizations, languages and granularity
/// (inside a [`super::dialog::Dialog`]).
#[component]
pub fn OptionsPanel(props: &OptionsProps) -> Html {
    let o = &props.options;
    let d = &props.dispatch;
    let checkbox = |label: &'static str, value: bool, set: fn(&mut Options, bool)| {
        let options = o.clone();
        let onchange = d.reform(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = options.clone();
            set(&mut next, input.checked());
            Action::SetOptions(next)
        });
        html! { <label class="px-check"><input type="checkbox" checked={value} {onchange} />{ label }</label> }
    };
    // The length applies as it is typed or stepped, once the reader pauses
    // (each change would otherwise start a comparison); Enter applies at once.
    let pending = use_mut_ref(|| None::<Timeout>);
    let current = o.clone();
    let min_phrase = move |e: &Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        let mut next = current.clone();
        next.min_phrase = input.value().parse::<usize>().unwrap_or(next.min_phrase).clamp(1, MAX_MIN_PHRASE);
        Action::SetOptions(next)
    };
    let on_min_input = {
        let (pending, d) = (pending.clone(), d.clone());
        let min_phrase = min_phrase.clone();
        Callback::from(move |e: InputEvent| {
            let (action, d) = (min_phrase(&e), d.clone());
            *pending.borrow_mut() = Some(Timeout::new(MIN_PHRASE_PAUSE_MS, move || d.emit(action)));
        })
    };
    let on_min = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            pending.borrow_mut().take();
            d.emit(min_phrase(&e));
        })
    };
    let other_sides: Vec<&str> = [("left", o.lang_left), ("right", o.lang_right)]
        .into_iter()
        .filter(|(_, l)| *l == LangChoice::Fixed(Lang::Other))
        .map(|(side, _)| side)
        .collect();
    let sync = {
        let onchange = d.reform(|e: Event| Action::SetSyncScroll(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()));
        html! {
            <label class="px-check"><input type="checkbox" checked={props.sync_scroll} {onchange} />{ "Sync scrolling" }</label>
        }
    };
    let lang_select = |label: &'static str, value: LangChoice, set: fn(&mut Options, LangChoice)| {
        let options = o.clone();
        let onchange = d.reform(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let mut next = options.clone();
            let index: usize = select.value().parse().unwrap_or(0);
            set(&mut next, lang_choices().nth(index).map_or(LangChoice::Auto, |l| l.1));
            Action::SetOptions(next)
        });
        html! {
            <label class="px-field">{ label }
                <select {onchange}>
                    { for lang_choices().enumerate().map(|(i, (name, l))| html! {
                        <option value={i.to_string()} selected={l == value}>{ name }</option>
                    }) }
                </select>
            </label>
        }
    };
    let granularity = |g: Granularity, label: &'static str| {
        let onchange = d.reform(move |_: Event| Action::SetGranularity(g));
        html! {
            <label class="px-check">
                <input type="radio" name="px-granularity" checked={props.granularity == g} {onchange} />{ label }
            </label>
        }
    };
    html! {
        <>
            <label class="px-field">{ "Shortest shared phrase (words)" }
                <input type="number" min="1" max={MAX_MIN_PHRASE.to_string()} value={o.min_phrase.to_string()} oninput={on_min_input} onchange={on_min}
                    data-testid="min-phrase" />
            </label>
            { checkbox("Ignore case", o.ignore_case, |o, v| o.ignore_case = v) }
            { checkbox("Ignore punctuation", o.ignore_punctuation, |o, v| o.ignore_punctuation = v) }
            { checkbox("Match word forms (stemming)", o.stem, |o, v| o.stem = v) }
            { checkbox("Match spelling variants (Sergei/Sergey)", o.spelling_variants, |o, v| o.spelling_variants = v) }
            if props.versions {
                <p class="px-muted px-options-note">{ "Each version's language is detected." }</p>
            } else {
                { lang_select("Left language", o.lang_left, |o, l| o.lang_left = l) }
                { lang_select("Right language", o.lang_right, |o, l| o.lang_right = l) }
            }
            if !other_sides.is_empty() && !props.versions {
                <p class="px-muted px-options-note" data-testid="lang-other-note">
                    { format!(
                        "“Other” on the {} side: no word forms (stemming) and no list of function words there, \
                         so words match only as written and fewer phrases are found.",
                        other_sides.join(" and ")
                    ) }
                </p>
            }
            if !props.versions {
                { sync }
                <fieldset class="px-fieldset">
                    <legend>{ "Highlight" }</legend>
                    { granularity(Granularity::Word, "Phrases") }
                    { granularity(Granularity::Sentence, "Sentences") }
                </fieldset>
            }
        </>
    }
}
