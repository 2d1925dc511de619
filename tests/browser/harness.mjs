// Shared by the end-to-end tests: serves a directory on 127.0.0.1 and drives
// Debian's Chromium through playwright-core (never a downloaded browser).
import { before, after } from "node:test";
import { mkdirSync, readdirSync } from "node:fs";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { deflateRawSync } from "node:zlib";
import { chromium } from "playwright-core";

export const ROOT = resolve(import.meta.dirname, "../..");
export const DIST = join(ROOT, "dist");
export const OUTPUT = join(ROOT, "tests/browser/output");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/** The name `name` (e.g. "parallax-worker_loader.js") is published under
 * in a build directory: the build names its files by their content. */
export function published(name, dir = DIST) {
  const dot = name.lastIndexOf(".");
  const [stem, ext] = [name.slice(0, dot), name.slice(dot)];
  const found = readdirSync(dir).filter((f) => f.startsWith(`${stem}-`) && f.endsWith(ext) && /^[0-9a-f]{10}$/.test(f.slice(stem.length + 1, -ext.length)));
  if (found.length !== 1) throw new Error(`${dir} holds ${found.length} published files for ${name}`);
  return found[0];
}

/** Serves `dir` at `prefix` (and, under /extra/, any of `routes`) on an
 * ephemeral port, like a plain static file server. */
export async function serve(dir = DIST, { headers = {}, routes = {}, prefix = "/" } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://x");
    if (routes[url.pathname]) {
      const r = routes[url.pathname];
      res.writeHead(r.status ?? 200, { "content-type": r.type ?? "text/html; charset=utf-8", ...headers, ...(r.headers ?? {}) });
      return res.end(r.body);
    }
    if (!url.pathname.startsWith(prefix)) return res.writeHead(404).end("not found");
    let path = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length - 1))));
    if (!path.startsWith(dir)) return res.writeHead(403).end();
    try {
      if ((await stat(path)).isDirectory()) path = join(path, "index.html");
      const body = await readFile(path);
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${prefix === "/" ? "" : prefix}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Serves dist/ and launches Chromium before a test file's tests (and
 * makes sure the screenshot folder exists), closing both after; `set`
 * receives the server and the browser. */
export function withServerAndBrowser(set) {
  let server;
  let browser;
  before(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    server = await serve();
    browser = await launch();
    set(server, browser);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/** Launches Chromium with the flags that work as root on a closed network
 * (playwright gives each launch a fresh profile directory). */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--disable-dev-shm-usage",
    ],
    headless: true,
  });
}

/** A new page that records console errors and uncaught exceptions. */
export async function openPage(browser, url, { viewport = { width: 1280, height: 900 }, colorScheme = "light", javaScriptEnabled = true, initScript, phone = false } = {}) {
  // A phone: its screen, a touch screen and no hover.
  const device = phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 } : { viewport };
  const context = await browser.newContext({ ...device, colorScheme, javaScriptEnabled });
  // Runs in every page before its own scripts (e.g. to hold back idle callbacks).
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, errors, context };
}

/** Waits until the widget is live (its wasm has taken over from any
 * pre-rendered copy) and shows a comparison, the editor or a prompt. The
 * locators reach into an embed's shadow root. */
export async function ready(page, scope = "body") {
  await page.locator(`${scope} [data-live] .px-root`).first().waitFor();
  await page
    .locator(`${scope} [data-live] :is(.px-panes, .px-editors, .px-empty:not([role="status"]))`)
    .first()
    .waitFor();
}

/** Opens `url` in a new page and waits until it shows a finished comparison. */
export async function openCompared(browser, url, options = {}) {
  const opened = await openPage(browser, url, options);
  await ready(opened.page);
  await opened.page.locator('.px-panes[aria-busy="false"]').waitFor();
  return opened;
}

/** Replaces both texts in the editor and compares them. */
export async function replaceTexts(page, left, right) {
  await page.getByTestId("mode").click();
  await page.getByTestId("text-left").fill(left);
  await page.getByTestId("text-right").fill(right);
  await page.getByTestId("mode").click();
  await page.locator('.px-panes[aria-busy="false"]').waitFor();
}

/** What the widget paints as highlight `name` (the CSS Custom Highlight API:
 * linked phrases, the selected term, a pair's shared words) inside `scope`:
 * each range's text and the side it is on. */
export function highlighted(page, name, scope = "body") {
  return page.evaluate(
    ([name, scope]) => {
      const root = document.querySelector(scope);
      // A script embed's widget lives in a shadow root inside its element.
      const inside = (node) => {
        for (let n = node; n && root; n = n.getRootNode().host) if (root.contains(n)) return true;
        return false;
      };
      const ranges = [...(CSS.highlights.get(name) ?? [])].filter((r) => inside(r.startContainer));
      return ranges.map((r) => ({ side: r.startContainer.parentElement.closest("[data-side]")?.dataset.side, text: r.toString() }));
    },
    [name, scope],
  );
}

/** Waits until highlight `name` paints something inside `scope` on `side`
 * (any side when omitted); returns the painted texts there. */
export async function waitForHighlight(page, name, { side, scope = "body" } = {}) {
  await page.waitForFunction(
    ([name, side, scope]) => {
      const root = document.querySelector(scope);
      const inside = (node) => {
        for (let n = node; n && root; n = n.getRootNode().host) if (root.contains(n)) return true;
        return false;
      };
      return [...(CSS.highlights.get(name) ?? [])].some(
        (r) => inside(r.startContainer) && (!side || r.startContainer.parentElement.closest("[data-side]")?.dataset.side === side),
      );
    },
    [name, side, scope],
  );
  return (await highlighted(page, name, scope)).filter((r) => !side || r.side === side).map((r) => r.text);
}

/** The corpus of real statements the repository carries (tests/data/corpus). */
export const CORPUS = join(ROOT, "tests/data/corpus");

/** A statement of the corpus: its text, labelled with its file name. */
export async function corpusStatement(file) {
  return { label: file.replace(/\.txt$/, ""), text: await readFile(join(CORPUS, file), "utf8") };
}

/** The permalink fragment (`#c=…`) that opens `left` and `right` (statements:
 * `{ label, text, … }`) with `options`, made as the widget makes it: JSON,
 * raw DEFLATE, unpadded base64url. */
export function permalink(left, right, options = {}) {
  const json = JSON.stringify({ v: 1, left, right, options });
  return "#c=" + deflateRawSync(Buffer.from(json)).toString("base64url");
}
