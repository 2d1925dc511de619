//! Editing more than two statements: an editor for each version beyond the
//! pair (the pair has the two side editors), and the controls that add a
//! statement, empty or from a file.

use yew::prelude::*;

use crate::app::hooks::file_drop::{on_chosen, on_drop, OnFiles, ACCEPTED_FILES};
use crate::app::reducer::Action;
use crate::app::statement::{Field, Statement};
use crate::app::worker::FileFor;
use crate::engine::input::limits::MAX_STATEMENT_BYTES;
use crate::engine::collate::MAX_VERSIONS;

/// Properties of [`VersionEditor`].
#[derive(Properties, PartialEq, Clone)]
pub struct VersionEditorProps {
    /// Which version (from 0).
    pub index: usize,
    /// Its statement as it stands.
    pub statement: Statement,
    /// Where edits go.
    pub dispatch: Callback<Action>,
    /// Called with the files dropped on or chosen for this version.
    pub on_files: OnFiles,
}

/// One version's editor: who says it, its text, a file, and Remove.
#[component]
pub fn VersionEditor(props: &VersionEditorProps) -> Html {
    let n = props.index;
    let st = &props.statement;
    let d = &props.dispatch;
    let name = st.version_name(n).into_owned();
    let on_label = d.reform(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        Action::SetVersionField(n, Field::Label, input.value())
    });
    let accepted = st.text.clone();
    let on_text = d.reform(move |e: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        let text = area.value();
        if text.len() > MAX_STATEMENT_BYTES {
            // Refused (the reducer says why): the editor shows what is compared.
            area.set_value(&accepted);
        }
        Action::SetVersionText(n, text)
    });
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = on_drop(&props.on_files, FileFor::Version(Some(n)));
    let onchange = on_chosen(&props.on_files, FileFor::Version(Some(n)));
    html! {
        <section class="px-editor px-version-editor" {ondragover} {ondrop} data-testid={format!("editor-version-{n}")}>
            <div class="px-editor-fields">
                <label class="px-field">{ "Who" }
                    <input type="text" value={st.label.clone()} oninput={on_label} placeholder="e.g. Reuters" />
                </label>
                <button type="button" class="px-button" onclick={d.reform(move |_: MouseEvent| Action::RemoveVersion(n))}>
                    { format!("Remove {name}") }
                </button>
            </div>
            <textarea class="px-textarea" value={st.text.to_string()} oninput={on_text}
                aria-label={format!("Text of {name}")} placeholder="Paste the statement here, or drop a .txt, .html or .docx file."
                data-testid={format!("text-version-{n}")} />
            <label class="px-file">
                { "Open a file…" }
                <input type="file" accept={ACCEPTED_FILES} {onchange} />
            </label>
        </section>
    }
}

/// Properties of [`AddVersion`].
#[derive(Properties, PartialEq, Clone)]
pub struct AddVersionProps {
    /// How many statements there are now.
    pub count: usize,
    /// Where the new statement goes.
    pub dispatch: Callback<Action>,
    /// Called with a file chosen or dropped to add.
    pub on_files: OnFiles,
}

/// "Add a statement": an empty one to type or paste into, or a file.
#[component]
pub fn AddVersion(props: &AddVersionProps) -> Html {
    if props.count >= MAX_VERSIONS {
        return html! { <p class="px-muted px-add-version">{ format!("{MAX_VERSIONS} statements: the most Parallax compares at once.") }</p> };
    }
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = on_drop(&props.on_files, FileFor::Version(None));
    let onchange = on_chosen(&props.on_files, FileFor::Version(None));
    html! {
        <div class="px-add-version" {ondragover} {ondrop}>
            <button type="button" class="px-button" data-testid="add-version"
                onclick={props.dispatch.reform(|_: MouseEvent| Action::AddVersion(Statement::default()))}>
                { format!("Add a statement ({} of up to {MAX_VERSIONS})", props.count + 1) }
            </button>
            <label class="px-file">
                { "or add one from a file…" }
                <input type="file" accept={ACCEPTED_FILES} {onchange} data-testid="add-version-file" />
            </label>
            <span class="px-muted">{ " Several statements are read as versions of one: what each carries, what only one says." }</span>
        </div>
    }
}
