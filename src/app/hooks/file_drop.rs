//! Files dropped on or chosen for a side or a version: their bytes are read
//! here and handed to the worker, which makes a statement of them. A
//! comparison file (`.json`, as Share and the notice of unkept work save it)
//! opens the whole comparison it holds instead.

use std::cell::RefCell;

use yew::prelude::*;

use crate::app::permalink::Shared;
use crate::app::reducer::Action;
use crate::app::worker::FileFor;
use crate::app::Initial;
use crate::engine::input::limits::{self, MAX_FILE_BYTES};

/// What a file chooser offers: every format the importer reads
/// (`engine::input::import`: text, web pages, Word documents), by extension
/// and by type, and comparison files.
pub const ACCEPTED_FILES: &str = ".txt,.text,.md,.html,.htm,.xhtml,.xht,.docx,.json,text/plain,text/html,\
                                  application/xhtml+xml,application/vnd.openxmlformats-officedocument.wordprocessingml.document,\
                                  application/json";

/// Called with the files dropped on or chosen for a side or a version.
pub type OnFiles = Callback<(FileFor, Option<web_sys::FileList>)>;

/// Reads a file dropped on or chosen for `FileFor` (a side, a version, or a
/// new version) and hands its bytes to `import` (the worker); a file that
/// cannot be read goes to the reducer as the reason. Readers are kept alive
/// until they finish.
#[hook]
pub fn use_file_reader(dispatch: &Callback<Action>, import: &Callback<(FileFor, String, Vec<u8>)>) -> OnFiles {
    let readers = use_mut_ref(Vec::<gloo::file::callbacks::FileReader>::new);
    let (dispatch, import) = (dispatch.clone(), import.clone());
    use_callback((), move |(target, files): (FileFor, Option<web_sys::FileList>), _| {
        let Some(file) = files.and_then(|f| f.get(0)) else { return };
        let file = gloo::file::File::from(file);
        let name = file.name();
        let size = file.size() as usize;
        let comparison_file = name.to_ascii_lowercase().ends_with(".json");
        // Refused before it is read, in the importer's words.
        match comparison_file {
            true if size > limits::MAX_COMPARISON_FILE_BYTES => {
                return dispatch.emit(unreadable(target, format!("{name} is {}", limits::comparison_file_over(size))));
            }
            false if size > MAX_FILE_BYTES => {
                return dispatch.emit(unreadable(target, format!("{name} is {}", limits::file_over(size))));
            }
            _ => {}
        }
        let (dispatch, import) = (dispatch.clone(), import.clone());
        let reader = gloo::file::callbacks::read_as_bytes(&file, move |bytes| match bytes {
            Ok(bytes) if comparison_file => dispatch.emit(match crate::app::json::from_str::<Shared>(&String::from_utf8_lossy(&bytes)) {
                Ok(shared) => Action::Restore(Box::new(Initial::from(shared))),
                Err(e) => unreadable(target, format!("{name} is not a Parallax comparison file ({e}).")),
            }),
            Ok(bytes) => import.emit((target, name, bytes)),
            Err(e) => dispatch.emit(unreadable(target, format!("{name} could not be read: {e}"))),
        });
        RefCell::borrow_mut(&readers).push(reader);
    })
}

/// The reducer's action for a file that could not be read, and why.
fn unreadable(target: FileFor, why: String) -> Action {
    match target {
        FileFor::Side(side) => Action::FileLoaded(side, Err(why)),
        FileFor::Version(n) => Action::VersionFileLoaded(n, Err(why)),
    }
}

/// The drop handler of an element that takes a file for `target`.
pub fn on_drop(on_files: &OnFiles, target: FileFor) -> Callback<DragEvent> {
    on_files.reform(move |e: DragEvent| {
        e.prevent_default();
        (target, e.data_transfer().and_then(|dt| dt.files()))
    })
}

/// The change handler of a file input that opens a file for `target`.
pub fn on_chosen(on_files: &OnFiles, target: FileFor) -> Callback<Event> {
    on_files.reform(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        (target, input.files())
    })
}
