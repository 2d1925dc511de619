// The monkey (tests/browser/monkey.mjs) with a fixed seed: a minute of random
// clicks, keys, pastes, swaps and popovers must raise no console error and no
// uncaught exception, run no markup from a text, and leave the widget
// answering. Other seeds: node tests/browser/monkey.mjs --seed N
import { test } from "node:test";
import assert from "node:assert/strict";
import { withServerAndBrowser } from "./harness.mjs";
import { run } from "./monkey.mjs";

const SEED = 20261129;

let server;
let browser;
withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

test(`a minute of random use (seed ${SEED}) raises no error`, { timeout: 180_000 }, async () => {
  const { log, alive, pwned, errors } = await run(browser, server.url, { seed: SEED, seconds: 60 });
  const last = log.slice(-15).join(" | ");
  assert.deepEqual(errors, [], `after: ${last}`);
  assert.ok(log.length > 100, `only ${log.length} actions in a minute`);
  assert.ok(alive, `the widget stopped answering after: ${last}`);
  assert.equal(pwned, undefined, "markup in a text ran");
});
