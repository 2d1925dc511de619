//! Files dropped on or chosen for a side, read in the background.

use std::cell::RefCell;

use yew::prelude::*;

use crate::app::files::import_file;
use crate::app::reducer::Action;
use crate::app::state::Notice;
use crate::app::statement::MAX_SIDE_BYTES;
use crate::engine::Side;

/// Reads files dropped on or chosen for a side; the result (text or reason)
/// goes to the reducer. Readers are kept alive until they finish.
#[hook]
pub fn use_file_reader(dispatch: &Callback<Action>) -> Callback<(Side, Option<web_sys::FileList>)> {
    let readers = use_mut_ref(Vec::<gloo::file::callbacks::FileReader>::new);
    let dispatch = dispatch.clone();
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
        let dispatch = dispatch.clone();
        let reader = gloo::file::callbacks::read_as_bytes(&file, move |bytes| {
            let result = bytes
                .map_err(|e| format!("{name} could not be read: {e}"))
                .and_then(|bytes| import_file(&name, &bytes));
            dispatch.emit(Action::FileLoaded(side, result));
        });
        RefCell::borrow_mut(&readers).push(reader);
    })
}
