// Publishing a new build over an old one (docs/embedding.md, "Upgrading"):
// embed codes made against build A keep working against build B's files; a
// reader whose page or embed started on build A and loads more of the widget
// afterwards gets build A's files, never a mix; a reader arriving after the
// upgrade gets build B's files only.
//
// Build B is build A's dist/ rewritten the way a real rebuild differs: every
// file named by its content gets new content and so a new name (a comment in
// the JavaScript, a custom section in the wasm), the four files embed codes
// name keep their names and change (the style sheet visibly), and every
// reference to a renamed file is rewritten.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { serve, launch, openPage, ready, waitForHighlight, DIST, ROOT } from "./harness.mjs";

const CORPUS = join(ROOT, "tests/data/corpus");
/** Two agencies' versions of one statement: much shared phrasing. */
const TASS = readFileSync(join(CORPUS, "2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt"), "utf8");
const SPUTNIK = readFileSync(join(CORPUS, "2020-02-01_wangyi-lavrov_ru-mid_via-sputnik.txt"), "utf8");

/** A file of a build named by its content (name-0123456789.ext). */
const HASHED = /-([0-9a-f]{10})\.(js|wasm)$/;
/** What build B's style sheet adds: a mark a test can read. */
const B_MARK = "\n.px-root { --px-build: b; }\n";

/** Every file under `dir`, as paths relative to it. */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path).map((p) => join(name, p)) : [name];
  });
}

/** A wasm custom section named `name`: valid to append to any module. */
function customSection(name) {
  const payload = Buffer.concat([Buffer.from([name.length]), Buffer.from(name)]);
  return Buffer.concat([Buffer.from([0, payload.length]), payload]);
}

/** Writes into `to` build B made from build A in `from`; returns B's new names by A's. */
function rebuild(from, to) {
  cpSync(from, to, { recursive: true });
  const all = files(to);
  const renamed = Object.fromEntries(
    all.filter((p) => HASHED.test(p)).map((p) => {
      const digest = createHash("sha256").update(`${p} of build B`).digest("hex").slice(0, 10);
      return [p, p.replace(HASHED, `-${digest}.$2`)];
    }),
  );
  const base = (p) => p.split("/").pop();
  for (const path of all) {
    const full = join(to, path);
    let body = readFileSync(full);
    if (/\.(js|html|css)$/.test(path)) {
      let text = body.toString();
      for (const [a, b] of Object.entries(renamed)) text = text.replaceAll(base(a), base(b));
      if (HASHED.test(path) || path.endsWith(".js")) text += "\n// build B\n";
      if (path === "parallax.css") text += B_MARK;
      body = Buffer.from(text);
    } else if (path.endsWith(".wasm")) {
      body = Buffer.concat([body, customSection("build B")]);
    }
    if (renamed[path]) {
      rmSync(full);
      writeFileSync(join(to, renamed[path]), body);
    } else {
      writeFileSync(full, body);
    }
  }
  return Object.fromEntries(Object.entries(renamed).map(([a, b]) => [base(a), base(b)]));
}

let site;
let server;
let browser;
/** Build A's and build B's files named by their content. */
let namesA;
let namesB;
/** A host article with the script embed code and the iframe embed code the Share dialog gave on build A. */
const routes = {};

before(async () => {
  site = mkdtempSync(join(tmpdir(), "parallax-site-"));
  cpSync(DIST, site, { recursive: true });
  namesA = files(site).filter((p) => HASHED.test(p)).map((p) => p.split("/").pop());
  server = await serve(site, { routes });
  browser = await launch();
  // The embed codes a newsroom published in an article while build A was live.
  const { page, context } = await openPage(browser, server.url);
  await ready(page);
  await page.getByTestId("mode").click();
  await page.getByTestId("text-left").fill(TASS);
  await page.getByTestId("text-right").fill(SPUTNIK);
  await page.getByTestId("mode").click();
  await page.locator("[data-live] .px-pane-right mark[data-phrase]").first().waitFor();
  await page.getByTestId("share").click();
  const script = await page.getByTestId("script-code").inputValue();
  await page.waitForFunction(() => document.querySelector("[data-testid=iframe-code]")?.value.includes("#c="));
  const iframe = await page.getByTestId("iframe-code").inputValue();
  await context.close();
  routes["/extra/article.html"] = {
    body: `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
<p>An article published with build A.</p>
<section id="script">${script}</section>
<section id="frame">${iframe}</section>
</body></html>`,
  };
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

/** Records the widget's files `page` (and its frames) ask for, with their statuses. */
function recordFiles(page) {
  const asked = [];
  page.on("response", (r) => {
    const name = new URL(r.url()).pathname.split("/").pop();
    if (HASHED.test(name)) asked.push({ name, status: r.status() });
  });
  return asked;
}

test("an embed code made against one build works against the next, and no reader mixes the two builds' files", async () => {
  // A reader opens the article while build A is published.
  const before = await openPage(browser, `${server.url}/extra/article.html`);
  const beforeAsked = recordFiles(before.page);
  await ready(before.page, "#script");
  // ...and another opens the full page, from which they will edit later.
  const pageReader = await openPage(browser, server.url);
  const pageAsked = recordFiles(pageReader.page);
  await ready(pageReader.page);

  // Build B is published over build A: its files copied onto the site.
  const staging = mkdtempSync(join(tmpdir(), "parallax-build-b-"));
  try {
    const renamed = rebuild(site, join(staging, "dist"));
    namesB = Object.values(renamed);
    assert.ok(namesB.some((n) => n.endsWith(".wasm")) && namesB.every((n) => !namesA.includes(n)), "every file named by its content has a new name");
    cpSync(join(staging, "dist"), site, { recursive: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }

  // The page reader, still on build A, now edits: the rest of the widget
  // arrives, from build A, and compares what they typed.
  await pageReader.page.getByTestId("mode").click();
  await pageReader.page.getByTestId("text-left").fill("The two ministers discussed trade and the climate.");
  await pageReader.page.getByTestId("text-right").fill("The two ministers discussed trade and security.");
  await pageReader.page.getByTestId("mode").click();
  await pageReader.page.locator("[data-live] .px-pane-right mark.px-shared").first().waitFor();
  assert.ok(pageAsked.length > 0, "the full widget and the worker were loaded after the upgrade");
  assert.deepEqual(pageAsked.filter((f) => !namesA.includes(f.name) || f.status !== 200), [], "a page started on build A loads build A's files only");
  assert.deepEqual(beforeAsked.filter((f) => !namesA.includes(f.name) || f.status !== 200), [], "an embed started on build A loads build A's files only");

  // A reader who opens the same article now gets build B, through the embed
  // codes made against build A: both embeds come alive and answer pointing.
  const after = await openPage(browser, `${server.url}/extra/article.html`);
  const afterAsked = recordFiles(after.page);
  await after.page.reload();
  await ready(after.page, "#script");
  const phrase = after.page.locator("#script [data-live] .px-pane-left mark[data-phrase]").first();
  await phrase.hover();
  await waitForHighlight(after.page, "px-linked", { side: "right", scope: "#script" });
  const frame = after.page.frameLocator("#frame iframe");
  await frame.locator("[data-live] .px-pane-right mark[data-phrase]").first().waitFor();
  const buildOf = (root) => getComputedStyle(root).getPropertyValue("--px-build").trim();
  const mark = await after.page.locator("#script [data-live] .px-root").first().evaluate(buildOf);
  assert.equal(mark, "b", "the script embed shows build B's style sheet");
  const frameMark = await frame.locator(".px-root").first().evaluate(buildOf);
  assert.equal(frameMark, "b", "the iframe embed shows build B");
  assert.ok(afterAsked.some((f) => f.name.endsWith(".wasm")), "the page's wasm was loaded");
  assert.deepEqual(afterAsked.filter((f) => !namesB.includes(f.name) || f.status !== 200), [], "a reader arriving after the upgrade loads build B's files only");
  assert.deepEqual([...before.errors, ...pageReader.errors, ...after.errors], []);
  for (const reader of [before, pageReader, after]) await reader.context.close();
});
