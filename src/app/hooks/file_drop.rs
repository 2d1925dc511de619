//! Files dropped on or chosen for a side: their bytes are read here and
//! handed to the worker, which makes a statement of them.

use std::cell::RefCell;

use yew::prelude::*;

use crate::app::reducer::Action;
use crate::app::state::Notice;
use crate::app::statement::MAX_SIDE_BYTES;
use crate::engine::Side;

/// Reads files dropped on or chosen for a side and hands their bytes to
/// `import` (the worker); a file that cannot be read goes to the reducer as
/// the reason. Readers are kept alive until they finish.
#[hook]
pub fn use_file_reader(dispatch: &Callback<Action>, import: &Callback<(Side, String, Vec<u8>)>) -> Callback<(Side, Option<web_sys::FileList>)> {
    let readers = use_mut_ref(Vec::<gloo::file::callbacks::FileReader>::new);
    let (dispatch, import) = (dispatch.clone(), import.clone());
    use_callback((), move |(side, files): (Side, Option<web_sys::FileList>), _| {
        let Some(file) = files.and_then(|f| f.get(0)) else { return };
        let file = gloo::file::File::from(file);
        let name = file.name();
        // Files may be up to 4× the text limit: HTML shrinks to its text.
        if file.size() > 4 * MAX_SIDE_BYTES as u64 {
            dispatch.emit(Action::Notify(Notice {
                side: Some(side),
                text: format!("{name} is {:.1} MB, too large to compare.", file.size() as f64 / 1e6),
                is_error: true,
            }));
            return;
        }
        let (dispatch, import) = (dispatch.clone(), import.clone());
        let reader = gloo::file::callbacks::read_as_bytes(&file, move |bytes| match bytes {
            Ok(bytes) => import.emit((side, name, bytes)),
            Err(e) => dispatch.emit(Action::FileLoaded(side, Err(format!("{name} could not be read: {e}")))),
        });
        RefCell::borrow_mut(&readers).push(reader);
    })
}
