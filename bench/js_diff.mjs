// Times the npm `diff` (jsdiff) diffWords and `diff-match-patch` diff_main +
// diff_cleanupSemantic on two text files, for the engine benchmark
// (benches/engine.rs). Prints one JSON object of median milliseconds.
//
// Usage: node bench/js_diff.mjs LEFT RIGHT [RUNS]
// jsdiff gets a 10 s timeout (reported as timed out); diff-match-patch keeps
// its default Diff_Timeout of 1 s, and a run that takes that long is flagged.

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';

const [left, right, runsArg] = process.argv.slice(2);
if (!left || !right) {
  console.error('usage: node bench/js_diff.mjs LEFT RIGHT [RUNS]');
  process.exit(2);
}
const a = readFileSync(left, 'utf8');
const b = readFileSync(right, 'utf8');
const runs = Math.max(1, Number(runsArg) || 5);
const JSDIFF_TIMEOUT_MS = 10000;

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)];
};

function timeJsdiff() {
  const times = [];
  let timedOut = false;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = diffWords(a, b, { timeout: JSDIFF_TIMEOUT_MS });
    times.push(performance.now() - t0);
    if (result === undefined) {
      timedOut = true;
      break; // one 10 s timeout is enough to report
    }
  }
  return { ms: median(times), timedOut };
}

function timeDmp() {
  const dmp = new DiffMatchPatch(); // Diff_Timeout stays at its default, 1 s
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const d = dmp.diff_main(a, b);
    dmp.diff_cleanupSemantic(d);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  return { ms, timedOut: ms >= dmp.Diff_Timeout * 1000 };
}

const jsdiff = timeJsdiff();
const dmp = timeDmp();
console.log(JSON.stringify({
  jsdiff_ms: jsdiff.ms, jsdiff_timed_out: jsdiff.timedOut,
  dmp_ms: dmp.ms, dmp_timed_out: dmp.timedOut,
}));
