// A monkey for the built page: for a bounded time it clicks, points, types,
// pastes, swaps, opens and closes Teach, Share and Options, scrolls and
// presses keys at random, and records every console error and uncaught
// exception. The same seed makes the same choices (timing may still differ:
// the worker answers when it answers).
//
//   node tests/browser/monkey.mjs                    one run, random seed, 60 s
//   node tests/browser/monkey.mjs --seed 7 --seconds 120 --runs 3
//
// Run `./dev build` first. tests/browser/monkey.test.mjs runs it with a
// fixed seed as part of the test suite.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { serve, launch, ready, ROOT } from "./harness.mjs";

/** A small, fast, seedable generator (mulberry32). */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (xs) => xs[int(xs.length)] };
}

const corpus = join(ROOT, "tests/data/corpus");
const TEXTS = [
  readFileSync(join(corpus, "2021-07-09_biden-putin_us-wh.txt"), "utf8"),
  readFileSync(join(corpus, "2021-07-09_biden-putin_ru-kremlin.txt"), "utf8"),
  readFileSync(join(corpus, "2020-04-14_lavrov-wangyi_ru-pravda.ru.txt"), "utf8"),
  readFileSync(join(corpus, "2022-02-19_zelenskyy-munich-speech_ua-president-LONG.txt"), "utf8"),
];
const ODD = [
  "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">",
  "e\u0301 \u00a0 \u200b 👩‍👩‍👧 🇺🇦 \r\n\r\n",
  "第二段。第三段！ 你好？",
  "   ",
  "",
  "a".repeat(3000),
  "Ünïcödé — “quotes” ‘and’ dashes – and… ellipses",
];
const KEYS = ["n", "p", "j", "k", "?", "Escape", "Enter", "Tab", "Shift+Tab", "ArrowDown", "ArrowUp", "PageDown", "PageUp", " ", "x", "Backspace"];
const TOGGLES = ["lesson", "share", "options", "help", "swap", "mode", "layout", "theme", "next-diff", "prev-diff", "next-phrase", "prev-phrase"];

/** Something to type or paste: a real statement (or a piece, or many
 * copies of one, enough for the worker), odd characters, or markup. */
function someText(r) {
  const text = r.pick(TEXTS);
  switch (r.int(5)) {
    case 0:
      return r.pick(ODD);
    case 1:
      return text.slice(r.int(text.length), r.int(text.length) + 400);
    case 2:
      return Array(2 + r.int(12)).fill(text).join("\n\n");
    default:
      return text;
  }
}

/** Visible controls and text elements of the widget, with a point on each. */
function targets() {
  const out = [];
  const selector = "button, select, input, textarea, mark, .px-sentence, .px-span, .px-chip, .px-scroll, .px-rows, summary";
  for (const el of document.querySelectorAll(`.px-root :is(${selector})`)) {
    const r = [...el.getClientRects()].find((r) => r.width > 2 && r.height > 2);
    if (!r || r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) continue;
    if (el.disabled) continue;
    out.push({ x: r.left + Math.min(r.width - 1, 4 + (r.width - 8) * 0.5), y: r.top + r.height / 2, tag: el.tagName.toLowerCase(), type: el.type ?? "" });
  }
  return out;
}

/** One random action; returns what it did, for the log. */
async function act(page, r) {
  const choice = r.int(100);
  if (choice < 30) {
    const all = await page.evaluate(targets);
    if (!all.length) return "nothing to click";
    const t = r.pick(all);
    if (t.tag === "input" && t.type === "file") return "skipped a file input";
    if (r.int(3) === 0) {
      await page.mouse.move(t.x, t.y, { steps: 1 + r.int(3) });
      return `point at ${t.tag}`;
    }
    await page.mouse.click(t.x, t.y);
    return `click ${t.tag}`;
  }
  if (choice < 48) {
    const id = r.pick(TOGGLES);
    const el = page.getByTestId(id);
    if (!(await el.isVisible().catch(() => false)) || !(await el.isEnabled().catch(() => false))) return `no ${id}`;
    await el.click({ timeout: 2000 }).catch(() => {});
    return `click ${id}`;
  }
  if (choice < 66) {
    const key = r.pick(KEYS);
    await page.keyboard.press(key);
    return `key ${key}`;
  }
  if (choice < 78) {
    const area = page.getByTestId(r.pick(["text-left", "text-right"]));
    if (!(await area.isVisible().catch(() => false))) {
      await page.getByTestId("mode").click({ timeout: 2000 }).catch(() => {});
      return "edit";
    }
    const text = someText(r);
    if (r.int(2)) {
      await area.fill(text, { timeout: 5000 }).catch(() => {});
      return `paste ${text.length} chars`;
    }
    await area.focus().catch(() => {});
    await page.keyboard.insertText(text.slice(0, 60));
    return `type ${JSON.stringify(text.slice(0, 20))}`;
  }
  if (choice < 88) {
    const all = await page.evaluate(targets);
    const panes = all.filter((t) => t.tag === "div");
    const t = panes.length ? r.pick(panes) : { x: 640, y: 500 };
    await page.mouse.move(t.x, t.y);
    await page.mouse.wheel(0, (r.next() - 0.3) * 3000);
    return "scroll";
  }
  if (choice < 94) {
    const fields = page.locator(".px-root input[type=text], .px-root input[type=number]");
    const n = await fields.count();
    if (!n) return "no field";
    const field = fields.nth(r.int(n));
    const value = r.pick(["0", "1", "2", "12", "99", "-3", "abc", "", "Kremlin", "https://example.org/", "javascript:alert(1)", "<b>x</b>"]);
    await field.fill(value, { timeout: 2000 }).catch(() => {});
    await field.press("Enter", { timeout: 2000 }).catch(() => {});
    return `field ${JSON.stringify(value)}`;
  }
  await page.waitForTimeout(r.int(400));
  return "wait";
}

/** Runs the monkey on `page` for `seconds`; returns the actions taken and
 * every error seen. */
export async function monkey(page, errors, { seed, seconds }) {
  const r = random(seed);
  const log = [];
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end && !errors.length) {
    log.push(await act(page, r));
  }
  // Still alive: the help opens on its key. A loaded machine may take a
  // while to settle what the last actions started (a recompare, a dialog
  // giving focus back), so the key is tried three times, 5 s apart.
  let alive = false;
  for (let attempt = 0; attempt < 3 && !alive; attempt++) {
    await page.keyboard.press("Escape");
    await page.locator(".px-root").first().focus();
    await page.keyboard.press("?");
    alive = await page
      .getByRole("dialog", { name: "Keyboard shortcuts" })
      .waitFor({ timeout: 5000 })
      .then(() => true, () => false);
  }
  if (!alive) {
    // What the reader would see, for the failure message.
    log.push(await page.evaluate(() => `focus on ${document.activeElement?.outerHTML.slice(0, 120)}; open: ${[...document.querySelectorAll("[role=dialog]")].map((d) => d.getAttribute("aria-label")).join(", ")}`));
  }
  const pwned = await page.evaluate(() => window.__pwned);
  return { log, alive, pwned };
}

/** Opens the built page served from `url` and lets the monkey loose on it. */
export async function run(browser, url, options) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  // Links open new tabs, which the monkey ignores.
  context.on("page", (p) => p !== page && p.close().catch(() => {}));
  await page.goto(url);
  await ready(page);
  const result = await monkey(page, errors, options);
  await context.close();
  return { ...result, errors };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const seconds = arg("seconds", 60);
  const runs = arg("runs", 1);
  const server = await serve();
  const browser = await launch();
  let failed = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const seed = arg("seed", Math.floor(Math.random() * 2 ** 31)) + i;
      const { log, alive, pwned, errors } = await run(browser, server.url, { seed, seconds });
      const ok = alive && !errors.length && pwned === undefined;
      if (!ok) failed++;
      console.log(`seed ${seed}: ${log.length} actions, ${ok ? "ok" : "FAILED"}`);
      if (!ok) {
        console.log(`  last actions: ${log.slice(-15).join(" | ")}`);
        for (const e of errors) console.log(`  error: ${e}`);
        if (!alive) console.log("  the widget stopped answering");
        if (pwned !== undefined) console.log("  a text's markup ran");
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit(failed ? 1 : 0);
}
