# Sourced by ./dev: the environment for building to wasm32 and running the
# tools that scripts/setup.sh installed. Exports nothing for native builds.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$here/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The wasm32 route setup took: empty for rustup's target, build-std otherwise.
wasm_env() {
  env $(cat "$here/target/setup/wasm.env") "$@"
}
# Release builds: std is built with the page's code, and a panic aborts at
# once, without formatting a message no one would read: the page's wasm is
# about a tenth smaller (see docs on the first load). Needs the standard
# library's source (scripts/setup.sh installs it).
release_env() {
  wasm_env RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" "$@"
}
