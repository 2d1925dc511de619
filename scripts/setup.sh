#!/usr/bin/env bash
# Installs what Parallax needs to build for the browser and to test, and only
# what is missing: a second run with everything in place takes a few seconds.
#
#   scripts/setup.sh          build tools (wasm32 std, trunk, wasm-bindgen, wasm-opt)
#   scripts/setup.sh --test   the same, plus Chromium and chromedriver for browser tests
#
# It prints each thing it installs. When something cannot be installed it
# stops with a message naming what is missing and how to get it. Every step
# installs atomically (cargo install, apt-get, npm ci), so an interrupted run
# leaves nothing half-installed: run it again.
#
# The wasm32 standard library comes the ordinary way (`rustup target add`)
# where that works. Where rustup cannot download it, Debian's rustc-web and
# rust-web-src are used with cargo's build-std instead; scripts/wasm-env.sh
# then tells the build which route was taken.

set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

TRUNK_VERSION=0.22.1
BINARYEN_VERSION=132
DEBIAN_TOOLCHAIN=parallax-debian-web
STATE_DIR=target/setup
mkdir -p "$STATE_DIR"

say() { printf 'setup: %s\n' "$*"; }
fail() {
  printf 'setup: FAILED: %s\n' "$1" >&2
  shift
  for line in "$@"; do printf '       %s\n' "$line" >&2; done
  exit 1
}
have() { command -v "$1" >/dev/null 2>&1; }

export PATH="$HOME/.cargo/bin:$PATH"
have cargo || fail "cargo is not installed." "Install Rust with rustup: https://rustup.rs"
have rustup || fail "rustup is not installed." "Install Rust with rustup: https://rustup.rs"

apt_updated=0
apt_install() {
  have apt-get || fail "cannot install $* : apt-get is not available." \
    "Install these packages (or their equivalents) with your system's package manager: $*"
  [ "$(id -u)" = 0 ] || fail "installing $* needs root." "Run: sudo apt-get install -y $*"
  if [ "$apt_updated" = 0 ]; then
    say "apt-get update"
    apt-get update -qq || fail "apt-get update failed." "Check the network or the apt sources, then run this again."
    apt_updated=1
  fi
  say "installing Debian packages: $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >"$STATE_DIR/apt.log" 2>&1 ||
    fail "apt-get install $* failed (log: $STATE_DIR/apt.log)." "$(tail -n 3 "$STATE_DIR/apt.log")"
}
deb_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# --- 1. The wasm32 standard library -----------------------------------------
# Writes target/setup/wasm.env, which scripts/wasm-env.sh sources.
# PARALLAX_WASM_ROUTE=debian forces the Debian route (to test it where rustup works).
wasm_env="$STATE_DIR/wasm.env"
route="${PARALLAX_WASM_ROUTE:-auto}"
if [ "$route" != debian ] && rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  : >"$wasm_env"
elif [ -f "$wasm_env" ] && grep -q "$DEBIAN_TOOLCHAIN" "$wasm_env" &&
  rustup toolchain list | grep -q "^$DEBIAN_TOOLCHAIN" && [ -d /usr/lib/rustlib/src/rust ]; then
  : # the Debian route is already in place
else
  [ "$route" = debian ] || say "adding the wasm32-unknown-unknown target with rustup"
  if [ "$route" != debian ] && timeout 300 rustup target add wasm32-unknown-unknown >"$STATE_DIR/rustup.log" 2>&1; then
    : >"$wasm_env"
  else
    if [ "$route" = debian ]; then
      say "PARALLAX_WASM_ROUTE=debian: using Debian's rustc-web with build-std"
    else
      say "rustup could not download the wasm32 standard library; using Debian's rustc-web with build-std"
    fi
    missing=()
    for p in rustc-web cargo-web rust-web-src lld-22; do deb_installed "$p" || missing+=("$p"); done
    [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
    [ -x /usr/bin/rustc ] && [ -d /usr/lib/rustlib/src/rust ] ||
      fail "Debian's rustc-web did not provide /usr/bin/rustc and its sources." \
        "Install rustc-web, cargo-web and rust-web-src, or make 'rustup target add wasm32-unknown-unknown' work."
    rustup toolchain list | grep -q "^$DEBIAN_TOOLCHAIN" || {
      say "linking Debian's rustc as the rustup toolchain $DEBIAN_TOOLCHAIN"
      rustup toolchain link "$DEBIAN_TOOLCHAIN" /usr
    }
    # build-std compiles std from rust-web-src; its dependencies (dlmalloc,
    # compiler_builtins, ...) come from crates.io once, so that later builds,
    # which trunk runs offline, find them in cargo's cache.
    say "fetching the wasm32 standard library's dependencies from crates.io"
    RUSTUP_TOOLCHAIN=$DEBIAN_TOOLCHAIN RUSTC_BOOTSTRAP=1 \
      cargo fetch --manifest-path /usr/lib/rustlib/src/rust/library/Cargo.toml >"$STATE_DIR/std-fetch.log" 2>&1 ||
      fail "could not fetch the dependencies of Debian's rust-web-src (log: $STATE_DIR/std-fetch.log)." \
        "$(tail -n 3 "$STATE_DIR/std-fetch.log")"
    # Written last: its presence means the route is complete.
    cat >"$wasm_env" <<EOF
RUSTUP_TOOLCHAIN=$DEBIAN_TOOLCHAIN
RUSTC_BOOTSTRAP=1
CARGO_UNSTABLE_BUILD_STD=std,panic_abort
EOF
  fi
fi

# --- 2. trunk -----------------------------------------------------------------
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  # trunk 0.22.1 needs rustc >= 1.96.1: use stable where it is new enough, else nightly.
  toolchain=stable
  if ! rustc +stable --version | awk '{split($2,v,"."); exit !(v[1]>1 || v[2]>96 || (v[2]==96 && v[3]>=1))}'; then
    toolchain=nightly
    rustup toolchain list | grep -q '^nightly' || {
      say "installing a nightly Rust toolchain to build trunk"
      rustup toolchain install nightly --profile minimal ||
        fail "trunk $TRUNK_VERSION needs rustc >= 1.96.1 and no such toolchain could be installed." \
          "Install a newer Rust (rustup update), then run this again."
    }
  fi
  say "installing trunk $TRUNK_VERSION (cargo +$toolchain install; about 9 minutes on 2 cores)"
  cargo "+$toolchain" install trunk --version "$TRUNK_VERSION" --locked >"$STATE_DIR/trunk.log" 2>&1 ||
    fail "cargo install trunk failed (log: $STATE_DIR/trunk.log)." "$(tail -n 3 "$STATE_DIR/trunk.log")"
fi

# --- 3. wasm-bindgen CLI, exactly the version in Cargo.lock -------------------
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
[ -n "$bindgen_version" ] || fail "cannot read the wasm-bindgen version from Cargo.lock."
if ! wasm-bindgen --version 2>/dev/null | grep -q " $bindgen_version\b" ||
  ! have wasm-bindgen-test-runner; then
  say "installing wasm-bindgen-cli $bindgen_version (about 2 minutes)"
  # Not --locked: one of its locked dependencies is missing from some registry mirrors.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force >"$STATE_DIR/wasm-bindgen.log" 2>&1 ||
    fail "cargo install wasm-bindgen-cli $bindgen_version failed (log: $STATE_DIR/wasm-bindgen.log)." \
      "$(tail -n 3 "$STATE_DIR/wasm-bindgen.log")"
fi

# --- 4. Node packages: wasm-opt (npm binaryen), playwright-core, JS diff libraries
have node && have npm || {
  have apt-get && apt_install nodejs npm
  have node && have npm || fail "node and npm are not installed." "Install Node.js 20.11 or newer."
}
# The browser tests and benchmarks use import.meta.dirname (Node.js 20.11).
node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 11) ? 0 : 1)' ||
  fail "Node.js $(node --version) is too old: the tests need 20.11 or newer." \
    "Install a newer Node.js (Debian 13's nodejs package, or nodejs.org), then run this again."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing node packages (npm ci)"
  npm ci --no-audit --no-fund >"$STATE_DIR/npm.log" 2>&1 ||
    fail "npm ci failed (log: $STATE_DIR/npm.log)." "$(tail -n 3 "$STATE_DIR/npm.log")"
fi
node_modules/.bin/wasm-opt --version | grep -q "version $BINARYEN_VERSION" ||
  fail "node_modules/.bin/wasm-opt is not binaryen $BINARYEN_VERSION." "Run: rm -rf node_modules && npm ci"

# --- 5. Chromium and chromedriver, for tests ----------------------------------
if [ "$want_test" = 1 ]; then
  missing=()
  have chromium || [ -x /usr/bin/chromium ] || missing+=(chromium)
  have chromedriver || [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
fi

say "ready"
