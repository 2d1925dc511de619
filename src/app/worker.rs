//! The comparison as a web worker: the engine runs there for large texts,
//! and the page stays responsive (and can cancel by dropping the worker).

use gloo::worker::{HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};

use crate::engine::{self, Comparison, Options};

/// Where Trunk puts the worker's loader, relative to the page.
pub const LOADER_PATH: &str = "./parallax-worker_loader.js";

/// Texts larger than this (both sides together, in bytes) are compared in
/// the worker; smaller ones are quicker on the main thread than the round trip.
pub const WORKER_THRESHOLD_BYTES: usize = 40_000;

/// A comparison to make, tagged with the generation of the inputs.
#[derive(Serialize, Deserialize)]
pub struct CompareRequest {
    pub generation: u64,
    pub left: String,
    pub right: String,
    pub options: Options,
}

/// A finished comparison and the generation it belongs to.
#[derive(Serialize, Deserialize)]
pub struct CompareResponse {
    pub generation: u64,
    pub comparison: Comparison,
}

/// The worker: one comparison per request.
pub struct CompareWorker;

impl Worker for CompareWorker {
    type Message = ();
    type Input = CompareRequest;
    type Output = CompareResponse;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        CompareWorker
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, request: CompareRequest, id: HandlerId) {
        let comparison = engine::compare(&request.left, &request.right, &request.options);
        scope.respond(id, CompareResponse { generation: request.generation, comparison });
    }
}
