// The standalone page's first load: static first, interactive after. The
// pre-rendered comparison reads, and answers pointing and focus, before any
// wasm arrives, and the live widget takes its place without moving and
// without losing what the reader points at; a permalink never shows the
// example; the page loads the reading view only, and the rest of the widget
// when first used (a control used before it arrives waits, then acts, on a
// slow network too); the engine runs only in the worker, with a progress
// bar for long comparisons; the examples and the report's styles are files
// fetched when needed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { highlighted, waitForHighlight, openPage, published, ready, withServerAndBrowser } from "./harness.mjs";

let server;
let browser;
withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

/** A page whose requests for `pattern` wait until `release()` is called. */
async function withHeld(pattern, url = server.url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  let release;
  const released = new Promise((ok) => (release = ok));
  await page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(url);
  return { page, context, errors, release };
}

test("the page reads before its wasm arrives, and comes alive without moving", async () => {
  const { page, context, errors, release } = await withHeld("**/parallax-web_bg*.wasm");
  await page.evaluate(() => {
    window.__shifts = [];
    new PerformanceObserver((l) => window.__shifts.push(...l.getEntries().map((e) => e.value))).observe({ type: "layout-shift", buffered: true });
  });
  // No wasm yet: the comparison is there, laid out, with its sentence pair.
  const right = page.locator("#parallax-app .px-pane-right .px-text");
  assert.match(await right.textContent(), /The Russian side highly praised/);
  assert.ok((await page.locator("#parallax-app [data-pair]").count()) > 0);
  assert.equal(await page.locator("[data-live]").count(), 0);
  const scroller = page.locator("#parallax-app .px-pane-left .px-scroll");
  await scroller.evaluate((el) => (el.scrollTop = 90));
  const sentence = await page.locator("#parallax-app .px-pane-right [data-pair]").first().boundingBox();
  release();
  await ready(page);
  assert.deepEqual(await page.locator("[data-live] .px-pane-right [data-pair]").first().boundingBox(), sentence, "the widget moved");
  assert.equal(await page.locator("[data-live] .px-pane-left .px-scroll").evaluate((el) => el.scrollTop), 90, "scroll lost");
  assert.deepEqual(await page.evaluate(() => window.__shifts), [], "layout shifted");
  // The wasm was asked for with the HTML (its preload hint), not after boot.js ran.
  assert.equal(
    await page.evaluate(() => performance.getEntriesByType("resource").find((e) => /parallax-web_bg-\w+\.wasm$/.test(e.name))?.initiatorType),
    "link",
    "the wasm was not fetched through its preload hint",
  );
  // Live: the example points out its sentence pair at once; pointing away
  // clears it, and pointing at a sentence links its counterpart.
  await page.waitForFunction(() => CSS.highlights.get("px-pair")?.size === 2);
  await page.locator('[data-live] .px-pane-left [data-sentence="0"]').hover();
  await page.waitForFunction(() => CSS.highlights.get("px-pair")?.size === 0);
  await page.locator("[data-live] .px-pane-right [data-pair]").first().hover();
  await waitForHighlight(page, "px-pair", { side: "left", scope: "[data-live]" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("before its wasm, the page answers pointing and focus on a sentence, and the live widget goes on from there", async () => {
  const { page, context, errors, release } = await withHeld("**/parallax-web_bg*.wasm");
  // The example's two statements share a sentence pair (and no phrase).
  const right = page.locator("#parallax-app .px-pane-right [data-pair]").first();
  await right.hover();
  const painted = await waitForHighlight(page, "px-pair", { side: "left" });
  assert.match(painted.join(" "), /^Lavrov said that Russia fully recognizes/);
  assert.equal(await page.locator("[data-live]").count(), 0, "the wasm was held back");
  assert.equal(await page.locator("#parallax-app .px-root").getAttribute("data-pointed-pair"), "right 0");
  // Its counterpart was brought into view in its pane.
  const [sentence, pane] = await Promise.all([
    page.locator('#parallax-app .px-pane-left [data-pair="0"]').boundingBox(),
    page.locator("#parallax-app .px-pane-left .px-scroll").boundingBox(),
  ]);
  assert.ok(sentence.y < pane.y + pane.height && sentence.y + 10 > pane.y, "the counterpart is out of its pane's view");
  // Pointing away clears it.
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => CSS.highlights.get("px-pair")?.size === 0);
  await right.hover();
  release();
  await ready(page);
  // The live widget shows what the reader points at, and only it paints:
  // nothing painted is left in the copy it replaced.
  await waitForHighlight(page, "px-pair", { side: "left", scope: "[data-live]" });
  assert.ok(await page.evaluate(() => [...CSS.highlights.get("px-pair")].every((r) => r.startContainer.isConnected)), "the copy's marks stayed");
  await page.locator('[data-live] .px-pane-left [data-sentence="0"]').hover();
  await page.waitForFunction(() => CSS.highlights.get("px-pair")?.size === 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a permalink never shows the pre-rendered example", async () => {
  // A link made by the page itself.
  const { page: maker, context: c1 } = await openPage(browser, server.url);
  await ready(maker);
  await maker.getByTestId("mode").click();
  await maker.getByTestId("text-left").fill("Both ministers praised the measures taken against the spread of the disease.");
  await maker.getByTestId("text-right").fill("The ministers praised the measures taken against the spread of the disease today.");
  await maker.getByTestId("mode").click();
  await maker.getByTestId("share").click();
  const link = await maker.getByTestId("permalink").inputValue();
  await c1.close();
  const { page, context, errors, release } = await withHeld("**/parallax-web_bg*.wasm", link);
  assert.equal(await page.locator("#parallax-app .px-pane-left").isVisible(), false, "the example is shown for a permalink");
  assert.match(await page.locator("#parallax-app").evaluate((el) => getComputedStyle(el, "::before").content), /Opening the comparison/);
  release();
  await ready(page);
  assert.match(await page.locator("[data-live] .px-pane-left .px-text").textContent(), /^Both ministers praised/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the page has no engine of its own: without the worker it still reads, and says why it cannot compare", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route("**/parallax-worker*", (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.goto(server.url);
  await ready(page);
  // The pre-rendered comparison came with the page: live without the worker.
  assert.match(await page.locator("[data-live] .px-pane-left .px-text").textContent(), /Wang Yi/);
  await page.getByTestId("mode").click();
  await page.getByTestId("text-right").fill("Something else entirely.");
  await page.getByTestId("mode").click();
  const notice = page.locator("[data-live] [data-testid=notice]", { hasText: "comparison engine" });
  await notice.waitFor();
  assert.match(await notice.innerText(), /could not load its comparison engine from http:\/\/127\.0\.0\.1:\d+\/parallax-worker_loader-\w+\.js/);
  await context.close();
});

test("a long comparison shows how far it has come, and can be cancelled", async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await ready(page);
  const sentence = (i, side) => `Paragraph ${i} says that the ministers of side ${side} discussed item ${(i * 7) % 101} at length. `;
  const text = (side) => Array.from({ length: 9000 }, (_, i) => sentence(i, side)).join("");
  await page.getByTestId("mode").click();
  await page.getByTestId("text-left").fill(text("a"));
  await page.getByTestId("text-right").fill(text("b"));
  await page.getByTestId("mode").click();
  const bar = page.getByTestId("progress");
  await bar.waitFor();
  const value = Number(await bar.locator("progress").getAttribute("value"));
  assert.ok(value > 0 && value < 100, `progress ${value}`);
  await bar.getByRole("button", { name: "Cancel" }).click();
  await page.locator("[data-testid=notice]", { hasText: "Comparison cancelled" }).waitFor();
  assert.equal(await bar.count(), 0);
  // An option changed: compared again, to the end this time.
  await page.getByTestId("options").click();
  await page.getByTestId("min-phrase").fill("4");
  await page.getByTestId("min-phrase").press("Enter");
  await page.waitForFunction(() => document.querySelector(".px-pane-right .px-text")?.textContent.startsWith("Paragraph 0 says that the ministers of side b"), null, { timeout: 60_000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test("examples and the report's style sheet are files, fetched when needed", async () => {
  const { page, context } = await openPage(browser, server.url);
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await ready(page);
  assert.deepEqual(fetched.filter((p) => p.startsWith("/examples/")), [], "an example was fetched on load");
  // Picking an example (there is one: picking it again reloads it).
  await page.getByLabel("Load an example").dispatchEvent("change");
  await page.waitForResponse((r) => r.url().endsWith("/examples/ru-mid-tass.txt"));
  await page.locator("[data-live] .px-panes").waitFor();
  assert.ok(fetched.includes("/examples/cn-mfa.txt") && fetched.includes("/examples/ru-mid-tass.txt"), fetched.join(" "));
  assert.equal(fetched.filter((p) => p === "/parallax.css").length, 0, "the style sheet was fetched again before a report");
  await page.getByTestId("share").click();
  await Promise.all([page.waitForEvent("download"), page.getByTestId("download-report").click()]);
  assert.ok(fetched.includes("/parallax.css"), "the report's styles were not fetched");
  await context.close();
});

test("the worker fetches the paraphrase table when it compares, once, and pairs sentences by meaning", async () => {
  const { page, context } = await openPage(browser, server.url);
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await ready(page);
  await page.getByTestId("mode").click();
  await page.getByTestId("text-left").fill("The leaders agreed to instruct their envoys to resume the negotiations on the border crossing.\n\nThe harvest was good.");
  await page.getByTestId("text-right").fill("Both leaders entrusted their representatives with continuing the talks on the border crossing.\n\nRain fell in the north.");
  await page.getByTestId("mode").click();
  const left = page.locator("[data-live] .px-pane-left [data-sentence='0'][data-pair]");
  await left.waitFor();
  const right = page.locator("[data-live] .px-pane-right [data-sentence='0']");
  assert.equal(await right.getAttribute("data-pair"), await left.getAttribute("data-pair"));
  assert.equal(fetched.filter((p) => p.endsWith(`/${published("paraphrases.txt")}`)).length, 1, fetched.join(" "));
  await context.close();
});

test("the worker fetches a translation table only to compare English with Russian, and pairs sentences across the languages", async () => {
  const { page, context } = await openPage(browser, server.url);
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await ready(page);
  const translations = (lang) => fetched.filter((p) => p.endsWith(`/${published(`translations-${lang}.txt`)}`)).length;
  assert.equal(translations("ru") + translations("zh"), 0, "a translation table was fetched for an English pair");
  await page.getByTestId("mode").click();
  await page.getByTestId("text-left").fill("Министры обсудили сотрудничество в области сельского хозяйства.\n\nПогода была хорошей.");
  await page.getByTestId("text-right").fill("The harvest festival opened in the capital.\n\nThe ministers discussed cooperation in agriculture.");
  await page.getByTestId("mode").click();
  const left = page.locator("[data-live] .px-pane-left [data-sentence='0'][data-pair]");
  await left.waitFor();
  const right = page.locator("[data-live] .px-pane-right [data-sentence='1']");
  assert.equal(await right.getAttribute("data-pair"), await left.getAttribute("data-pair"));
  assert.equal(translations("ru"), 1, fetched.join(" "));
  assert.equal(translations("zh"), 0, fetched.join(" "));
  await context.close();
});
