// The first-load benchmark: what a reader's browser pays before Parallax
// shows a highlighted comparison, and how the engine in its web worker
// compares with the JavaScript diff libraries in the same page. A script
// that prints numbers, not a test: run it after `./dev build`.
//
//   node bench/load.mjs [--runs 5] [--dist dist]
//   node bench/load.mjs --collation-only    # the last line alone
//
// One Chromium (Debian's, through playwright-core), driven over the DevTools
// protocol for throttling (Network.emulateNetworkConditions,
// Emulation.setCPUThrottlingRate). dist/ is served by a static server here,
// compressed as a host should (gzip level 9 or brotli quality 11, chosen per
// run), uncompressed for comparison. Every run is a fresh browser context
// (empty cache). Prints medians of --runs runs.
//
// Measured, for the default page, a script embed and an iframe embed of the headline pair
// (the Share dialog's embed code on a host page):
// - first highlight: when the comparison is first painted, styled, with its
//   highlights (the later of the animation frame that finds the statements
//   laid out in the widget's style, every shared phrase underlined, and the
//   first paint). The headline pair shares no phrase of two meaningful words:
//   its comparison is its sentence pair and what only each side says;

// - bytes before it: compressed bytes received on the wire (headers included)
//   up to that moment, over all requests (on a fast link this includes the
//   wasm that index.html preloads, which the first paint does not wait for);
// - render-blocking bytes: what the first paint waits for (the HTML, and the
//   files the browser marks render-blocking), as transferred;
// - interactive: when a pointer resting on the first highlighted phrase (or,
//   with none, the first paired sentence) has its counterpart on the other
//   side painted, by the pre-rendered copy's script or the live widget; and
//   the bytes received before that;
// - live: when the wasm has taken over and the widget answers the reader;
// - CLS: cumulative layout shift until 1 s after the widget is live;
// - longest main-thread task during the load (Long Tasks API: only tasks over
//   50 ms are reported, so "< 50" means none).
// Then the longest main-thread task (from a DevTools trace, every task) while
// 1 MB per side is compared and shown, on the page and in a script embed; and
// the engine's own time in the worker next to jsdiff's diffWords and
// diff-match-patch's diff_main + diff_cleanupSemantic on the page's main
// thread, on the same inputs; and last, six versions of ~20,000 words each
// collated at once in the worker (as `./dev bench` does natively).

import { createServer } from "node:http";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { launch } from "../tests/browser/harness.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const ROOT = resolve(import.meta.dirname, "..");
const DIST = resolve(option("dist", join(ROOT, "dist")));
const RUNS = Number(option("runs", 5));
// --page-only: the default page's load alone (e.g. to measure an older build).
const PAGE_ONLY = args.includes("--page-only");
// --collation-only: the six-version collation in the worker alone.
const COLLATION_ONLY = args.includes("--collation-only");
const CORPUS = join(ROOT, "tests/data/corpus");

const NETWORKS = {
  unthrottled: null,
  "Fast 4G + 4× CPU": { latency: 60, download: 9e6, upload: 1.5e6, cpu: 4 },
  "Slow 4G + 4× CPU": { latency: 150, download: 1.6e6, upload: 750e3, cpu: 4 },
};

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
};

// --- the static server -------------------------------------------------------

/** Every file of dist/ in memory, with its gzip and brotli encodings. */
function loadFiles(dir) {
  const files = new Map();
  (function walk(d) {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set("/" + path.slice(dir.length + 1), encodings(readFileSync(path)));
    }
  })(dir);
  return files;
}

function encodings(body) {
  return {
    identity: body,
    gzip: gzipSync(body, { level: 9 }),
    br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  };
}

/** Serves dist/ and `extra` pages, in the encoding `mode.encoding` says. */
async function startServer(files, mode) {
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (path.endsWith("/")) path += "index.html";
    const file = files.get(path);
    if (!file) return res.writeHead(404).end("not found");
    const accepts = req.headers["accept-encoding"] ?? "";
    const encoding = mode.encoding !== "identity" && accepts.includes(mode.encoding) ? mode.encoding : "identity";
    const headers = { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cache-control": "no-store" };
    if (encoding !== "identity") headers["content-encoding"] = encoding;
    res.writeHead(200, headers);
    res.end(file[encoding]);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

// --- inputs --------------------------------------------------------------------

const read = (name) => readFileSync(join(CORPUS, name), "utf8");
const words = (text) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Deterministic xorshift, as in benches/engine.rs. */
function rng(seed) {
  let s = BigInt(seed);
  const mask = (1n << 64n) - 1n;
  return (n) => {
    s ^= (s << 13n) & mask;
    s ^= s >> 7n;
    s ^= (s << 17n) & mask;
    return Number(s % BigInt(n));
  };
}

/** About `target` words of corpus sentences, 10% dropped, shuffled in blocks. */
function longSide(sentences, target, below, block) {
  const picked = [];
  let n = 0;
  while (n < target) {
    for (const s of sentences) {
      if (below(10) === 0) continue;
      picked.push(s);
      n += words(s);
      if (n >= target) break;
    }
  }
  const blocks = [];
  for (let i = 0; i < picked.length; i += block) blocks.push(picked.slice(i, i + block));
  for (let i = blocks.length - 1; i > 0; i--) {
    const j = below(i + 1);
    [blocks[i], blocks[j]] = [blocks[j], blocks[i]];
  }
  return blocks.flat().join(" ");
}

function inputs() {
  const all = readdirSync(CORPUS).filter((n) => n.endsWith(".txt")).sort().map(read).join("\n\n");
  const sentences = all.split(/(?<=[.!?])\s+/).filter((s) => s.trim());
  const below = rng(0x5eed1234abcd9876n);
  const sized = (target) => [longSide(sentences, target, below, 40), longSide(sentences, target, below, 25)];
  const megabyte = (block) => {
    let text = longSide(sentences, 200_000, below, block);
    while (new TextEncoder().encode(text).length > 1_000_000) text = text.slice(0, Math.floor(text.length * 0.97));
    return text;
  };
  return {
    typical: [
      ["headline pair (China / Russia, 1 Feb 2020)", read("2020-02-01_wangyi-lavrov_cn-mfa.txt"), read("2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt")],
      ["Biden / Putin readouts, 9 Jul 2021", read("2021-07-09_biden-putin_us-wh.txt"), read("2021-07-09_biden-putin_ru-kremlin.txt")],
      ["two translations (TASS / Sputnik)", read("2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt"), read("2020-02-01_wangyi-lavrov_ru-mid_via-sputnik.txt")],
      [
        "engine benchmark's typical pair",
        [read("2020-02-01_wangyi-lavrov_cn-mfa.txt"), read("2021-07-09_biden-putin_us-wh.txt")].join("\n\n"),
        [
          read("2021-07-09_biden-putin_ru-kremlin.txt"),
          read("2020-07-17_wangyi-lavrov_ru-mid.txt"),
          read("2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt"),
          read("2020-02-01_wangyi-lavrov_ru-mid_via-sputnik.txt"),
        ].join("\n\n"),
      ],
    ],
    long: [
      ["~7,000 words a side", ...sized(7_000)],
      ["~20,000 words a side", ...sized(20_000)],
    ],
    megabyte: [megabyte(40), megabyte(25)],
    // Six versions (made last, so the inputs above stay as they were), as benches/engine.rs makes them: blocks of 20, 25 … 45 sentences.
    six: [0, 1, 2, 3, 4, 5].map((k) => longSide(sentences, 20_000, below, 20 + 5 * k)),
  };
}

// --- measuring a load --------------------------------------------------------

/** Installed in every page before its own scripts: watches for the first
 * styled highlight, long tasks and layout shifts, in the page or in an
 * embed's shadow root. */
const WATCH = () => {
  const roots = () => [document, ...[...document.querySelectorAll("[data-parallax]")].map((e) => e.shadowRoot).filter(Boolean)];
  const styled = () =>
    roots().some((root) => {
      const text = root.querySelector(".px-panes .px-text");
      if (!text || text.getBoundingClientRect().width === 0 || getComputedStyle(text).whiteSpace !== "pre-wrap") return false;
      const mark = root.querySelector(".px-panes mark.px-shared, .px-panes mark.px-moved");
      return !mark || getComputedStyle(mark).textDecorationLine.includes("underline");
    });
  const live = () => roots().some((root) => root.querySelector("[data-live] .px-root, .px-embed[data-live] .px-root"));
  window.__load = { highlight: null, live: null, interactive: null, longTasks: [], cls: 0 };
  // A pointer resting on the first highlighted phrase (else the first paired
  // sentence) from the moment it is shown: a mouseover each frame, as the
  // browser sends one when what is under a resting pointer changes, until the
  // counterpart on the other side is painted (the CSS highlight that the
  // pre-rendered copy's script and the live widget both paint with).
  const pointed = () => {
    for (const root of roots()) {
      const target = root.querySelector(".px-panes [data-side] mark[data-phrase]") ?? root.querySelector(".px-panes [data-side] [data-pair]");
      if (target) return target;
    }
    return null;
  };
  const counterpartPainted = (target) => {
    const [name, attr] = target.dataset.phrase !== undefined ? ["px-linked", "phrase"] : ["px-pair", "pair"];
    const highlight = window.CSS?.highlights?.get(name);
    if (!highlight) return false;
    const side = target.closest("[data-side]").dataset.side;
    const counterpart = target.getRootNode().querySelector(`.px-panes [data-side]:not([data-side="${side}"]) [data-${attr}="${target.dataset[attr]}"]`);
    return !!counterpart && [...highlight].some((range) => range.intersectsNode(counterpart.firstChild ?? counterpart));
  };
  const frame = (t) => {
    if (window.__load.highlight === null && styled()) window.__load.highlight = t;
    if (window.__load.live === null && live()) window.__load.live = performance.now();
    const target = window.__load.interactive === null && pointed();
    if (target) {
      if (counterpartPainted(target)) window.__load.interactive = t;
      else target.dispatchEvent(new MouseEvent("mouseover", { bubbles: true, composed: true }));
    }
    if (window.__load.highlight === null || window.__load.live === null || window.__load.interactive === null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((l) => window.__load.longTasks.push(...l.getEntries().map((e) => e.duration))).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (!e.hadRecentInput) window.__load.cls += e.value;
  }).observe({ type: "layout-shift", buffered: true });
};

async function measureLoad(browser, url, network, inFrame = false) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  if (network) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: network.latency,
      downloadThroughput: network.download / 8,
      uploadThroughput: network.upload / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: network.cpu });
  }
  // Bytes on the wire, by arrival time (CDP's monotonic clock, seconds).
  const received = [];
  let start = null;
  cdp.on("Network.requestWillBeSent", (e) => (start ??= e.timestamp));
  cdp.on("Network.dataReceived", (e) => received.push([e.timestamp, e.encodedDataLength]));
  cdp.on("Network.responseReceived", (e) => received.push([e.timestamp, 0]));
  const finished = new Map();
  cdp.on("Network.loadingFinished", (e) => finished.set(e.requestId, [e.timestamp, e.encodedDataLength]));
  const chunks = new Map();
  cdp.on("Network.dataReceived", (e) => chunks.set(e.requestId, (chunks.get(e.requestId) ?? 0) + e.encodedDataLength));
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  // In an iframe embed the widget's page is the child frame: its times are
  // counted from the article's navigation, as the reader lives them.
  const frame = inFrame ? page.frames().find((f) => f !== page.mainFrame()) : page;
  const offset = inFrame ? (await frame.evaluate(() => performance.timeOrigin)) - (await page.evaluate(() => performance.timeOrigin)) : 0;
  // A build from before the live marker never reports "live": give it 5 s.
  await frame.waitForFunction(
    () =>
      window.__load.highlight !== null &&
      ((window.__load.live !== null && window.__load.interactive !== null) || performance.now() > window.__load.highlight + 5000),
    null,
    { timeout: 120_000, polling: 100 },
  );
  await page.waitForTimeout(1000);
  const load = await frame.evaluate(() => {
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
    const blocking = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
      .filter((e) => e.entryType === "navigation" || e.renderBlockingStatus === "blocking")
      .reduce((sum, e) => sum + e.transferSize, 0);
    return { ...window.__load, fcp, blocking };
  });
  for (const key of ["highlight", "fcp", "live", "interactive"]) if (load[key] !== null) load[key] += offset;
  const highlight = Math.max(load.highlight, load.fcp);
  // Wire bytes up to the first highlight: dataReceived chunks carry the body
  // bytes as they arrive; loadingFinished's total adds the headers.
  let bytes = 0;
  const navStart = start;
  const at = (ts) => (ts - navStart) * 1000;
  for (const [ts, n] of received) if (at(ts) <= highlight) bytes += n;
  for (const [id, [ts, total]] of finished) if (at(ts) <= highlight) bytes += Math.max(0, total - (chunks.get(id) ?? 0));
  await context.close();
  // Interactive: the counterpart painted, never before the first highlight is.
  const interactive = load.interactive === null ? null : Math.max(load.interactive, highlight);
  let interactiveBytes = 0;
  if (interactive !== null) {
    for (const [ts, n] of received) if (at(ts) <= interactive) interactiveBytes += n;
    for (const [id, [ts, total]] of finished) if (at(ts) <= interactive) interactiveBytes += Math.max(0, total - (chunks.get(id) ?? 0));
  }
  return { highlight, bytes, blocking: load.blocking, live: load.live, interactive, interactiveBytes, cls: load.cls, longest: Math.max(0, ...load.longTasks) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x)} ms`;
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;

/** The Share dialog's script embed code for the default page's comparison. */
async function shareCode(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.locator("[data-live] .px-root").waitFor({ timeout: 60_000 });
  await page.getByTestId("share").click();
  const script = await page.getByTestId("script-code").inputValue({ timeout: 60_000 });
  const iframe = await page.getByTestId("iframe-code").inputValue({ timeout: 60_000 });
  await context.close();
  return { script, iframe };
}

const hostPage = (body, head = "") => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A news article</title>${head}
<style>body{font:18px/1.6 Georgia,serif;max-width:760px;margin:2rem auto;padding:0 1rem}</style></head>
<body><h1>Two readouts of one phone call</h1>
<p>The two foreign ministries published their accounts of the call within hours of each other. They agree on little.</p>
${body}
<p>The article goes on below the comparison.</p></body></html>`;

// --- main-thread tasks while comparing 1 MB per side ----------------------------

/** The longest main-thread task (ms) while `act` runs, from a DevTools trace. */
async function longestTask(browser, page, act) {
  await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
  await act();
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const events = trace.traceEvents ?? trace;
  const main = new Set(
    events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter((e) => e.name === "RunTask" && e.ph === "X" && main.has(`${e.pid}:${e.tid}`)).map((e) => e.dur / 1000);
  return Math.max(0, ...tasks);
}

async function megabyteTasks(browser, base, [left, right]) {
  const results = {};
  // The page: both texts pasted in the editor, then "Compare".
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(base + "/");
    await page.locator("[data-live] .px-root").waitFor({ timeout: 60_000 });
    await page.getByTestId("mode").click();
    await page.getByTestId("text-left").fill(left);
    await page.getByTestId("text-right").fill(right);
    await page.waitForTimeout(1000);
    results.page = await longestTask(browser, page, async () => {
      await page.getByTestId("mode").click();
      await page.waitForFunction((n) => (document.querySelector(".px-pane-right .px-text")?.textContent.length ?? 0) >= n, right.length, { timeout: 120_000, polling: 200 });
      await page.waitForTimeout(500);
    });
    await context.close();
  }
  // A script embed mounted from code with the same texts.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(base + "/bench/empty-host.html");
    await page.waitForFunction(() => window.Parallax);
    results.embed = await longestTask(browser, page, async () => {
      await page.evaluate(([l, r]) => {
        const el = document.createElement("div");
        document.body.append(el);
        window.__el = el;
        return window.Parallax.mount(el, { v: 1, left: { label: "Left", text: l }, right: { label: "Right", text: r } });
      }, [left, right]);
      await page.waitForFunction((n) => (window.__el.shadowRoot?.querySelector(".px-pane-right .px-text")?.textContent.length ?? 0) >= n, right.length, { timeout: 120_000, polling: 200 });
      await page.waitForTimeout(500);
    });
    await context.close();
  }
  return results;
}

// --- the engine in the worker vs the JS libraries, in one page ------------------

const ENGINE_PAGE = `<!doctype html><meta charset="utf-8"><title>engine</title>
<script src="/bench/diff.js"></script><script src="/bench/dmp.js"></script>
<script type="module">
  const worker = new Worker("/parallax-worker_loader.js", { type: "module" });
  const ready = new Promise((ok) => worker.addEventListener("message", (e) => e.data.ready && ok(), { once: true }));
  let id = 0;
  /** Posts \`message\` and resolves with the engine's time once the answer's \`field\` arrives. */
  const ask = async (message, field) => {
    await ready;
    const me = ++id;
    return new Promise((ok) => {
      const on = (e) => {
        if (e.data.id !== me || e.data[field] === undefined) return;
        worker.removeEventListener("message", on);
        ok(e.data.ms);
      };
      worker.addEventListener("message", on);
      worker.postMessage({ id: me, ...message, options: "{}" });
    });
  };
  window.engine = (left, right) => ask({ left, right }, "result");
  window.collate = (versions) => ask({ versions }, "collation");
  window.jsdiff = (left, right) => {
    const t = performance.now();
    const done = Diff.diffWords(left, right, { timeout: 10000 });
    return { ms: performance.now() - t, timedOut: done === undefined };
  };
  window.dmp = (left, right) => {
    const d = new diff_match_patch();
    const t = performance.now();
    const diffs = d.diff_main(left, right);
    d.diff_cleanupSemantic(diffs);
    const ms = performance.now() - t;
    return { ms, timedOut: ms >= d.Diff_Timeout * 1000 };
  };
</script>`;

async function engineVersusJs(browser, base, cases) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + "/bench/engine.html");
  await page.waitForFunction(() => window.engine && window.Diff && window.diff_match_patch);
  const rows = [];
  for (const [name, left, right] of cases) {
    await page.evaluate(([l, r]) => window.engine(l, r), [left, right]); // warm up
    const runs = words(left) > 5000 ? 3 : 11;
    const engine = [], js = [], dmp = [];
    for (let i = 0; i < runs; i++) engine.push(await page.evaluate(([l, r]) => window.engine(l, r), [left, right]));
    let jsTimedOut = false, dmpTimedOut = false;
    for (let i = 0; i < runs && !jsTimedOut; i++) {
      const r = await page.evaluate(([l, r]) => window.jsdiff(l, r), [left, right]);
      js.push(r.ms);
      jsTimedOut = r.timedOut;
    }
    for (let i = 0; i < runs; i++) {
      const r = await page.evaluate(([l, r]) => window.dmp(l, r), [left, right]);
      dmp.push(r.ms);
      dmpTimedOut ||= r.timedOut;
    }
    rows.push({ name, words: `${words(left)} / ${words(right)}`, engine: median(engine), jsdiff: median(js), jsTimedOut, dmp: median(dmp), dmpTimedOut });
  }
  await context.close();
  return rows;
}

/** The engine's time in the worker to collate `versions` (median of `runs`, after a warm-up). */
async function collationInWorker(browser, base, versions, runs = 5) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + "/bench/engine.html");
  await page.waitForFunction(() => window.collate);
  await page.evaluate((v) => window.collate(v), versions);
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await page.evaluate((v) => window.collate(v), versions));
  await context.close();
  return median(times);
}

/** The benchmark's last line: six versions collated in the worker. */
async function printCollation(browser, url, six) {
  const ms = await collationInWorker(browser, url, six);
  console.log(`
Six versions of ~20,000 words (${six.map(words).join(" / ")}) collated in the worker: ${ms.toFixed(0)} ms (median of 5; natively: ./dev bench)`);
}

// --- run -----------------------------------------------------------------------

async function main() {
  if (!existsSync(join(DIST, "index.html"))) throw new Error(`no build in ${DIST}: run ./dev build first`);
  const files = loadFiles(DIST);
  const dmpSource = readFileSync(join(ROOT, "node_modules/diff-match-patch/index.js"), "utf8");
  files.set("/bench/diff.js", encodings(readFileSync(join(ROOT, "node_modules/diff/dist/diff.js"))));
  files.set("/bench/dmp.js", encodings(Buffer.from(`var module = { exports: {} };\n${dmpSource}\nwindow.diff_match_patch = module.exports;`)));
  files.set("/bench/engine.html", encodings(Buffer.from(ENGINE_PAGE)));
  const browser = await launch();
  if (COLLATION_ONLY) {
    const server = await startServer(files, { encoding: "gzip" });
    await printCollation(browser, server.url, inputs().six);
    await server.close();
    return browser.close();
  }
  const setup = await startServer(files, { encoding: "gzip" });
  const code = PAGE_ONLY ? { script: "", iframe: "" } : await shareCode(browser, setup.url);
  await setup.close();

  const modes = [
    ...Object.entries(NETWORKS).map(([net, network]) => ({ net, network, encoding: "gzip" })),
    { net: "Slow 4G + 4× CPU", network: NETWORKS["Slow 4G + 4× CPU"], encoding: "br" },
    { net: "Slow 4G + 4× CPU", network: NETWORKS["Slow 4G + 4× CPU"], encoding: "identity" },
  ];
  console.log(`Parallax first load, ${DIST}, medians of ${RUNS} runs, Chromium ${browser.version()}`);
  console.log(`networks: Fast 4G = 9 Mbps down, 1.5 Mbps up, 60 ms latency; Slow 4G = 1.6 Mbps, 750 kbps, 150 ms; CPU slowed 4×\n`);
  console.log(
    "| page | network | served | bytes before first highlight | render-blocking bytes | first highlight | interactive | bytes before interactive | live | CLS | longest task (load) |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|");
  for (const mode of modes) {
    const server = await startServer(files, mode);
    // The Share dialog's code, pointing at this server.
    files.set("/bench/embed.html", encodings(Buffer.from(hostPage(code.script.replaceAll(setup.url, server.url)))));
    files.set("/bench/iframe.html", encodings(Buffer.from(hostPage(code.iframe.replaceAll(setup.url, server.url)))));
    const pages = [
      ["default page", `${server.url}/`, false],
      ["script embed", `${server.url}/bench/embed.html`, false],
      ["iframe embed", `${server.url}/bench/iframe.html`, true],
    ];
    for (const [name, url, inFrame] of PAGE_ONLY ? pages.slice(0, 1) : pages) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measureLoad(browser, url, mode.network, inFrame));
      const m = (k) => median(runs.map((r) => r[k]));
      const longest = m("longest");
      const live = runs.every((r) => r.live !== null) ? ms(m("live")) : "–";
      const answered = runs.every((r) => r.interactive !== null);
      const interactive = answered ? ms(m("interactive")) : "–";
      const interactiveBytes = answered ? kb(m("interactiveBytes")) : "–";
      console.log(
        `| ${name} | ${mode.net} | ${mode.encoding} | ${kb(m("bytes"))} | ${kb(m("blocking"))} | ${ms(m("highlight"))} | ${interactive} | ${interactiveBytes} | ${live} | ${m("cls").toFixed(3)} | ${longest ? ms(longest) : "< 50 ms"} |`,
      );
    }
    await server.close();
  }

  if (PAGE_ONLY) return browser.close();
  const data = inputs();
  const server = await startServer(files, { encoding: "gzip" });
  files.set("/bench/empty-host.html", encodings(Buffer.from(hostPage("", `<script type="module" src="/parallax-embed.js"></script>`))));
  console.log(`\nLongest main-thread task while comparing and showing 1 MB a side (${words(data.megabyte[0])} / ${words(data.megabyte[1])} words), unthrottled:`);
  const tasks = await megabyteTasks(browser, server.url, data.megabyte);
  console.log(`  page (paste, then Compare): ${ms(tasks.page)}\n  script embed (Parallax.mount): ${ms(tasks.embed)}`);

  console.log("\nEngine time in the worker vs jsdiff diffWords and diff-match-patch (diff_main + cleanupSemantic) on the page's main thread, same page, unthrottled:\n");
  console.log("| input | words | Parallax (worker) | jsdiff | diff-match-patch | jsdiff / Parallax |");
  console.log("|---|---|---|---|---|---|");
  for (const r of await engineVersusJs(browser, server.url, [...data.typical, ...data.long])) {
    const js = r.jsTimedOut ? `> 10 s (timed out)` : `${r.jsdiff.toFixed(1)} ms`;
    const dmp = `${r.dmp.toFixed(1)} ms${r.dmpTimedOut ? " (hit its 1 s limit)" : ""}`;
    const ratio = r.jsTimedOut ? `> ${Math.floor(10000 / r.engine)}×` : `${(r.jsdiff / r.engine).toFixed(1)}×`;
    console.log(`| ${r.name} | ${r.words} | ${r.engine.toFixed(1)} ms | ${js} | ${dmp} | ${ratio} |`);
  }
  await printCollation(browser, server.url, data.six);
  await server.close();
  await browser.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
