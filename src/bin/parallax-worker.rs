//! The web worker Trunk builds beside the app: compares large texts off the
//! main thread so the page never freezes.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use gloo::worker::Registrable;
        parallax::app::worker::CompareWorker::registrar().register();
    }
}
