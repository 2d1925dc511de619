//! The options popover: how the comparison is made and shown.

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
    /// Where changes go.
    pub dispatch: Callback<Action>,
}

/// The language menu's choices: "Detect", then every language.
fn lang_choices() -> impl Iterator<Item = (&'static str, LangChoice)> {
    std::iter::once(("Detect", LangChoice::Auto)).chain(Lang::all().map(|l| (l.name(), LangChoice::Fixed(l))))
}

/// Minimum phrase length, normalizations, languages and granularity.
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
    let on_min = {
        let options = o.clone();
        d.reform(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = options.clone();
            next.min_phrase = input.value().parse::<usize>().unwrap_or(next.min_phrase).clamp(1, MAX_MIN_PHRASE);
            Action::SetOptions(next)
        })
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
        <div class="px-popover px-options" role="dialog" aria-label="Options">
            <label class="px-field">{ "Shortest shared phrase (words)" }
                <input type="number" min="1" max={MAX_MIN_PHRASE.to_string()} value={o.min_phrase.to_string()} onchange={on_min}
                    data-testid="min-phrase" />
            </label>
            { checkbox("Ignore case", o.ignore_case, |o, v| o.ignore_case = v) }
            { checkbox("Ignore punctuation", o.ignore_punctuation, |o, v| o.ignore_punctuation = v) }
            { checkbox("Match word forms (stemming)", o.stem, |o, v| o.stem = v) }
            { checkbox("Match spelling variants (Sergei/Sergey)", o.spelling_variants, |o, v| o.spelling_variants = v) }
            { lang_select("Left language", o.lang_left, |o, l| o.lang_left = l) }
            { lang_select("Right language", o.lang_right, |o, l| o.lang_right = l) }
            <fieldset class="px-fieldset">
                <legend>{ "Highlight" }</legend>
                { granularity(Granularity::Word, "Phrases") }
                { granularity(Granularity::Sentence, "Sentences") }
            </fieldset>
        </div>
    }
}
