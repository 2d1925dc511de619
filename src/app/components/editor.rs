//! Editing a statement: its header fields and text, typed, pasted or dropped.

use yew::prelude::*;

use crate::app::hooks::file_drop::{on_chosen, on_drop, OnFiles, ACCEPTED_FILES};
use crate::app::reducer::Action;
use crate::app::statement::{side_word, Field, Statement};
use crate::app::worker::FileFor;
use crate::engine::input::limits::MAX_STATEMENT_BYTES;
use crate::engine::Side;

/// Properties of [`Editor`].
#[derive(Properties, PartialEq, Clone)]
pub struct EditorProps {
    /// The side edited.
    pub side: Side,
    /// Its statement as it stands.
    pub statement: Statement,
    /// Where edits go.
    pub dispatch: Callback<Action>,
    /// Called with the files dropped on or chosen for this side.
    pub on_files: OnFiles,
}

/// One side's editor. The text area is controlled: what it shows is the state.
#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let side = props.side;
    let name = side_word(side);
    let st = &props.statement;
    let d = &props.dispatch;
    let field = |label: &'static str, f: Field, value: &str, placeholder: &'static str| {
        let oninput = d.reform(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            Action::SetField(side, f, input.value())
        });
        html! {
            <label class="px-field">{ label }
                <input type="text" value={value.to_owned()} {oninput} {placeholder} />
            </label>
        }
    };
    let accepted = st.text.clone();
    let oninput = d.reform(move |e: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        let text = area.value();
        if text.len() > MAX_STATEMENT_BYTES {
            // Refused (the reducer says why): the editor goes back to the
            // text that is compared, so what it shows is what is used.
            area.set_value(&accepted);
        }
        Action::SetText(side, text)
    });
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = on_drop(&props.on_files, FileFor::Side(side));
    let onchange = on_chosen(&props.on_files, FileFor::Side(side));
    html! {
        <section class={classes!("px-editor", format!("px-pane-{name}"))} data-side={name}
                 {ondragover} {ondrop} data-testid={format!("editor-{name}")}>
            <div class="px-editor-fields">
                { field("Who", Field::Label, &st.label, "Label this statement, e.g. China — Ministry of Foreign Affairs") }
                { field("Title", Field::Title, &st.title, "") }
                { field("Date", Field::Date, &st.date, "YYYY-MM-DD") }
                { field("Source link", Field::Source, &st.source, "https://…") }
            </div>
            <textarea class="px-textarea" value={st.text.to_string()} {oninput}
                aria-label={format!("Text of the {name} statement")}
                placeholder={format!("Paste the {name} statement here, or drop a .txt, .html or .docx file.")}
                data-testid={format!("text-{name}")} />
            <label class="px-file">
                { "Open a file…" }
                <input type="file" accept={ACCEPTED_FILES} {onchange}
                    data-testid={format!("file-{name}")} />
            </label>
        </section>
    }
}
