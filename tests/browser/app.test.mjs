// The standalone page, as a reader meets it: loads, compares, links, navigates.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { serve, launch, openPage, ready, OUTPUT } from "./harness.mjs";

let server;
let browser;
before(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("the page loads with both statements and shared phrases highlighted in both panes", async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await ready(page);
  await assert.doesNotReject(page.locator(".px-pane-left .px-text").waitFor());
  const left = await page.locator(".px-pane-left .px-text").innerText();
  const right = await page.locator(".px-pane-right .px-text").innerText();
  assert.match(left, /Lavrov said that Russia fully recognizes and highly appreciates/);
  assert.match(right, /The Russian side highly praised the measures/);
  assert.ok((await page.locator(".px-pane-left mark.px-shared").count()) > 0, "no shared phrase on the left");
  assert.ok((await page.locator(".px-pane-right mark.px-shared").count()) > 0, "no shared phrase on the right");
  const shared = await page.locator(".px-pane-right mark.px-shared").first();
  assert.ok((await shared.boundingBox()).width > 0, "the highlight is not visible");
  await page.screenshot({ path: join(OUTPUT, "desktop-light.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});
