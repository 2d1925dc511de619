//! The browser entry point that Trunk builds: mounts the widget.

fn main() {
    #[cfg(target_arch = "wasm32")]
    parallax::app::start();
}
