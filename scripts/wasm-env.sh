# Sourced by ./dev: the environment for building to wasm32 and running the
# tools that scripts/setup.sh installed. Exports nothing for native builds.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$here/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The wasm32 route setup took: empty for rustup's target, build-std otherwise.
wasm_env() {
  env $(cat "$here/target/setup/wasm.env") "$@"
}
