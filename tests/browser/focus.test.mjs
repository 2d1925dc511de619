// Keyboard only: every dialog and menu takes the focus when it opens, keeps
// it inside while open, closes on Esc from anywhere inside (text areas
// included), and gives the focus back to the control that opened it. Each
// step waits for the page to show the focus where it should be.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openCompared, withServerAndBrowser } from "./harness.mjs";

let server;
let browser;
withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

/** Opens the page on its example, with its comparison. */
const open = (viewport) => openCompared(browser, server.url, viewport ? { viewport } : {});

/** Waits until the focus is inside the element `selector` matches (or on it). */
const focusInside = (page, selector) =>
  page.waitForFunction((s) => document.querySelector(s)?.contains(document.activeElement), selector);

/** Waits until the focus is on the element with `testid`. */
const focusOn = (page, testid) =>
  page.waitForFunction((id) => document.activeElement?.dataset?.testid === id, testid);

/** Puts the focus on `testid` and presses Enter, as a keyboard user opens it. */
async function activate(page, testid) {
  await page.getByTestId(testid).focus();
  await page.keyboard.press("Enter");
}

/** Presses Tab `n` times (Shift+Tab when `back`), checking after each that the focus stayed in `selector`. */
async function tabAround(page, selector, n, back = false) {
  for (let i = 0; i < n; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const inside = await page.evaluate((s) => document.querySelector(s).contains(document.activeElement), selector);
    assert.ok(inside, `Tab ${i + 1} left ${selector} for ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))}`);
  }
}

const DIALOGS = [
  ["options", "Options", ".px-options"],
  ["lesson", "Lesson", ".px-lesson"],
  ["share", "Share or embed", ".px-share"],
  ["help", "Keyboard shortcuts", ".px-help"],
];

test("each dialog takes the focus, keeps it inside, closes on Esc and gives it back", async () => {
  const { page, errors, context } = await open();
  for (const [opener, name, selector] of DIALOGS) {
    await activate(page, opener);
    await page.getByRole("dialog", { name }).waitFor();
    await focusInside(page, selector);
    const stops = await page.evaluate((s) => document.querySelector(s).querySelectorAll("button, input, select, textarea, a[href]").length, selector);
    await tabAround(page, selector, stops + 2);
    await tabAround(page, selector, stops + 2, true);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog", { name }).waitFor({ state: "detached" });
    await focusOn(page, opener);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("Esc closes Share from its text areas, and the focus goes back to Share", async () => {
  const { page, errors, context } = await open();
  await activate(page, "share");
  const link = page.getByTestId("permalink");
  await link.waitFor();
  await link.focus();
  await page.keyboard.press("Escape");
  await page.getByRole("dialog", { name: "Share or embed" }).waitFor({ state: "detached" });
  await focusOn(page, "share");
  assert.deepEqual(errors, []);
  await context.close();
});

test("presenting puts the focus on the presentation, and leaving gives it back to Teach", async () => {
  const { page, errors, context } = await open();
  await activate(page, "lesson");
  await focusInside(page, ".px-lesson");
  await activate(page, "present");
  await focusInside(page, ".px-presenter");
  await page.keyboard.press("PageDown");
  await page.getByTestId("progress").filter({ hasText: "Step 2 of" }).waitFor();
  await page.keyboard.press("Escape");
  await page.locator(".px-presenter").waitFor({ state: "detached" });
  await focusOn(page, "lesson");
  assert.deepEqual(errors, []);
  await context.close();
});

test("on a phone, More's menu follows its button, takes the focus, closes on Esc and when the focus leaves", async () => {
  const { page, errors, context } = await open({ width: 390, height: 800 });
  const menu = page.locator("#px-more.px-more-open");
  await activate(page, "more");
  await menu.waitFor();
  await focusOn(page, "layout");
  // Shift+Tab from its first item is its button: the menu comes right after it.
  await page.keyboard.press("Shift+Tab");
  await focusOn(page, "more");
  await page.keyboard.press("Tab");
  await focusOn(page, "layout");
  await page.keyboard.press("Escape");
  await menu.waitFor({ state: "detached" });
  await focusOn(page, "more");
  // Tab past its last item: the focus leaves it, and it closes.
  await page.keyboard.press("Enter");
  await menu.waitFor();
  await focusOn(page, "layout");
  const items = await page.evaluate(() => [...document.querySelectorAll("#px-more button:not([disabled])")].length);
  for (let i = 0; i < items; i++) await page.keyboard.press("Tab");
  await menu.waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => document.querySelector("#px-more").contains(document.activeElement)), false);
  // A dialog opened from the menu gives the focus back to More (its own button is folded away).
  await activate(page, "more");
  await menu.waitFor();
  await page.getByTestId("options").focus();
  await page.keyboard.press("Enter");
  await focusInside(page, ".px-options");
  await page.keyboard.press("Escape");
  await page.getByRole("dialog", { name: "Options" }).waitFor({ state: "detached" });
  await focusOn(page, "more");
  assert.deepEqual(errors, []);
  await context.close();
});
