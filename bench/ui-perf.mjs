// How quickly the widget answers the reader on long texts, in headless
// Chromium against the built dist/ (run `./dev build` first):
//
//   node bench/ui-perf.mjs            every case below
//   node bench/ui-perf.mjs long 1mb   some of them (long, 20k, 1mb, six, link3, label)
//
// For each case it types the two texts into the editor, compares, and then
// measures from a Chromium performance trace (the main thread's own work,
// not the idle wait for the next vsync):
//   hover: pointer onto a shared phrase in the right pane -> the frame that
//          shows its counterpart linked (all main-thread work in between);
//   +share: the same with the Share dialog open (one hover);
//   n:     the `n` key -> the frame that shows the next difference;
//   scroll: wheel-scrolling the left pane (the right follows) for 25 steps:
//          the longest main-thread task, i.e. the worst frame;
//   first: Compare pressed -> first sentences on screen (wall clock), and
//   all:   -> every sentence of both sides in the page.
// One frame is 16 ms; each figure is the median of 5 runs (scroll: the worst
// of its 25 steps, median of 3 runs).
//
// Inputs that open whole (six, link3, label) print the longest main-thread
// task (Long Tasks API) of each step, which should stay under 200 ms:
//   six:   six versions of about 1 MB each, from a comparison file (a script
//          embed with the controls): loading until the versions view shows,
//          the first two side by side (until both panes hold all their
//          text), and back to the versions view (each time until the whole
//          text of the version read is in);
//   link3: the same steps for three versions of about 1 MB in a link;
//   label: a 4 KB link whose left label is 3 MB, until the widget settles;
//   rename: two statements of 1 MB from a comparison file: loading, the
//          editor opened, and back to reading with a new label (until both
//          panes hold all their text again).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { serve, launch, ROOT } from "../tests/browser/harness.mjs";

const corpus = join(ROOT, "tests/data/corpus");
const putin = readFileSync(join(corpus, "2022-02-24_putin-address-ukraine_ru-kremlin-LONG.txt"), "utf8");
const zelenskyy = readFileSync(join(corpus, "2022-02-19_zelenskyy-munich-speech_ua-president-LONG.txt"), "utf8");

/** `text` repeated (paragraph by paragraph) until `enough(result)`, then cut at a word boundary under `maxBytes`. */
function grow(text, enough, maxBytes = Infinity) {
  let out = text;
  while (!enough(out)) out += "\n\n" + text;
  while (Buffer.byteLength(out) > maxBytes) out = out.slice(0, out.lastIndexOf(" ", out.length - 1000));
  return out;
}
const words = (t) => t.split(/\s+/).filter(Boolean).length;

const CASES = {
  long: () => [putin, zelenskyy],
  "20k": () => [grow(putin, (t) => words(t) >= 20000), grow(zelenskyy, (t) => words(t) >= 20000)],
  "1mb": () => [
    grow(putin, (t) => Buffer.byteLength(t) >= 990_000, 999_000),
    grow(zelenskyy, (t) => Buffer.byteLength(t) >= 990_000, 999_000),
  ],
};

/** Six versions of one statement, each about 1 MB: the long Kremlin
 * address repeated, version `i` leaving out every paragraph whose number
 * is `i` modulo 7, so each two share most of their text but not all. */
function versions(n, bytes = 990_000) {
  const paragraphs = grow(putin, (t) => Buffer.byteLength(t) >= 1.2 * bytes).split("\n\n");
  return Array.from({ length: n }, (_, i) => {
    const kept = paragraphs.filter((_, p) => p % 7 !== i).join("\n\n");
    return grow(kept, () => true, bytes);
  });
}

/** A 3 MB label: repeated, so its link is a few KB. */
const LONG_LABEL = "Ministry of Foreign Affairs ".repeat(110_000).slice(0, 3_000_000);

const OPENED = {
  six: () => ({ statements: versions(6).map((text, i) => ({ label: `V${i}`, text })), via: "file" }),
  link3: () => ({ statements: versions(3).map((text, i) => ({ label: `V${i}`, text })), via: "link" }),
  rename: () => ({
    statements: CASES["1mb"]().map((text, i) => ({ label: `Side ${i}`, text })),
    via: "file",
    rename: true,
  }),
  label: () => ({
    statements: [
      { label: LONG_LABEL, text: "Wang Yi said both sides will keep in close contact." },
      { label: "Russia", text: "Lavrov said both sides will keep in close contact." },
    ],
    via: "link",
  }),
};

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : [...Object.keys(CASES), ...Object.keys(OPENED)];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel"];

/** The renderer main thread's tasks in a trace: [{start, end}] in ms. */
function mainThreadTasks(buffer) {
  const events = JSON.parse(buffer.toString()).traceEvents;
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  return events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.name === "RunTask" && e.dur)
    .map((e) => ({ start: e.ts / 1000, end: (e.ts + e.dur) / 1000 }))
    .sort((a, b) => a.start - b.start);
}

/** Main-thread work caused by `act`: the sum of tasks during it and until the
 * page is idle again; and the longest of those tasks. */
async function traced(browser, page, act) {
  await page.waitForTimeout(200);
  await browser.startTracing(page, { categories: CATEGORIES });
  await act();
  await page.waitForTimeout(300);
  const tasks = mainThreadTasks(await browser.stopTracing());
  // Tasks under 0.05 ms are the trace's own bookkeeping (an idle page adds
  // up to about 1 ms in all over the window).
  const busy = tasks.filter((t) => t.end - t.start > 0.05);
  return {
    total: busy.reduce((s, t) => s + t.end - t.start, 0),
    longest: Math.max(0, ...busy.map((t) => t.end - t.start)),
  };
}

async function openWith(browser, url, left, right) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(url);
  await page.locator(".px-panes").waitFor();
  await page.getByTestId("mode").click();
  await page.getByTestId("text-left").fill(left);
  await page.getByTestId("text-right").fill(right);
  // Let the debounce and the comparison finish before timing the render.
  await page.waitForTimeout(400);
  const t0 = Date.now();
  await page.getByTestId("mode").click();
  await page.waitForFunction(() => document.querySelector(".px-panes:not(.px-stale) .px-pane-right .px-sentence"), null, { timeout: 120_000, polling: 16 });
  const first = Date.now() - t0;
  const [nl, nr] = [left.length, right.length];
  await page.waitForFunction(
    ([nl, nr]) => {
      const len = (s) => document.querySelector(`.px-pane-${s} .px-text`)?.textContent.length ?? 0;
      return !document.querySelector(".px-stale") && len("left") === nl && len("right") === nr;
    },
    [nl, nr],
    { timeout: 300_000, polling: 100 },
  );
  const all = Date.now() - t0;
  return { page, context, errors, first, all };
}

/** Waits until neither pane scrolls any more (a pane that follows the other may move twice). */
async function settled(page) {
  const tops = () => page.evaluate(() => [...document.querySelectorAll(".px-scroll")].map((e) => e.scrollTop).join());
  let last = await tops();
  for (;;) {
    await page.waitForTimeout(150);
    const now = await tops();
    if (now === last) return;
    last = now;
  }
}

/** The point to hover for the `n`-th shared phrase in view in the right
 * pane (or `side`'s), the middle of its widest line, checked to be on top
 * (not under a dialog); and its number. */
function visiblePhrase({ n, side = "right" }) {
  const pane = document.querySelector(`.px-pane-${side} .px-scroll`).getBoundingClientRect();
  const found = [];
  for (const m of document.querySelectorAll(`.px-pane-${side} mark[data-phrase]`)) {
    const r = [...m.getClientRects()].sort((a, b) => b.width - a.width)[0];
    if (!r || r.top < pane.top || r.bottom > pane.bottom) continue;
    const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
    if (m.contains(document.elementFromPoint(x, y))) found.push({ x, y, phrase: m.dataset.phrase });
  }
  return found[n % found.length] ?? null;
}

/** Where navigation stands (it has the focus): "side:span", or null. */
const currentStop = () => {
  const e = document.querySelector(".px-current") ?? document.activeElement;
  return e?.dataset.span ? `${e.closest("[data-side]").dataset.side}:${e.dataset.span}` : null;
};

/** Watches, frame by frame, whether some occurrence of `phrase` on the left
 * is shown linked (as a class on its element in builds before highlights
 * were painted, or as a highlight); `window.__sawLinked` says if it was.
 * Watched, not asked after: an older build scrolled the pane under the
 * pointer away when it brought the counterpart into view. */
const watchLinked = (page, phrase) =>
  page.evaluate((p) => {
    window.__sawLinked = false;
    const until = performance.now() + 1000;
    const look = () => {
      const classed = document.querySelector(`.px-pane-left mark.px-linked[data-phrase="${p}"]`);
      const ranges = [...(globalThis.CSS?.highlights?.get("px-linked") ?? [])];
      if (classed || ranges.some((r) => r.startContainer.parentElement.closest(".px-pane-left"))) window.__sawLinked = true;
      else if (performance.now() < until) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, phrase);

async function measure(browser, url, name, [left, right]) {
  const { page, context, errors, first, all } = await openWith(browser, url, left, right);
  const hover = [];
  const keyN = [];
  const scroll = [];
  for (let i = 0; i < 5; i++) {
    await page.mouse.move(640, 5);
    await settled(page);
    let target = await page.evaluate(visiblePhrase, { n: i });
    if (!target) {
      await page.locator(".px-pane-right mark[data-phrase]").first().scrollIntoViewIfNeeded();
      await settled(page);
      target = await page.evaluate(visiblePhrase, { n: i });
    }
    if (!target) throw new Error(`${name}: no shared phrase in view on the right`);
    await watchLinked(page, target.phrase);
    const t = await traced(browser, page, () => page.mouse.move(target.x, target.y));
    const linked = await page.evaluate(() => window.__sawLinked);
    if (!linked) throw new Error(`${name}: hovering phrase ${target.phrase} linked nothing`);
    hover.push(t.total);
  }
  // Once more with the Share dialog open: a hover must not make the link again.
  await page.getByTestId("share").click();
  await page.mouse.move(640, 5);
  await settled(page);
  const shareTarget = (await page.evaluate(visiblePhrase, { n: 0 })) ?? (await page.evaluate(visiblePhrase, { n: 0, side: "left" }));
  const withShare = shareTarget ? (await traced(browser, page, () => page.mouse.move(shareTarget.x, shareTarget.y))).total : NaN;
  await page.getByTestId("share").click();
  await page.mouse.move(640, 5);
  await page.locator(".px-root").focus();
  for (let i = 0; i < 5; i++) {
    const before = await page.evaluate(currentStop);
    const t = await traced(browser, page, () => page.keyboard.press("n"));
    const after = await page.evaluate(currentStop);
    if (after === null || after === before) throw new Error(`${name}: n did not move (${before} -> ${after})`);
    keyN.push(t.total);
  }
  for (let run = 0; run < 3; run++) {
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      document.querySelector(".px-pane-left .px-scroll").scrollTop = 0;
    });
    await settled(page);
    const pane = await page.locator(".px-pane-left .px-scroll").boundingBox();
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    const t = await traced(browser, page, async () => {
      for (let i = 0; i < 25; i++) {
        await page.mouse.wheel(0, 240);
        await page.waitForTimeout(16);
      }
    });
    scroll.push(t.longest);
  }
  const [leftTop, rightTop, pageY] = await page.evaluate(() => [...document.querySelectorAll(".px-scroll")].map((e) => e.scrollTop).concat(scrollY));
  if (leftTop === 0 || rightTop === 0 || pageY !== 0) console.warn(`${name}: after scrolling, left pane at ${leftTop}, right pane at ${rightTop}, page at ${pageY}`);
  if (errors.length) throw new Error(`${name}: page errors: ${errors.join("; ")}`);
  await context.close();
  return { hover: median(hover), share: withShare, n: median(keyN), scroll: median(scroll), first, all };
}

/** Records every main-thread task over 50 ms (Long Tasks API) from the start. */
const RECORD_LONG_TASKS = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
};

/** The longest task (ms) that started while `act` ran and until `done`
 * holds; 0 when none took over 50 ms. */
async function longestDuring(page, act, done) {
  const from = await page.evaluate(() => performance.now());
  await act();
  await page.waitForFunction(done, null, { timeout: 300_000, polling: 100 });
  await page.waitForTimeout(300);
  const tasks = await page.evaluate((from) => window.__longTasks.filter((t) => t.start >= from), from);
  return Math.max(0, ...tasks.map((t) => t.duration));
}

/** The versions view with the whole text of the version read in. */
const versionShown = () => {
  const root = document.querySelector("#embedded")?.shadowRoot ?? document;
  return root.querySelector('.px-versions .px-version-text[aria-busy="false"]') !== null;
};

/** The pair side by side, compared, with every block of both texts in. */
const pairShown = () => {
  const root = document.querySelector("#embedded")?.shadowRoot ?? document;
  return root.querySelector('.px-panes[aria-busy="false"] .px-pane-right .px-sentence') !== null;
};

async function measureOpened(browser, server, routes, name, input) {
  const { statements, via } = input;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(RECORD_LONG_TASKS);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const root = via === "file" ? "#embedded" : "body";
  let url;
  if (via === "file") {
    routes["/extra/comparison.json"] = { type: "application/json", body: JSON.stringify({ v: 2, statements, controls: true }) };
    url = `${server.url}/extra/embed.html`;
  } else {
    const json = statements.length === 2 ? { v: 1, left: statements[0], right: statements[1] } : { v: 2, statements };
    url = `${server.url}/#c=${deflateRawSync(Buffer.from(JSON.stringify(json))).toString("base64url")}`;
  }
  const steps = { link: via === "link" ? `${url.length - server.url.length} chars` : "-" };
  steps.load = await longestDuring(
    page,
    () => page.goto(url),
    statements.length > 2
      ? versionShown
      : via === "file"
        ? pairShown
        : () => document.querySelector('[data-live] .px-panes[aria-busy="false"]'),
  );
  if (input.rename) {
    const scope = page.locator(root);
    steps.pair = await longestDuring(page, () => scope.getByTestId("mode").click(), () => {
      const root = document.querySelector("#embedded")?.shadowRoot ?? document;
      return root.querySelector('[data-testid="text-left"]') !== null;
    });
    await scope.getByTestId("editor-left").getByLabel("Who").fill("Renamed");
    steps.back = await longestDuring(page, () => scope.getByTestId("mode").click(), pairShown);
  }
  if (statements.length > 2) {
    const scope = page.locator(root);
    steps.pair = await longestDuring(page, () => scope.getByTestId("show-pair").click(), pairShown);
    steps.back = await longestDuring(page, () => scope.getByTestId("show-versions").click(), versionShown);
  }
  if (errors.length) throw new Error(`${name}: page errors: ${errors.join("; ")}`);
  await context.close();
  return steps;
}

const routes = {
  "/extra/embed.html": {
    body: `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/parallax-embed.js"></script>
<div id="embedded" data-parallax data-config="/extra/comparison.json"></div>`,
  },
};
const server = await serve(undefined, { routes });
const browser = await launch();
try {
  const opened = wanted.filter((name) => OPENED[name]);
  if (opened.length) {
    console.log("case     statements    bytes each    link          longest task: load   pair      back");
    console.log("         (rename: pair = the editor opened, back = reading again with a new label)");
    for (const name of opened) {
      const input = OPENED[name]();
      const r = await measureOpened(browser, server, routes, name, input);
      const ms = (x) => (x === undefined ? "-" : `${x.toFixed(0)} ms`).padEnd(10);
      const bytes = input.statements.map((s) => Buffer.byteLength(s.text) + Buffer.byteLength(s.label));
      console.log(`${name.padEnd(9)}${String(input.statements.length).padEnd(14)}${`≤ ${Math.max(...bytes)}`.padEnd(14)}${r.link.padEnd(14)}${" ".repeat(14)}${ms(r.load)}${ms(r.pair)}${ms(r.back)}`);
    }
  }
  const panes = wanted.filter((name) => CASES[name]);
  if (panes.length) console.log("case            words (l / r)     bytes (l / r)        hover    +share   n        scroll   first    all");
  for (const name of panes) {
    const texts = CASES[name]();
    const r = await measure(browser, server.url, name, texts);
    const ms = (x) => `${x.toFixed(1)} ms`.padEnd(9);
    console.log(
      `${name.padEnd(16)}${`${words(texts[0])} / ${words(texts[1])}`.padEnd(18)}${`${Buffer.byteLength(texts[0])} / ${Buffer.byteLength(texts[1])}`.padEnd(21)}` +
        `${ms(r.hover)}${ms(r.share)}${ms(r.n)}${ms(r.scroll)}${ms(r.first)}${ms(r.all)}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
