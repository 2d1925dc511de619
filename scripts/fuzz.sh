#!/usr/bin/env bash
# Runs Parallax's fuzz targets, each for a bounded time, and prints how many
# inputs each one tried and whether it found anything.
#
#   scripts/fuzz.sh                 every target, 60 s each
#   scripts/fuzz.sh 300 html_text   one target, 5 minutes
#
# Targets (fuzz/fuzz_targets/, their checks in fuzz/src/lib.rs): compare,
# permalink, comparison_file, file_import, html_text. Each starts from the
# stored inputs in fuzz/seeds/TARGET and fuzz/regressions/TARGET and grows a
# working corpus in fuzz/corpus/TARGET (not kept in git). An input that
# breaks a check is saved in fuzz/artifacts/TARGET/: fix the cause, then
# copy the input to fuzz/regressions/TARGET/ so `cargo test` replays it.
# Needs nightly Rust and cargo-fuzz (installed here when missing). Runs at
# low priority (nice), one target at a time.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  targets=(compare permalink comparison_file file_import html_text)
fi

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal

# No sanitizer (safe Rust), but debug assertions and overflow checks on.
flags=(--sanitizer none --debug-assertions)
(cd fuzz && nice cargo +nightly fuzz build "${flags[@]}")

summary=()
status=0
for target in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$target" "fuzz/regressions/$target"
  log="fuzz/artifacts/$target.log"
  mkdir -p fuzz/artifacts
  printf '\n== %s (%ss)\n' "$target" "$seconds"
  set +e
  (cd fuzz && nice cargo +nightly fuzz run "${flags[@]}" "$target" \
    "corpus/$target" "seeds/$target" "regressions/$target" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=8192 \
    -print_final_stats=1) >"$log" 2>&1
  code=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  if [[ $code -eq 0 ]]; then
    found="nothing"
  else
    found="FAILED (exit $code): $(grep -m1 -E 'panicked at|ERROR: libFuzzer' "$log" || true)"
    found+=" -> $(grep -o "artifacts/$target/[^ ]*" "$log" | tail -1)"
    status=1
  fi
  tail -3 "$log"
  summary+=("$(printf '%-16s %12s executions in %ss, found %s' "$target" "${runs:-?}" "$seconds" "$found")")
done

printf '\n== summary\n'
printf '%s\n' "${summary[@]}"
exit $status
