//! The comparison effect: compares the inputs after a pause in typing, in
//! the web worker for large texts, and feeds the result to the reducer.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use gloo::worker::{Spawnable, WorkerBridge};
use yew::prelude::*;

use super::state::{Action, State};
use super::worker::{CompareRequest, CompareResponse, CompareWorker, LOADER_PATH, WORKER_THRESHOLD_BYTES};
use super::SharedComparison;
use crate::engine;

/// Recomputes the comparison when the inputs change, after a pause in typing.
/// Large texts go to the web worker (when `use_worker`), so the page never
/// freezes. Stale results are dropped by the reducer (they carry their
/// generation). Returns the callback that cancels a running comparison.
#[hook]
pub fn use_comparison(state: &UseReducerHandle<State>, use_worker: bool) -> Callback<()> {
    let bridge = use_mut_ref(|| None::<WorkerBridge<CompareWorker>>);
    let cancel = {
        let (bridge, state) = (bridge.clone(), state.clone());
        use_callback((), move |_, _| {
            // Dropping the last bridge terminates the worker mid-computation.
            bridge.borrow_mut().take();
            state.dispatch(Action::Cancel);
        })
    };
    let state = state.clone();
    // Re-run when a result for this generation arrives from elsewhere (the
    // reducer compares small texts at once on leaving the editor): the
    // pending timer is dropped instead of comparing the same texts again.
    let pending = state.comparison().is_none();
    use_effect_with((state.generation, pending), move |&(generation, pending)| {
        let timer = pending.then(|| {
            let (left, right) = (state.left.text.clone(), state.right.text.clone());
            let options = state.options.clone();
            let large = left.len() + right.len() > WORKER_THRESHOLD_BYTES;
            let delay = if large { 500 } else { 200 };
            Timeout::new(delay, move || {
                if large && use_worker {
                    let mut bridge = bridge.borrow_mut();
                    let worker = bridge.get_or_insert_with(|| {
                        let state = state.clone();
                        CompareWorker::spawner()
                            .callback(move |r: CompareResponse| {
                                let c = SharedComparison(Rc::new(r.comparison));
                                state.dispatch(Action::Compared(r.generation, c));
                            })
                            .spawn_with_loader(LOADER_PATH)
                    });
                    worker.send(CompareRequest { generation, left, right, options });
                } else {
                    let comparison = engine::compare(&left, &right, &options);
                    state.dispatch(Action::Compared(generation, SharedComparison(Rc::new(comparison))));
                }
            })
        });
        move || drop(timer)
    });
    cancel
}
