// Teaching with several versions of one statement: a lesson over the
// versions (steps, questions, notes on passages and table rows), presented
// with reveal, printed and saved as the handout, and opened whole from its
// link; every toolbar control acting on the versions view or hidden there;
// "what only X says" as sentences a reader can quote; and two things a
// reader met on the way: the shared-phrases list cut mid-row, and the second
// pane cut off on a phone before the page's script has run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { openPage, ready, corpusStatement, permalink, withServerAndBrowser, OUTPUT, ROOT } from "./harness.mjs";

let server;
let browser;
withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

const EXAMPLE = "One Russian statement, three translations, and China's readout, 1 February 2020";
const example = (file) => readFileSync(join(ROOT, "examples", file), "utf8");
const TASS = example("ru-mid-tass.txt");
const SPUTNIK = example("2020-02-01_wangyi-lavrov_ru-mid_via-sputnik.txt");
const REUTERS = example("2020-02-01_wangyi-lavrov_ru-mid_via-reuters.txt");

/** `window.print` recorded instead of opening the print dialog (which a
 * headless browser cannot show): each call counted in `window.printed`. */
const recordPrint = () => {
  window.printed = 0;
  window.print = () => (window.printed += 1);
};

/** Opens the page on the picker's example of four versions, then removes
 * China's readout in the editor: the three translations of the Russian
 * statement (TASS, Sputnik, Reuters). */
async function openThree(options = {}) {
  const opened = await openPage(browser, server.url, { initScript: recordPrint, ...options });
  const { page } = opened;
  await ready(page);
  await page.getByLabel("Load an example").selectOption({ label: EXAMPLE });
  await page.locator("[data-live] .px-versions").waitFor();
  await page.getByTestId("mode").click();
  await page.getByRole("button", { name: "Remove China's MFA" }).click();
  await page.getByTestId("mode").click();
  await page.locator('[data-live] [data-testid="version-tab-2"]').waitFor();
  assert.equal(await page.locator('[role="tab"]').count(), 4, "three versions and the handout");
  return opened;
}

/** The permalink the Share panel offers, and the JSON it carries. */
async function shareLink(page) {
  await page.getByTestId("share").click();
  const link = await page.getByTestId("permalink").inputValue();
  await page.getByTestId("share").click();
  return { link, json: JSON.parse(inflateRawSync(Buffer.from(link.split("#c=")[1], "base64url")).toString()) };
}

/** The text the presenter bar shows. */
const progress = (page) => page.getByTestId("progress").innerText();

/** Presses `key` and waits until the presenter bar says something else. */
async function press(page, key) {
  const before = await progress(page);
  await page.keyboard.press(key);
  await page.waitForFunction((b) => document.querySelector('[data-testid="progress"]')?.textContent !== b, before);
  return progress(page);
}

test("a lesson on three versions: a note on a passage and questions, presented with reveal, printed, saved and opened whole from its link", async () => {
  const { page, errors, context } = await openThree({ viewport: { width: 1280, height: 900 } });
  // Teach: the bar lists the steps, which walk the versions.
  await page.getByTestId("lesson").click();
  const steps = await page.getByTestId("lesson-steps").locator("li button").allInnerTexts();
  assert.deepEqual(steps, [
    "What all 3 versions carry",
    "What only Russian MFA via TASS says",
    "What only Russian MFA via Sputnik says",
    "What only Russian MFA via Reuters says",
    "What Russian MFA via Reuters leaves out",
  ]);
  // The question and note fields are in the view, where each belongs.
  await page.getByRole("button", { name: "What only Russian MFA via Sputnik says" }).click();
  await page.locator('[data-testid="version-tab-1"][aria-selected="true"]').waitFor();
  const own = page.getByTestId("only-here");
  await own.getByTestId("step-question").fill("Which words are Sputnik's own?");
  const passage = own.getByTestId("own-passage").filter({ hasText: "Corona virus" });
  await passage.getByTestId("version-note").fill("Two words where TASS writes one.");
  // A note on a row of the phrase table, and a question on what Reuters leaves out.
  await page.getByTestId("version-phrases").locator("tr", { hasText: "praised the measures" }).getByTestId("version-note").fill("Not in Reuters.");
  await page.getByRole("button", { name: "What Russian MFA via Reuters leaves out" }).click();
  await page.getByTestId("left-out-part").getByTestId("step-question").fill("Why might Reuters stop after the first sentence?");
  await page.getByTestId("reveal").click();
  assert.equal(await page.getByTestId("reveal").getAttribute("aria-pressed"), "true");
  await page.locator(".px-root").first().screenshot({ path: join(OUTPUT, "versions-lesson-teach.png") });

  // Present, step by step: the text plain, then shaded, then the step's passages.
  await page.getByTestId("present").click();
  await page.locator(".px-presenting").waitFor();
  assert.equal(await progress(page), "Step 1 of 5: What all 3 versions carry · plain text");
  const answer = page.locator(".px-step .px-step-answer").first();
  const shown = () => answer.evaluate((e) => getComputedStyle(e).visibility === "visible");
  assert.equal(await shown(), false, "the answer shows before it is revealed");
  assert.match(await press(page, "PageDown"), /· shaded by how many versions carry it$/);
  assert.equal(await shown(), false);
  assert.match(await press(page, "PageDown"), /· the passages$/);
  assert.equal(await shown(), true, "the answer is not revealed");
  assert.deepEqual(await answer.locator("li").allInnerTexts(), ["spread of the disease caused", "Russian side"]);
  // On to Sputnik's step (TASS's comes first): its question, then its passages and the note.
  for (let i = 0; i < 4; i++) await press(page, "PageDown");
  assert.equal(await progress(page), "Step 3 of 5: What only Russian MFA via Sputnik says · plain text");
  assert.equal(await page.locator(".px-version-text").textContent(), SPUTNIK, "the step shows Sputnik's text, exactly");
  assert.equal(await page.locator(".px-step").getByTestId("question").innerText(), "Which words are Sputnik's own?");
  await press(page, "PageDown");
  await press(page, "PageDown");
  // Notes are numbered in the versions' order: the phrase's is on TASS, the first.
  assert.equal(await page.locator(".px-step").getByTestId("note").innerText(), "Note 2: Two words where TASS writes one.");
  await page.screenshot({ path: join(OUTPUT, "versions-lesson-presenting.png") });
  await page.keyboard.press("Escape");
  await page.locator(".px-presenting").waitFor({ state: "detached" });

  // The handout: every version in turn, with the questions and notes, printed.
  await page.getByTestId("lesson").click();
  await page.getByTestId("print").click();
  await page.waitForFunction(() => window.printed === 1);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator('[data-testid="version-text"]:visible').count(), 3, "the handout has every version");
  assert.equal(await page.locator(".px-version-tabs").isVisible(), false, "tabs are printed");
  const questions = await page.locator('[data-testid="question"]:visible').allInnerTexts();
  assert.deepEqual(questions, ["Which words are Sputnik's own?", "Why might Reuters stop after the first sentence?"]);
  // Their text as written (innerText can read empty while a long table's
  // layout is still skipped off screen).
  const notes = (await page.locator('[data-testid="note"]:visible').allTextContents()).map((t) => t.trim());
  assert.deepEqual(notes.sort(), ["Note 1: Not in Reuters.", "Note 2: Two words where TASS writes one."]);
  await page.pdf({ path: join(OUTPUT, "versions-handout.pdf"), format: "A4", printBackground: true });
  await page.emulateMedia({ media: "screen" });

  // The report is the same: every version, the questions and the notes.
  await page.getByTestId("share").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-report").click()]);
  const path = join(OUTPUT, "versions-lesson-report.html");
  await download.saveAs(path);
  const report = await context.newPage();
  await report.goto(`file://${path}`);
  assert.deepEqual(await report.locator('[data-testid="version-text"]').allTextContents(), [TASS, SPUTNIK, REUTERS]);
  assert.deepEqual(await report.getByTestId("question").allInnerTexts(), questions);
  assert.deepEqual((await report.getByTestId("note").allTextContents()).map((t) => t.trim()).sort(), notes.sort());
  assert.equal(await report.locator('[role="tablist"], input, script').count(), 0, "the report has tabs, fields or scripts");
  await report.close();

  // The link carries all of it, reveal too: a fresh browser opens the lesson whole.
  await page.getByTestId("version-tab-1").click();
  const { link, json } = await shareLink(page);
  assert.equal(json.lesson.reveal, true);
  const fresh = await openPage(browser, link, { viewport: { width: 1280, height: 900 } });
  const other = fresh.page;
  await other.locator('[data-live] [data-testid="version-tab-1"][aria-selected="true"]').waitFor();
  assert.equal(await other.getByTestId("version-text").textContent(), SPUTNIK, "the link opens on the tab it was made on");
  assert.equal(await other.getByTestId("only-here").getByTestId("question").innerText(), "Which words are Sputnik's own?");
  assert.equal(await other.getByTestId("only-here").getByTestId("note").innerText(), "Note 2: Two words where TASS writes one.");
  assert.equal(await other.getByTestId("version-phrases").getByTestId("note").textContent(), "Note 1: Not in Reuters.");
  const marked = other.getByTestId("version-text").locator("[data-notes]");
  const markers = await marked.evaluateAll((m) => m.map((e) => [e.textContent.includes("Corona virus"), e.dataset.notes]));
  assert.deepEqual(markers, [[true, "2"]], "the note's number follows its passage");
  await other.getByTestId("lesson").click();
  assert.equal(await other.getByTestId("reveal").getAttribute("aria-pressed"), "true", "reveal step by step did not travel");
  await other.getByTestId("present").click();
  assert.match(await progress(other), /· plain text$/);
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a lesson on two statements travels whole too: reveal in its link, its questions in the report", async () => {
  const files = ["2020-04-14_lavrov-wangyi_ru-mid.txt", "2020-07-17_wangyi-lavrov_ru-mid.txt"];
  const [left, right] = await Promise.all(files.map(corpusStatement));
  const { page, errors, context } = await openPage(browser, server.url + permalink(left, right));
  await page.locator("[data-live] .px-panes").waitFor();
  await page.getByTestId("lesson").click();
  await page.getByTestId("question-input").nth(1).fill("Who is praised here?");
  await page.getByTestId("reveal").click();
  await page.getByTestId("lesson").click();
  // Side by side, the questions are listed under the texts, by their step.
  const listed = await page.locator(".px-questions li").evaluateAll((items) => items.map((li) => [li.value, li.textContent]));
  assert.deepEqual(listed, [[2, "Who is praised here?"]]);
  await page.getByTestId("share").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-report").click()]);
  const path = join(OUTPUT, "lesson-report.html");
  await download.saveAs(path);
  const report = await context.newPage();
  await report.goto(`file://${path}`);
  assert.deepEqual(await report.getByTestId("question").allInnerTexts(), ["Who is praised here?"], "the report leaves out the question");
  assert.equal(await report.locator(".px-pane-left .px-text").textContent(), left.text, "the report is not the texts side by side");
  await report.close();
  const { link, json } = await shareLink(page);
  assert.equal(json.lesson.reveal, true);
  const fresh = await openPage(browser, link);
  await fresh.page.locator("[data-live] .px-panes").waitFor();
  await fresh.page.getByTestId("lesson").click();
  assert.equal(await fresh.page.getByTestId("reveal").getAttribute("aria-pressed"), "true", "reveal step by step did not travel");
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test("every toolbar control acts on the versions view as its label says, or is not there", async () => {
  const { page, errors, context } = await openThree({ viewport: { width: 1280, height: 900 } });
  const toolbar = page.getByRole("toolbar", { name: "Parallax controls" });
  // Every control of the toolbar is accounted for below.
  const controls = await toolbar.locator("button, select").evaluateAll((all) => all.filter((e) => e.offsetParent).map((e) => e.dataset.testid ?? e.getAttribute("aria-label")));
  assert.deepEqual(controls, ["mode", "Load an example", "layout", "prev-diff", "next-diff", "prev-phrase", "next-phrase", "options", "lesson", "share", "theme", "help"]);
  assert.equal(await page.getByTestId("swap").count(), 0, "Swap has no sides to exchange in the versions view");

  // Reading Reuters: n and the Differences buttons step through what only it has.
  await page.getByTestId("version-tab-2").click();
  const current = () => page.locator('[data-testid="version-2"] [data-testid="version-text"] .px-stop-current').innerText();
  await page.getByTestId("next-diff").click();
  // The function words a shared phrase leaves unhighlighted at its edge ("the" of "the coronavirus") read with the text around them.
  assert.equal((await current()).trim(), "gave a high appraisal of the measures that China is taking to fight the");
  assert.match(await page.getByTestId("stop-status").innerText(), /^Only in this version: place 1 of \d+$/);
  await page.locator("body").press("n");
  assert.equal((await current()).trim(), "by the coronavirus.");
  await page.locator("body").press("p");
  assert.equal((await current()).trim(), "gave a high appraisal of the measures that China is taking to fight the");
  // j, k and the Shared buttons: what another version shares.
  await page.locator("body").press("j");
  assert.equal((await current()).trim(), "The Russian side");
  assert.match(await page.getByTestId("stop-status").innerText(), /^Shared with another version: place 1 of \d+$/);
  await page.getByTestId("prev-phrase").click();
  assert.notEqual((await current()).trim(), "The Russian side", "k wraps to the last shared place");
  assert.match(await page.getByTestId("next-diff").getAttribute("title"), /Next place only this version has/);

  // Aligned rows: Reuters sentence by sentence, beside the others' sentences.
  await page.getByTestId("layout").click();
  const rows = await page.getByTestId("version-rows").locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent.replace(/\s+/g, " ").trim())));
  assert.equal(rows.length, 2);
  assert.match(rows[0][0], /^1\. The Russian side gave a high appraisal/);
  assert.match(rows[0][1], /^1\. The Russian side highly praised/);
  assert.match(rows[0][2], /^1\. The Russian side praised/);
  assert.deepEqual(rows[1].map((cell) => cell.slice(0, 20)), ["Not in Russian MFA v", "2. [They] discussed ", "2. The issues of Rus"]);
  assert.equal(await page.getByTestId("layout").innerText(), "Running text");
  await page.getByTestId("layout").click();
  await page.getByTestId("version-text").waitFor();

  // Options offer only what changes the versions view.
  await page.getByTestId("options").click();
  const options = page.getByRole("dialog", { name: "Options" });
  assert.equal(await options.getByText("Left language").count(), 0);
  assert.equal(await options.getByText("Sync scrolling").count(), 0);
  assert.equal(await options.getByText("Highlight").count(), 0);
  const phrases = () => page.getByTestId("version-phrases").locator("tbody tr").count();
  const before = await phrases();
  await options.getByTestId("min-phrase").fill("4");
  await options.getByTestId("min-phrase").press("Enter");
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="version-phrases"] tbody tr').length < n, before);
  const words = await page.getByTestId("version-phrases").locator("tbody tr td:nth-child(2)").allTextContents();
  assert.ok(words.every((w) => Number(w) >= 4), `phrases shorter than four words: ${words}`);
  await page.getByTestId("options").click();
  // Teach, Share, theme and help act on the versions view.
  await page.getByTestId("lesson").click();
  assert.ok(await page.getByTestId("lesson-bar").isVisible());
  await page.getByTestId("lesson").click();
  const { json } = await shareLink(page);
  assert.deepEqual(json.statements.map((s) => s.text), [TASS, SPUTNIK, REUTERS]);
  assert.equal(json.reading, 2, "the link opens on the tab read");
  await page.getByTestId("theme").click();
  assert.equal(await page.locator(".px-root").first().getAttribute("data-theme"), "dark");
  await page.getByTestId("help").click();
  assert.ok(await page.locator(".px-help").isVisible());
  // Edit texts shows every version's editor.
  await page.getByTestId("mode").click();
  assert.equal(await page.locator('[data-testid="text-left"], [data-testid="text-right"], [data-testid^="text-version-"]').count(), 3);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the same tab opens after Compare and from the link made then", async () => {
  const { page, errors, context } = await openThree();
  // After Compare the version added is read; the link made then opens on it.
  await page.getByTestId("mode").click();
  await page.getByTestId("add-version").click();
  const china = example("cn-mfa.txt");
  await page.getByTestId("text-version-3").fill(china);
  await page.getByTestId("mode").click();
  await page.locator('[data-live] [data-testid="version-tab-3"][aria-selected="true"]').waitFor();
  const { link } = await shareLink(page);
  const fresh = await openPage(browser, link);
  await fresh.page.locator('[data-live] [data-testid="version-tab-3"][aria-selected="true"]').waitFor();
  assert.equal(await fresh.page.getByTestId("version-text").textContent(), china);
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test("what only one version says is whole sentences, its own wording marked, never a stray word", async () => {
  const { page, errors, context } = await openThree();
  const passages = async (v) => {
    await page.getByTestId(`version-tab-${v}`).click();
    return page.getByTestId("own-passage").evaluateAll((items) =>
      items.map((li) => ({ quote: li.querySelector("q").textContent, own: [...li.querySelectorAll("mark")].map((m) => m.textContent) })),
    );
  };
  assert.deepEqual(await passages(1), [
    { quote: "The Russian side praised the measures taken by China to combat the spread of the disease caused by the Corona virus.", own: ["Corona virus"] },
    { quote: "The issues of Russian-Chinese cooperation in this field were discussed.", own: ["this field were discussed"] },
  ]);
  assert.deepEqual(await passages(2), [{ quote: REUTERS.trim(), own: ["gave a high appraisal of the measures that China is taking to fight"] }]);
  // TASS differs from the others a word at a time ("highly", "against"): nothing is listed as its own.
  assert.deepEqual(await passages(0), []);
  assert.match(await page.getByTestId("only-here").innerText(), /Nothing at the length of a phrase/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the shared phrases are listed without a box that cuts a row: the longest, then all of them a click away", async () => {
  const speech = await corpusStatement("2022-02-24_putin-address-ukraine_ru-kremlin-LONG.txt");
  // The same sentences in reverse order: a shared phrase for nearly every sentence.
  const reversed = { label: "reversed", text: speech.text.split(/(?<=\. )/).reverse().join("") };
  const { page, errors, context } = await openPage(browser, server.url + permalink(speech, reversed), { viewport: { width: 1280, height: 900 } });
  await page.locator("[data-live] .px-panes:not(.px-stale)").waitFor();
  await page.getByTestId("phrase-list").waitFor();
  const total = Number((await page.locator(".px-phrases h3").textContent()).match(/\d+/)[0]);
  assert.ok(total > 40, `too few phrases to test the list: ${total}`);
  /** The chips shown, and those of them cut by a box around them. */
  const chips = () =>
    page.getByTestId("phrase-list").evaluate((list) => {
      const shown = [...list.querySelectorAll("li")].filter((li) => li.offsetParent);
      const cut = shown.filter((li) => {
        const r = li.getBoundingClientRect();
        for (let box = li.parentElement; box; box = box.parentElement) {
          if (getComputedStyle(box).overflowY === "visible") continue;
          const b = box.getBoundingClientRect();
          if (r.top < b.top || r.bottom > b.bottom) return true;
        }
        return false;
      });
      return { shown: shown.length, cut: cut.length };
    });
  const first = await chips();
  assert.deepEqual(first, { shown: 24, cut: 0 }, "chips are cut by a scroll box");
  const all = page.getByTestId("all-phrases");
  assert.equal(await all.innerText(), `Show all ${total} shared phrases`);
  await all.click();
  assert.deepEqual(await chips(), { shown: total, cut: 0 });
  assert.equal(await all.getAttribute("aria-expanded"), "true");
  assert.deepEqual(errors, []);
  await context.close();
});

test("on a phone the page opens on both statements, before its script runs and after", async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 360, height: 640 }]) {
    for (const cold of [true, false]) {
      const context = await browser.newContext({ viewport, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      // Cold: the pre-rendered page, its wasm held back.
      if (cold) await page.route("**/parallax-web_bg*.wasm", () => new Promise(() => {}));
      await page.goto(server.url);
      await page.locator(cold ? ".px-panes" : "[data-live] .px-panes").first().waitFor();
      const panes = await page.locator(".px-pane .px-scroll").evaluateAll((boxes) =>
        boxes.map((b) => ({ top: b.getBoundingClientRect().top, bottom: b.getBoundingClientRect().bottom, height: b.clientHeight })),
      );
      const at = `${viewport.width}×${viewport.height}, ${cold ? "before" : "after"} the script`;
      assert.equal(panes.length, 2, at);
      for (const pane of panes) {
        assert.ok(pane.bottom <= viewport.height, `${at}: a statement is cut by the bottom of the screen: ${JSON.stringify(panes)}`);
        assert.ok(pane.height >= 90, `${at}: too little of a statement shows: ${JSON.stringify(panes)}`);
      }
      if (cold && viewport.width === 390) await page.screenshot({ path: join(OUTPUT, "phone-cold.png") });
      await context.close();
    }
  }
});

test("screenshots of the versions lesson and of presenting it, on a phone", async () => {
  const { page, errors, context } = await openThree({ viewport: { width: 390, height: 844 } });
  await page.getByTestId("more").click();
  await page.getByTestId("lesson").click();
  await page.getByTestId("lesson-bar").waitFor();
  await page.getByRole("button", { name: "What only Russian MFA via Sputnik says" }).click();
  await page.getByTestId("only-here").getByTestId("step-question").fill("Which words are Sputnik's own?");
  await page.getByTestId("version-1").screenshot({ path: join(OUTPUT, "versions-lesson-phone.png") });
  await page.getByTestId("present").click();
  await page.locator(".px-presenting").waitFor();
  for (let i = 0; i < 2; i++) await press(page, "PageDown");
  assert.match(await progress(page), /^Step 3 of 5: What only Russian MFA via Sputnik says/);
  assert.equal(await page.locator(".px-step").getByTestId("question").innerText(), "Which words are Sputnik's own?");
  await page.screenshot({ path: join(OUTPUT, "versions-presenting-phone.png") });
  assert.deepEqual(errors, []);
  await context.close();
});
