// Classroom mode: prepare a lesson, share it as one link, present it, print it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { serve, launch, openPage, ready, corpusStatement, permalink, OUTPUT } from "./harness.mjs";

let server;
let browser;
/** The page on two Russian press releases on calls with China, three
 * months apart: shared phrases in order and reordered (the example shares
 * none of two content words). */
let releases;
before(async () => {
  server = await serve();
  browser = await launch();
  const files = ["2020-04-14_lavrov-wangyi_ru-mid.txt", "2020-07-17_wangyi-lavrov_ru-mid.txt"];
  releases = server.url + permalink(...(await Promise.all(files.map(corpusStatement))));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Writes a question for step 1, a note on pair 2 and a note on a shared phrase; returns the permalink. */
async function prepareLesson(page) {
  await page.getByTestId("lesson").click();
  await page.getByTestId("question-input").first().fill("What does only the Chinese readout mention here?");
  await page.getByTestId("question-input").first().press("Enter");
  await page.getByTestId("pair-note").nth(1).fill("Compare who is praised.");
  await page.getByTestId("pair-note").nth(1).press("Enter");
  await page.getByTestId("lesson").click();
  await page.locator(".px-pane-right mark[data-phrase]").first().click();
  await page.getByTestId("lesson").click();
  await page.getByTestId("phrase-note").fill("Both sides use this phrase.");
  await page.getByTestId("phrase-note").press("Enter");
  await page.getByTestId("lesson").click();
  await page.getByTestId("share").click();
  return page.getByTestId("permalink").inputValue();
}

test("a lesson's notes and questions travel in the permalink", async () => {
  const { page, errors, context } = await openPage(browser, releases);
  await ready(page);
  await page.locator(".px-panes").waitFor();
  const link = await prepareLesson(page);
  const { page: other, context: c2 } = await openPage(browser, link);
  await other.locator(".px-panes").waitFor();
  const notes = await other.getByTestId("note").allInnerTexts();
  assert.deepEqual(notes.sort(), ["Both sides use this phrase.", "Compare who is praised."]);
  assert.ok((await other.locator(".px-note-marker").count()) >= 2, "notes have markers in the text");
  await other.getByTestId("layout").click();
  assert.equal(await other.getByTestId("question").first().innerText(), "What does only the Chinese readout mention here?");
  assert.deepEqual(errors, []);
  await c2.close();
  await context.close();
});

test("presentation mode steps through pairs with keys and leaves with Esc", async () => {
  const { page, errors, context } = await openPage(browser, releases, { viewport: { width: 1280, height: 800 } });
  await ready(page);
  await page.locator(".px-panes").waitFor();
  await prepareLesson(page);
  await page.getByTestId("share").click();
  await page.getByTestId("lesson").click();
  await page.getByTestId("present").click();
  await page.locator(".px-presenting").waitFor();
  const progress = page.getByTestId("progress");
  assert.match(await progress.innerText(), /^Step 1 of \d+/);
  assert.equal(await page.locator(".px-row-current").count(), 1);
  assert.ok((await page.locator(".px-row-dim").count()) > 0, "other pairs are not dimmed");
  assert.equal(await page.locator(".px-row-current").getByTestId("question").innerText(), "What does only the Chinese readout mention here?");
  const size = await page.locator(".px-row-current .px-cell").first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  assert.ok(size >= 28, `presentation type is ${size}px`);
  await page.screenshot({ path: join(OUTPUT, "presentation.png") });
  await page.keyboard.press("PageDown");
  await page.waitForFunction(() => /^Step 2 /.test(document.querySelector('[data-testid="progress"]').textContent));
  assert.equal(await page.locator('.px-row-current[data-row="1"]').count(), 1);
  await page.keyboard.press("ArrowLeft");
  await page.waitForFunction(() => /^Step 1 /.test(document.querySelector('[data-testid="progress"]').textContent));
  await page.keyboard.press("Escape");
  await page.locator(".px-presenting").waitFor({ state: "detached" });
  assert.equal(await page.getByTestId("progress").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("reveal mode shows plain text first, then shared, moved and distinct phrasing", async () => {
  const { page, errors, context } = await openPage(browser, releases);
  await ready(page);
  await page.locator(".px-panes").waitFor();
  await page.getByTestId("lesson").click();
  await page.getByTestId("reveal").click();
  await page.getByTestId("present").click();
  // The releases share "The ministers discussed", reordered.
  const moved = page.locator(".px-row mark.px-moved").first();
  const bg = () => moved.evaluate((e) => getComputedStyle(e).backgroundColor);
  const hidden = "rgba(0, 0, 0, 0)";
  assert.match(await page.getByTestId("progress").innerText(), /plain text/);
  assert.equal(await bg(), hidden, "moved phrases show before they are revealed");
  await page.keyboard.press("PageDown");
  assert.match(await page.getByTestId("progress").innerText(), /shared phrases/);
  assert.equal(await bg(), hidden, "moved phrases show with the in-order ones");
  await page.keyboard.press("PageDown");
  assert.match(await page.getByTestId("progress").innerText(), /moved|reordered|different order/);
  assert.notEqual(await bg(), hidden, "moved phrases are not revealed");
  await page.keyboard.press("PageDown");
  assert.match(await page.getByTestId("progress").innerText(), /only one side/);
  await page.keyboard.press("PageDown");
  assert.match(await page.getByTestId("progress").innerText(), /^Step 2 .*plain text/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the printed handout keeps highlights, notes and questions", async () => {
  const { page, errors, context } = await openPage(browser, releases);
  await ready(page);
  await page.locator(".px-panes").waitFor();
  await prepareLesson(page);
  await page.getByTestId("share").click();
  await page.getByTestId("layout").click();
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".px-toolbar").isVisible(), false, "controls are printed");
  const moved = page.locator("mark.px-moved").first();
  assert.ok(await moved.isVisible());
  const decoration = await moved.evaluate((e) => [getComputedStyle(e).textDecorationLine, getComputedStyle(e).textDecorationStyle].join(" "));
  assert.equal(decoration, "underline dashed", "moved phrases lose their dashed underline in print");
  assert.ok(await page.getByTestId("question").first().isVisible());
  assert.equal(await page.getByTestId("note").count(), 2);
  const pdf = join(OUTPUT, "handout.pdf");
  await page.pdf({ path: pdf, format: "A4", printBackground: true });
  await page.screenshot({ path: join(OUTPUT, "handout-print.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

/** The first words of each side shown for the first step in the Teach panel. */
const firstExcerpts = (page) => page.locator(".px-lesson-row").first().locator(".px-lesson-excerpt span").allInnerTexts();

/** Every excerpt in the Teach panel that is not in the statement shown on its
 * side (none, when the panel and the panes show the same comparison). */
const excerptsNotOnScreen = (page) =>
  page.evaluate(() => {
    const words = (s) => s.replace(/\s+/g, " ").trim();
    const pane = (side) => words(document.querySelector(`.px-pane-${side} .px-text, .px-rows`)?.textContent ?? "");
    const shown = { left: pane("left"), right: pane("right") };
    const wrong = [];
    for (const row of document.querySelectorAll(".px-lesson-excerpt")) {
      const [left, right] = [...row.querySelectorAll("span")].map((s) => words(s.innerText.replace(/ …$/, "")));
      if (left !== "—" && !shown.left.includes(left)) wrong.push(`left: ${left}`);
      if (right !== "—" && !shown.right.includes(right)) wrong.push(`right: ${right}`);
    }
    return wrong;
  });

/** Waits until the panes show the comparison of the current texts. */
const compared = (page) => page.waitForFunction(() => document.querySelector(".px-panes:not(.px-stale)") && !document.querySelector('[data-testid="busy"]'));

test("with the Teach panel open, swapping the statements shows the swapped ones", async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await ready(page);
  await page.locator(".px-panes").waitFor();
  await page.getByTestId("lesson").click();
  const [left] = await firstExcerpts(page);
  assert.match(left, /^State Councilor/);
  await page.getByTestId("swap").click();
  await compared(page);
  await page.waitForFunction((l) => document.querySelector(".px-lesson-excerpt span")?.innerText !== l, left);
  const lefts = await page.locator(".px-lesson-excerpt span:first-child").allInnerTexts();
  assert.ok(lefts.some((e) => e.startsWith("The Russian side")), `the swapped left statement is not in the panel: ${lefts}`);
  assert.ok(!lefts.some((e) => e.startsWith("State Councilor")), "the panel still shows the left statement from before the swap");
  assert.deepEqual(await excerptsNotOnScreen(page), []);
  // And back again, quickly, twice: each result is shown with its own text.
  await page.getByTestId("swap").click();
  await page.getByTestId("swap").click();
  await page.getByTestId("swap").click();
  await compared(page);
  await page.waitForFunction((l) => document.querySelector(".px-lesson-excerpt span")?.innerText === l, left);
  assert.deepEqual(await excerptsNotOnScreen(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("editing a text with the Teach panel open keeps the panel working", async () => {
  const { page, errors, context } = await openPage(browser, server.url);
  await ready(page);
  await page.locator(".px-panes").waitFor();
  await page.getByTestId("lesson").click();
  await page.getByTestId("mode").click();
  const text = "A short new statement. It shares nothing. Nothing at all, really.";
  // Typed a key at a time, so the panel renders between every change.
  await page.getByTestId("text-left").fill("");
  await page.getByTestId("text-left").pressSequentially(text.slice(0, 30));
  await page.getByTestId("text-left").fill(text);
  assert.ok(await page.getByRole("dialog", { name: "Lesson" }).isVisible(), "the panel closed");
  await page.getByTestId("mode").click();
  await compared(page);
  await page.waitForFunction(() => document.querySelector(".px-lesson-excerpt span")?.innerText.startsWith("A short new statement"));
  await page.getByTestId("question-input").first().fill("Why so short?");
  await page.getByTestId("question-input").first().press("Enter");
  await page.getByTestId("layout").click();
  assert.equal(await page.getByTestId("question").first().innerText(), "Why so short?");
  assert.equal(await page.locator(".px-cell-left").first().textContent(), "A short new statement. ");
  assert.deepEqual(errors, []);
  await context.close();
});

test("after a long comparison is cancelled, the Teach panel shows no texts that are not on screen", async () => {
  const { text: long } = await corpusStatement("2022-02-24_putin-address-ukraine_ru-kremlin-LONG.txt");
  const { text: other } = await corpusStatement("2022-02-19_zelenskyy-munich-speech_ua-president-LONG.txt");
  const { page, errors, context } = await openPage(browser, server.url);
  await ready(page);
  await page.locator(".px-panes").waitFor();
  await page.getByTestId("mode").click();
  // Large enough for the worker, long enough to cancel.
  await page.getByTestId("text-left").fill(Array(30).fill(long).join("\n\n"));
  await page.getByTestId("text-right").fill(Array(30).fill(other).join("\n\n"));
  await page.getByTestId("mode").click();
  await page.getByTestId("cancel").click();
  await page.getByTestId("notice").filter({ hasText: "cancelled" }).waitFor();
  await page.getByTestId("lesson").click();
  // The earlier comparison is of texts no longer there: neither the panes
  // nor the panel show it.
  await page.getByRole("dialog", { name: "Lesson" }).getByText("compare the statements first").waitFor();
  assert.deepEqual(await excerptsNotOnScreen(page), [], "the panel shows statements that are not on screen");
  // Comparing again after the cancel still works.
  await page.getByTestId("mode").click();
  await page.getByTestId("text-left").fill("One two three four. Five six.");
  await page.getByTestId("text-right").fill("One two three four. Seven eight.");
  await page.getByTestId("mode").click();
  await compared(page);
  await page.waitForFunction(() => document.querySelector(".px-lesson-excerpt span")?.innerText.startsWith("One two three four."));
  assert.deepEqual(await excerptsNotOnScreen(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
