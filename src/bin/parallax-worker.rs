//! The web worker Trunk builds beside the page: the only place the engine
//! runs in the browser, so the page never freezes (see app/worker.rs).

fn main() {
    #[cfg(target_arch = "wasm32")]
    parallax::app::worker::serve();
}
