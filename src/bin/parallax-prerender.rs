//! Build step, run by Trunk after each release build (scripts/prerender.mjs):
//! pre-renders the first example into DIST/index.html, so the page shows a
//! highlighted comparison before any script runs (see boot/prerender.rs).
//!
//! Usage: parallax-prerender DIST

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::PathBuf;
    use std::process::ExitCode;

    let Some(dist) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: parallax-prerender DIST");
        return ExitCode::from(2);
    };
    let index = dist.join("index.html");
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a single-threaded runtime");
    let result = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))
        .and_then(|template| runtime.block_on(parallax::boot::prerender::page(&template, &dist.join("examples"))))
        .and_then(|page| std::fs::write(&index, page).map_err(|e| format!("cannot write {}: {e}", index.display())));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("parallax-prerender: {e}");
            ExitCode::from(2)
        }
    }
}
