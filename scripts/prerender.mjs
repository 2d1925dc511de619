// Trunk post-build hook: pre-renders the first example into the built
// index.html (src/bin/parallax-prerender.rs), so the page shows a highlighted
// comparison before any script runs. Release builds only: `trunk serve`
// skips it and the page then renders in the browser.
//
// The renderer is a native program: it is built with the ordinary native
// toolchain, so the wasm32 build settings trunk runs with are removed.
import { spawnSync } from "node:child_process";

if (process.env.TRUNK_PROFILE !== "release") process.exit(0);
const staging = process.env.TRUNK_STAGING_DIR ?? "dist";
const env = { ...process.env };
for (const name of ["RUSTUP_TOOLCHAIN", "RUSTC_BOOTSTRAP", "CARGO_UNSTABLE_BUILD_STD", "CARGO_BUILD_TARGET", "RUSTFLAGS"]) {
  delete env[name];
}
const run = spawnSync("cargo", ["run", "--quiet", "--bin", "parallax-prerender", "--", staging], { stdio: "inherit", env });
process.exit(run.status ?? 1);
