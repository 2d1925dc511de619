// Embeds on a host page: two script widgets and one iframe, each its own
// comparison; host styles untouched; permalinks round-trip; the report opens
// offline; the page works under a strict Content-Security-Policy; bad
// configs and links say what is wrong; no payload ever runs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { serve, launch, openPage, ready, OUTPUT, highlighted, waitForHighlight, corpusStatement, permalink } from "./harness.mjs";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";
const XSS = [
  `<script>window.__pwned="script"</script>`,
  `<img src=x onerror="window.__pwned='img'">`,
  `"><svg onload="window.__pwned='svg'">`,
  `javascript:window.__pwned='js'`,
  `<a href="javascript:window.__pwned='a'">x</a>`,
  `{{constructor.constructor('window.__pwned=1')()}}`,
];

const config = (left, right, extra = {}) =>
  JSON.stringify({ v: 1, left: { label: "Left side", ...left }, right: { label: "Right side", ...right }, ...extra });

const HOST = `<!doctype html><html><head><meta charset="utf-8">
<style>
  body { font-family: serif; color: rgb(10, 20, 30); background: rgb(250, 250, 240); }
  p.host { color: rgb(200, 0, 0); font-size: 19px; }
  button { background: rgb(0, 128, 0); }
</style>
<link rel="stylesheet" href="/parallax.css">
<script type="module" src="/parallax-embed.js"></script>
</head><body>
<p class="host">Host article paragraph.</p>
<button class="host">Host button</button>
<div id="a" data-parallax data-config="/extra/a.json"></div>
<div id="b" data-parallax data-left-label="Kremlin" data-left="The presidents discussed the situation in Syria at length today."
  data-right-label="White House" data-right="The presidents discussed the situation in Syria and cyber security."></div>
<div id="missing" data-parallax data-config="/extra/missing.json"></div>
<div id="broken" data-parallax data-config="/extra/broken.json"></div>
<iframe id="frame" data-parallax-frame style="width:100%;height:150px;border:0" src="/?embed"></iframe>
<script src="/parallax-frame.js"></script>
</body></html>`;

let server;
let browser;
before(async () => {
  server = await serve(undefined, {
    routes: {
      "/extra/host.html": { body: HOST },
      "/extra/a.json": { type: "application/json", body: config({ text: "Alpha beta gamma delta epsilon. Only here." }, { text: "Alpha beta gamma delta epsilon. Something else." }) },
      "/extra/broken.json": { type: "application/json", body: "{ this is not json" },
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("two script widgets and an iframe on one host page, each with its own comparison", async () => {
  const { page, errors, context } = await openPage(browser, `${server.url}/extra/host.html`);
  await page.locator("#a .px-panes").waitFor();
  await page.locator("#b .px-panes").waitFor();
  assert.match(await page.locator("#a .px-pane-left .px-text").textContent(), /Only here/);
  assert.match(await page.locator("#b .px-pane-left .px-text").textContent(), /Syria at length/);
  assert.ok((await page.locator("#a mark.px-shared").count()) > 0);
  assert.ok((await page.locator("#b mark.px-shared").count()) > 0);
  // Hover in one widget links only within it.
  await page.locator("#b .px-pane-left mark.px-shared").first().hover();
  await waitForHighlight(page, "px-linked", { side: "right", scope: "#b" });
  assert.deepEqual(await highlighted(page, "px-linked", "#a"), []);
  // Bad configs say why, in their own element, and do not break the others.
  await page.locator("#missing .px-embed-error").waitFor();
  assert.match(await page.locator("#missing").innerText(), /404/);
  await page.locator("#broken .px-embed-error").waitFor();
  assert.match(await page.locator("#broken").innerText(), /not valid JSON/);
  // Host styles untouched.
  const host = await page.evaluate(() => {
    const p = getComputedStyle(document.querySelector("p.host"));
    const b = getComputedStyle(document.querySelector("button.host"));
    const body = getComputedStyle(document.body);
    return [p.color, p.fontSize, b.backgroundColor, body.color, body.backgroundColor, body.fontFamily];
  });
  assert.deepEqual(host, ["rgb(200, 0, 0)", "19px", "rgb(0, 128, 0)", "rgb(10, 20, 30)", "rgb(250, 250, 240)", "serif"]);
  // One global only.
  const globals = await page.evaluate(() => Object.keys(window).filter((k) => /parallax|wasm|bindgen/i.test(k)));
  assert.deepEqual(globals, ["Parallax"]);
  // The iframe grows to its content.
  await page.waitForFunction(() => document.getElementById("frame").getBoundingClientRect().height > 400);
  const frame = page.frameLocator("#frame");
  await frame.locator(".px-panes").waitFor();
  assert.equal(await frame.locator(".px-page-title").isVisible(), false, "the embed shows the page title");
  await page.screenshot({ path: join(OUTPUT, "embed-host.png"), fullPage: true });
  assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
  await context.close();
});

test("a permalink opens the same statements, labels and options", async () => {
  const { page, context } = await openPage(browser, server.url);
  await ready(page);
  await page.getByTestId("mode").click();
  await page.getByTestId("text-left").fill("Première phrase. Привет мир, 世界! The partnership of coordination for the new era.");
  await page.getByTestId("text-right").fill("The partnership of coordination for the new era. Dernière phrase.");
  await page.locator('[data-testid="editor-left"] input').first().fill("Côté gauche <b>");
  await page.getByTestId("mode").click();
  await page.getByTestId("options").click();
  await page.getByTestId("min-phrase").fill("4");
  await page.getByTestId("min-phrase").press("Enter");
  await page.getByTestId("share").click();
  const link = await page.getByTestId("permalink").inputValue();
  assert.match(link, /#c=[A-Za-z0-9_-]+$/);
  const { page: other, errors, context: c2 } = await openPage(browser, link);
  await other.locator(".px-panes").waitFor();
  assert.equal(await other.locator(".px-pane-left .px-text").textContent(), "Première phrase. Привет мир, 世界! The partnership of coordination for the new era.");
  assert.equal(await other.locator(".px-pane-left .px-side-label").textContent(), "Côté gauche <b>");
  await other.getByTestId("options").click();
  assert.equal(await other.getByTestId("min-phrase").inputValue(), "4");
  assert.deepEqual(errors, []);
  await c2.close();
  await context.close();
});

test("a damaged permalink says so and opens the example", async () => {
  const { page, errors, context } = await openPage(browser, `${server.url}/#c=AAAA`);
  await ready(page);
  await page.getByTestId("notice").waitFor();
  assert.match(await page.getByTestId("notice").innerText(), /could not be opened/);
  await page.locator(".px-panes").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("payloads in texts, labels and links stay data everywhere", async () => {
  const payload = XSS.join(" ");
  const cfg = config(
    { label: payload, title: payload, source: XSS[3], text: `${payload} shared words are here.` },
    { label: XSS[1], source: "data:text/html,<script>alert(1)</script>", text: `shared words are here. ${payload}` },
  );
  const { page, errors, context } = await openPage(browser, `${server.url}/extra/host.html`);
  await page.locator("#a .px-panes").waitFor();
  await page.evaluate((c) => {
    const el = document.createElement("div");
    el.id = "xss";
    document.body.append(el);
    return window.Parallax.mount(el, JSON.parse(c));
  }, cfg);
  await page.locator("#xss .px-panes").waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  // The summary's own meters are the only SVG; nothing from the payload becomes an element.
  assert.equal(await page.locator("#xss script, #xss img, #xss svg:not(.px-meter), #xss iframe, #xss .px-text a").count(), 0);
  assert.equal(await page.locator("#xss a.px-source").count(), 0, "a javascript:/data: source became a link");
  assert.match(await page.locator("#xss .px-pane-left .px-text").textContent(), /<script>window.__pwned="script"<\/script>/);
  // And through a permalink.
  await page.locator("#xss").getByTestId("share").click();
  const link = await page.locator("#xss").getByTestId("permalink").inputValue();
  const { page: other, context: c2 } = await openPage(browser, link.replace(/^[^#]*/, `${server.url}/`));
  await other.locator(".px-panes").waitFor();
  await other.waitForTimeout(300);
  assert.equal(await other.evaluate(() => window.__pwned), undefined);
  assert.match(await other.locator(".px-pane-left .px-side-label").textContent(), /<script>/);
  await c2.close();
  assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
  await context.close();
});

/** The page on two translations of one statement, which share phrases (the
 * example shares none of two content words). */
const translations = async (url) => {
  const files = ["2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt", "2020-02-01_wangyi-lavrov_ru-mid_via-sputnik.txt"];
  return url + permalink(...(await Promise.all(files.map(corpusStatement))));
};

test("the exported report opens offline with its highlights", async () => {
  const { page, context } = await openPage(browser, await translations(server.url));
  await ready(page);
  await page.locator(".px-panes").waitFor();
  await page.getByTestId("share").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-report").click()]);
  const path = join(OUTPUT, "report.html");
  await download.saveAs(path);
  const offline = await browser.newContext({ offline: true });
  const report = await offline.newPage();
  const requests = [];
  report.on("request", (r) => !r.url().startsWith("file:") && requests.push(r.url()));
  await report.goto(`file://${path}`);
  assert.ok((await report.locator(".px-pane-left mark[data-phrase]").count()) > 0);
  assert.ok((await report.locator(".px-pane-right mark[data-phrase]").count()) > 0);
  assert.match(await report.locator(".px-legend").innerText(), /Shared, same order/);
  assert.equal(await report.locator("script").count(), 0);
  assert.deepEqual(requests, []);
  await report.emulateMedia({ media: "print" });
  await report.screenshot({ path: join(OUTPUT, "report-print.png"), fullPage: true });
  await offline.close();
  await context.close();
});

test("the page works under a strict Content-Security-Policy", async () => {
  const strict = await serve(undefined, { headers: { "content-security-policy": CSP } });
  const { page, errors, context } = await openPage(browser, await translations(strict.url));
  await page.locator(".px-panes").waitFor();
  assert.ok((await page.locator("mark[data-phrase]").count()) > 0);
  assert.deepEqual(errors, []);
  await context.close();
  await strict.close();
});

test("dist/ works from a sub-path of a plain static server, worker included", async () => {
  const sub = await serve(undefined, { prefix: "/news/graphics/parallax/" });
  const { page, errors, context } = await openPage(browser, await translations(sub.url));
  const requested = [];
  context.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.locator(".px-panes").waitFor();
  assert.ok((await page.locator("mark[data-phrase]").count()) > 0);
  // Texts past the worker threshold are compared in the worker, loaded from the same sub-path.
  await page.getByTestId("mode").click();
  const long = Array.from({ length: 400 }, (_, i) => `Sentence ${i} says the two ministers discussed cooperation in public health.`).join(" ");
  await page.getByTestId("text-left").fill(long);
  await page.getByTestId("text-right").fill(`${long} And one more remark.`);
  await page.getByTestId("mode").click();
  await page.waitForFunction(() => document.querySelector(".px-pane-right .px-text")?.textContent.endsWith("And one more remark."));
  assert.ok((await page.locator("mark[data-phrase]").count()) > 0);
  assert.ok(requested.includes("/news/graphics/parallax/parallax-worker_bg.wasm"), `worker not loaded: ${requested.join(" ")}`);
  assert.deepEqual(errors, []);
  await context.close();
  await sub.close();
});
