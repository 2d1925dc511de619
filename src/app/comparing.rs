//! The comparison effect: sends the inputs to the web worker (the only place
//! the engine runs in the browser) and feeds its answers to the reducer;
//! files are read there too. With more than two statements it also asks
//! the worker for their collation.
//! Typing is debounced; anything else (leaving the editor, an option, Swap,
//! an example) is compared at once.


use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::reducer::Action;
use super::shared_comparison::SharedComparison;
use super::state::State;
use super::view::Mode;
use super::versions::SharedCollation;
use super::worker::{CollateRequest, Comparer, FileFor, Reply, Request};

/// Texts larger than this (both sides together, in bytes) wait longer after
/// the last keystroke before they are compared.
pub const LARGE_INPUT_BYTES: usize = 40_000;

/// What the page asks of the worker besides comparing.
pub struct WorkerCallbacks {
    /// Stops a running comparison.
    pub cancel: Callback<()>,
    /// Reads a file (its name and bytes) for a side or a version; the
    /// statement or the reason it cannot be used goes to the reducer.
    pub import: Callback<(FileFor, String, Vec<u8>)>,
}

/// Compares the current inputs whenever they change and no result for them
/// exists; stale answers are dropped by the reducer (they carry their
/// generation). Returns the callbacks that cancel a running comparison and
/// read files.
#[hook]
pub fn use_comparison(state: &UseReducerHandle<State>) -> WorkerCallbacks {
    let comparer = use_mut_ref(|| None::<Comparer>);
    let cancel = {
        let (comparer, state) = (comparer.clone(), state.clone());
        use_callback((), move |_, _| {
            // Dropping the worker stops it mid-computation.
            comparer.borrow_mut().take();
            state.dispatch(Action::Cancel);
        })
    };
    let import = {
        let (comparer, state) = (comparer.clone(), state.clone());
        use_callback((), move |(target, name, bytes): (FileFor, String, Vec<u8>), _| {
            comparer.borrow_mut().get_or_insert_with(|| spawn(&state)).import(target, name, bytes);
        })
    };
    let pending = state.comparison().is_none() && state.loading_example.is_none();
    // Only the full widget has the versions view (see boot::later).
    let collation_pending = cfg!(feature = "studio") && state.versions.active() && state.versions.collation(&state.options).is_none();
    {
        let (state, comparer) = (state.clone(), comparer.clone());
        use_effect_with((state.generation, collation_pending), move |&(generation, pending)| {
            let timer = pending.then(|| {
                Timeout::new(delay(&state), move || {
                    let texts = state.versions.all.iter().map(|s| s.text.clone()).collect();
                    let request = CollateRequest { id: generation, texts, options: state.options.clone() };
                    comparer.borrow_mut().get_or_insert_with(|| spawn(&state)).collate(&request);
                })
            });
            move || drop(timer)
        });
    }
    let state = state.clone();
    use_effect_with((state.generation, pending, state.mode), move |&(generation, pending, mode)| {
        // Someone about to type will want a comparison soon: start the worker.
        if mode == Mode::Edit && comparer.borrow().is_none() {
            *comparer.borrow_mut() = Some(spawn(&state));
        }
        let timer = pending.then(|| {
            Timeout::new(delay(&state), move || {
                let request = Request {
                    id: generation,
                    left: state.left.text.clone(),
                    right: state.right.text.clone(),
                    options: state.options.clone(),
                };
                comparer.borrow_mut().get_or_insert_with(|| spawn(&state)).compare(&request);
            })
        });
        move || drop(timer)
    });
    WorkerCallbacks { cancel, import }
}

/// How long to wait after the last change before comparing: not at all
/// when reading, a pause in typing when editing (longer for large texts).
fn delay(state: &State) -> u32 {
    let bytes: usize = match state.versions.active() {
        true => state.versions.all.iter().map(|s| s.text.len()).sum(),
        false => state.left.text.len() + state.right.text.len(),
    };
    match (state.mode, bytes > LARGE_INPUT_BYTES) {
        (Mode::Read, _) => 0,
        (Mode::Edit, false) => 200,
        (Mode::Edit, true) => 500,
    }
}

/// A worker whose answers go to the reducer.
fn spawn(state: &UseReducerHandle<State>) -> Comparer {
    let state = state.clone();
    Comparer::spawn(Callback::from(move |reply| match reply {
        Reply::Progress(generation, done) => state.dispatch(Action::Progress(generation, done)),
        Reply::Done(generation, comparison, prepared, _) => {
            state.dispatch(Action::Compared(generation, SharedComparison::with_prepared(comparison, prepared)))
        }
        Reply::Collated(generation, collation, _) => {
            state.dispatch(Action::Collated(generation, SharedCollation::new(collation)))
        }
        Reply::Failed(message) => state.dispatch(Action::CompareFailed(message)),
        Reply::Imported(FileFor::Side(side), file) => state.dispatch(Action::FileLoaded(side, file)),
        Reply::Imported(FileFor::Version(n), file) => state.dispatch(Action::VersionFileLoaded(n, file)),
    }))
}
