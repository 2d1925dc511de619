//! Files chosen or dropped for a version beyond the first two (or to add a
//! new one), read in the background. The two sides' files go through
//! [`super::file_drop`], whose actions are per side; this one's are per version.

use std::cell::RefCell;

use yew::prelude::*;

use crate::app::files::import_file;
use crate::app::reducer::Action;
use crate::app::statement::MAX_SIDE_BYTES;

/// Reads a file for version `Some(n)`, or for a new version (`None`); the
/// text, or why it cannot be used, goes to the reducer. Readers are kept
/// alive until they finish.
#[hook]
pub fn use_version_file_reader(dispatch: &Callback<Action>) -> Callback<(Option<usize>, Option<web_sys::FileList>)> {
    let readers = use_mut_ref(Vec::<gloo::file::callbacks::FileReader>::new);
    let dispatch = dispatch.clone();
    use_callback((), move |(version, files): (Option<usize>, Option<web_sys::FileList>), _| {
        let Some(file) = files.and_then(|f| f.get(0)) else { return };
        let file = gloo::file::File::from(file);
        let name = file.name();
        // Files may be up to 4× the text limit: HTML shrinks to its text.
        if file.size() > 4 * MAX_SIDE_BYTES as u64 {
            let why = format!("{name} is {:.1} MB, too large to compare.", file.size() as f64 / 1e6);
            dispatch.emit(Action::VersionFileLoaded(version, Err(why)));
            return;
        }
        let dispatch = dispatch.clone();
        let reader = gloo::file::callbacks::read_as_bytes(&file, move |bytes| {
            let result = bytes
                .map_err(|e| format!("{name} could not be read: {e}"))
                .and_then(|bytes| import_file(&name, &bytes).map(|imported| imported.text));
            dispatch.emit(Action::VersionFileLoaded(version, result));
        });
        RefCell::borrow_mut(&readers).push(reader);
    })
}
