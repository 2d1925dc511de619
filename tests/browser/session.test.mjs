// A journalist's working session with their own statements: nothing
// mislabelled, nothing lost, nothing jumping (issue 13). Each test drives the
// page as a user does and checks what the page then shows.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { openCompared, replaceTexts, ready, corpusStatement, permalink, OUTPUT, withServerAndBrowser } from "./harness.mjs";

let server;
let browser;
withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

const RELEASES = ["2020-04-14_lavrov-wangyi_ru-mid.txt", "2020-07-17_wangyi-lavrov_ru-mid.txt"];
const SPEECHES = ["2022-02-24_putin-address-ukraine_ru-kremlin-LONG.txt", "2022-02-19_zelenskyy-munich-speech_ua-president-LONG.txt"];

/** Opens the page at `hash` and waits for a finished comparison. */
const open = (hash = "", options = {}) => openCompared(browser, server.url + hash, options);

/** Both panes' scroll positions. */
const scrolls = (page) =>
  page.evaluate(() => ["left", "right"].map((s) => document.querySelector(`.px-pane-${s} .px-scroll`).scrollTop));

test("the user's own texts never keep the example's label, title, date or source", async () => {
  const { page, errors, context } = await open();
  const [left, right] = await Promise.all(RELEASES.map(corpusStatement));
  await replaceTexts(page, left.text, right.text);
  // What the header says about the statement (who speaks in it is read from the text itself).
  const headers = await page.locator(".px-pane-header").evaluateAll((all) =>
    all.map((h) => [...h.children].filter((c) => !c.classList.contains("px-voice-line")).map((c) => c.textContent).join("")),
  );
  for (const h of headers) {
    assert.doesNotMatch(h, /China|Russia|Ministry|2020-02-01|TASS/, `a header keeps the example's details: ${h}`);
    assert.match(h, /Label this statement/, "an unlabelled statement does not ask for its label");
  }
  assert.equal(await page.locator(".px-source").count(), 0, "a source link is left from the example");
  assert.equal(await page.getByLabel("Load an example").evaluate((s) => s.selectedOptions[0].textContent), "Your texts");
  await page.screenshot({ path: join(OUTPUT, "own-texts-unlabelled.png") });
  // The prompt leads to the field; what the user writes is what the header says.
  await page.locator(".px-pane-header[data-side=left]").getByRole("button", { name: "Label this statement" }).click();
  await page.getByTestId("editor-left").getByLabel("Who").fill("Russia — MFA, 14 April");
  await page.getByTestId("mode").click();
  await page.locator('.px-panes[aria-busy="false"]').waitFor();
  assert.equal(await page.locator(".px-pane-header[data-side=left] .px-side-label").textContent(), "Russia — MFA, 14 April");
  // The plain-words story names it too (by who, as the other differs), without telling the story again.
  assert.match(await page.getByTestId("story").first().textContent(), /^Russia has \d+ words, Right statement \d+/);
  await page.screenshot({ path: join(OUTPUT, "own-texts-labelled.png") });
  assert.deepEqual(errors, []);
  await context.close();
});

test("options that came with a shared comparison go when the user brings other texts", async () => {
  const [a, b] = await Promise.all(RELEASES.map(corpusStatement));
  const { page, errors, context } = await open(permalink(a, b, { min_phrase: 5, stem: false }));
  await replaceTexts(page, b.text, a.text);
  await page.getByTestId("options").click();
  assert.equal(await page.getByTestId("min-phrase").inputValue(), "2", "the link's minimum phrase length stayed on");
  assert.equal(await page.getByLabel("Match word forms (stemming)").isChecked(), true, "the link's stemming choice stayed on");
  // Options the user chose are theirs, and stay when they change the texts.
  await page.getByTestId("min-phrase").fill("3");
  await page.getByTestId("min-phrase").press("Enter");
  await page.getByTestId("options").click();
  await replaceTexts(page, a.text, b.text);
  await page.getByTestId("options").click();
  assert.equal(await page.getByTestId("min-phrase").inputValue(), "3");
  assert.deepEqual(errors, []);
  await context.close();
});

test("resting the pointer on a phrase scrolls the counterpart once, and nothing moves after", async () => {
  const [a, b] = await Promise.all(SPEECHES.map(corpusStatement));
  const { page, errors, context } = await open(permalink(a, b), { viewport: { width: 1100, height: 520 } });
  // A phrase whose counterpart is far from where the other pane follows it.
  const phrase = await page.evaluate(() => {
    const [left, right] = ["left", "right"].map((s) => document.querySelector(`.px-pane-${s} .px-scroll`));
    const top = (e, pane) => e.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
    let best = null;
    for (const m of right.querySelectorAll("mark[data-phrase]")) {
      const other = left.querySelector(`[data-phrase="${m.dataset.phrase}"]`);
      const apart = other && Math.abs(top(other, left) - top(m, right));
      if (apart > 2000 && (!best || apart > best.apart)) best = { phrase: m.dataset.phrase, apart };
    }
    return best?.phrase;
  });
  assert.ok(phrase, "no phrase with a counterpart further down");
  const mark = page.locator(`.px-pane-right mark[data-phrase="${phrase}"]`).first();
  await mark.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    window.__overs = 0;
    window.__rightScrolls = 0;
    document.querySelector(".px-panes").addEventListener("mouseover", () => window.__overs++);
    document.querySelector(".px-pane-right .px-scroll").addEventListener("scroll", () => window.__rightScrolls++);
  });
  await mark.hover();
  await page.waitForTimeout(400);
  const settled = await scrolls(page);
  const counterpart = await page.evaluate((p) => {
    const pane = document.querySelector(".px-pane-left .px-scroll").getBoundingClientRect();
    const r = document.querySelector(`.px-pane-left [data-phrase="${p}"]`).getBoundingClientRect();
    return r.top >= pane.top && r.bottom <= pane.bottom;
  }, phrase);
  assert.ok(counterpart, "the counterpart was not scrolled into view");
  const overs = await page.evaluate(() => window.__overs);
  await page.waitForTimeout(2000);
  assert.deepEqual(await scrolls(page), settled, "a pane moved while the pointer was still");
  assert.equal(await page.evaluate(() => window.__rightScrolls), 0, "the pane pointed at scrolled");
  assert.equal(await page.evaluate(() => window.__overs), overs, "new text came under the still pointer");
  assert.deepEqual(errors, []);
  await context.close();
});

test("synced scrolling follows pairs without jumping back, keeps identical texts level, and can be turned off", async () => {
  const [a, b] = await Promise.all(SPEECHES.map(corpusStatement));
  let { page, errors, context } = await open(permalink(a, b), { viewport: { width: 1100, height: 600 } });
  assert.deepEqual(errors, []);
  const followed = [];
  for (let y = 300; y <= 6000; y += 300) {
    await page.locator(".px-pane-left .px-scroll").evaluate((e, y) => (e.scrollTop = y), y);
    await page.waitForTimeout(80);
    followed.push((await scrolls(page))[1]);
  }
  for (let i = 1; i < followed.length; i++) {
    assert.ok(followed[i] >= followed[i - 1], `scrolling down moved the other pane up: ${followed.join(", ")}`);
  }
  assert.ok(followed.at(-1) > 0, "the other pane did not follow");

  await context.close();

  // Identical texts stay level, whichever pane is scrolled.
  ({ page, errors, context } = await open(permalink(a, a), { viewport: { width: 1100, height: 600 } }));
  for (const y of [900, 2400, 1200]) {
    await page.locator(".px-pane-right .px-scroll").evaluate((e, y) => (e.scrollTop = y), y);
    await page.waitForTimeout(120);
    const [l, r] = await scrolls(page);
    assert.ok(Math.abs(l - r) <= 2, `identical texts out of step: ${l} vs ${r}`);
  }

  // The switch: off, the other pane stays where it is.
  await page.getByTestId("options").click();
  await page.getByLabel("Sync scrolling").uncheck();
  const before = (await scrolls(page))[0];
  await page.locator(".px-pane-right .px-scroll").evaluate((e) => (e.scrollTop = 4000));
  await page.waitForTimeout(200);
  assert.equal((await scrolls(page))[0], before, "the other pane followed with syncing off");
  assert.deepEqual(errors, []);
  await context.close();
});

test("work survives a reload: the address follows, and the last session can be restored", async () => {
  const { page, errors, context } = await open();
  const [a, b] = await Promise.all(RELEASES.map(corpusStatement));
  await replaceTexts(page, a.text, b.text);
  await page.waitForFunction(() => location.hash.startsWith("#c="));
  await page.reload();
  await ready(page);
  await page.locator('.px-panes[aria-busy="false"]').waitFor();
  assert.equal(await page.locator(".px-pane-left .px-text").textContent(), a.text, "the reload lost the left text");
  assert.equal(await page.locator(".px-pane-right .px-text").textContent(), b.text, "the reload lost the right text");

  // Opened without the address, the page offers the last session.
  await page.goto(server.url);
  await ready(page);
  await page.getByRole("button", { name: "Restore" }).click();
  await page.locator('.px-panes[aria-busy="false"]').waitFor();
  await page.waitForFunction((t) => document.querySelector(".px-pane-left .px-text")?.textContent === t, a.text);
  // "Start fresh" keeps the example, and the offer goes.
  await page.goto(server.url);
  await ready(page);
  await page.getByRole("button", { name: "Start fresh" }).click();
  assert.equal(await page.getByRole("button", { name: "Restore" }).count(), 0);
  assert.match(await page.locator(".px-pane-header[data-side=left]").textContent(), /China/);

  // Texts too long for a link: the address names the draft kept in this browser.
  const [l, r] = await Promise.all(SPEECHES.map(corpusStatement));
  await replaceTexts(page, l.text, r.text);
  await page.waitForFunction(() => location.hash.startsWith("#draft="));
  await page.reload();
  await ready(page);
  await page.waitForFunction((t) => document.querySelector(".px-pane-right .px-text")?.textContent === t, r.text);
  // A draft this browser does not have says where it is.
  const stale = await browser.newContext();
  const other = await stale.newPage();
  await other.goto(server.url + "#draft=gone");
  await ready(other);
  await other.getByTestId("notice").filter({ hasText: "this browser does not have it" }).waitFor();
  await stale.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a teacher's note typed and then a phrase clicked keeps the note", async () => {
  const [a, b] = await Promise.all(RELEASES.map(corpusStatement));
  const { page, errors, context } = await open(permalink(a, b));
  await page.getByTestId("lesson").click();
  await page.getByTestId("pair-note").first().click();
  await page.keyboard.type("Compare the two openings.");
  const marks = page.locator(".px-pane-left mark[data-phrase]");
  await marks.first().click();
  assert.equal(await page.getByTestId("pair-note").first().inputValue(), "Compare the two openings.");
  // The guide's next step: a note on the phrase clicked, then on to the next phrase.
  await page.getByTestId("phrase-note").click();
  await page.keyboard.type("Who says this first?");
  const first = await marks.first().getAttribute("data-phrase");
  await page.locator(`.px-pane-left mark[data-phrase]:not([data-phrase="${first}"])`).first().click();
  const notes = await page.locator(".px-notes-all li").allTextContents();
  assert.ok(notes.some((n) => n.includes("Compare the two openings.")), `the pair's note is gone: ${notes}`);
  assert.ok(notes.some((n) => n.includes("Who says this first?")), `the phrase's note is gone: ${notes}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a file dropped on a pane in the reading view replaces its text and fills its header", async () => {
  const { page, errors, context } = await open();
  const html =
    '<html><head><title>Press release on talks</title><meta property="article:published_time" content="2021-07-09T10:00:00Z">' +
    '<link rel="canonical" href="https://example.org/release"></head><body><p>The two ministers met in Geneva.</p>' +
    "<p>They discussed regional security at length.</p></body></html>";
  const handle = await page.evaluateHandle((html) => {
    const dt = new DataTransfer();
    dt.items.add(new File([html], "release.html", { type: "text/html" }));
    return dt;
  }, html);
  await page.locator(".px-pane-right").dispatchEvent("dragover", { dataTransfer: handle });
  await page.locator(".px-pane-right").dispatchEvent("drop", { dataTransfer: handle });
  await page.waitForFunction(() => document.querySelector(".px-pane-right .px-text")?.textContent.startsWith("The two ministers"));
  assert.equal(
    await page.locator(".px-pane-right .px-text").textContent(),
    "The two ministers met in Geneva.\n\nThey discussed regional security at length.",
  );
  const header = await page.locator(".px-pane-header[data-side=right]").textContent();
  assert.match(header, /Press release on talks/);
  assert.match(header, /2021-07-09/);
  assert.doesNotMatch(header, /Russia|TASS/);
  assert.equal(await page.locator(".px-pane-header[data-side=right] .px-source").getAttribute("href"), "https://example.org/release");
  assert.deepEqual(errors, []);
  await context.close();
});

test("on a phone the toolbar fits, and More reaches every control", async () => {
  const { page, errors, context } = await open("", { viewport: { width: 390, height: 800 } });
  const toolbar = page.locator(".px-toolbar");
  assert.ok(await toolbar.evaluate((t) => t.scrollWidth <= t.clientWidth + 1), "the toolbar scrolls sideways");
  const rowOf = async (id) => (await page.getByTestId(id).boundingBox()).y;
  assert.equal(await rowOf("more"), await rowOf("mode"), "More is not on the toolbar's one row");
  await page.screenshot({ path: join(OUTPUT, "phone-toolbar.png") });
  for (const id of ["options", "lesson", "share", "theme", "help"]) {
    await page.getByRole("button", { name: "More" }).click();
    await page.screenshot({ path: join(OUTPUT, "phone-toolbar-more.png") });
    const item = page.getByTestId(id);
    assert.ok(await item.isVisible(), `${id} is not reachable`);
    const box = await item.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390, `${id} is off-screen`);
    if (id === "options") {
      await item.click();
      await page.locator(".px-options").waitFor();
      await page.keyboard.press("Escape");
    } else {
      await page.getByRole("button", { name: "More" }).click();
    }
  }
  // A control chosen in the menu closes it.
  await page.getByRole("button", { name: "More" }).click();
  await page.getByTestId("layout").click();
  await page.locator(".px-rows").waitFor();
  assert.equal(await page.getByTestId("layout").isVisible(), false, "the menu stays open over the text");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a tapped phrase's counterpart lands in view on a phone", async () => {
  const [a, b] = await Promise.all(SPEECHES.map(corpusStatement));
  const { page, errors, context } = await open(permalink(a, b), { viewport: { width: 390, height: 800 }, hasTouch: true });
  const mark = page.locator(".px-pane-left mark[data-phrase]").first();
  const phrase = await mark.getAttribute("data-phrase");
  await mark.click();
  await page.waitForTimeout(600);
  const other = page.locator(`.px-pane-right mark[data-phrase="${phrase}"]`).first();
  const box = await other.boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 800, `the counterpart is out of view: ${JSON.stringify(box)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("every shared phrase is listed, and a term clicked is brought into view", async () => {
  const [a] = await Promise.all(SPEECHES.map(corpusStatement));
  // The same sentences in reverse order: a shared phrase for nearly every sentence.
  const reversed = { label: "reversed", text: a.text.split(/(?<=\. )/).reverse().join("") };
  const { page, errors, context } = await open(permalink(a, reversed));
  const heading = await page.locator(".px-phrases h3").textContent();
  const total = Number(heading.match(/\d+/)[0]);
  assert.ok(total > 25, `too few phrases to test the list: ${total}`);
  assert.equal(await page.getByTestId("phrase-list").locator("li").count(), total, "the phrase list is not complete");
  await context.close();

  const [l, r] = await Promise.all(SPEECHES.map(corpusStatement));
  const opened = await open(permalink(l, r));
  const chip = opened.page.getByTestId("terms-left").locator(".px-term-chip").last();
  await chip.click();
  await opened.page.waitForTimeout(400);
  const inView = await opened.page.evaluate(() => {
    const pane = document.querySelector(".px-pane-left .px-scroll").getBoundingClientRect();
    const r = [...(CSS.highlights.get("px-term") ?? [])][0]?.getBoundingClientRect();
    return r && r.top >= pane.top && r.bottom <= pane.bottom;
  });
  assert.ok(inView, "the selected term is not in view");
  assert.deepEqual([...errors, ...opened.errors], []);
  await opened.context.close();
});

test("header and summary agree on each share, and spoken names say what is shown", async () => {
  const [a, b] = await Promise.all(RELEASES.map(corpusStatement));
  const { page, errors, context } = await open(permalink(a, b));
  for (const side of ["left", "right"]) {
    const head = Number((await page.locator(`.px-pane-header[data-side=${side}] .px-side-stats`).textContent()).match(/(\d+)% shared/)[1]);
    const [inOrder, moved] = (await page.getByTestId(`stats-${side}`).locator(".px-stat-numbers").textContent()).match(/\d+(?=%)/g).map(Number);
    assert.equal(head, inOrder + moved, `${side}: header ${head}% vs summary ${inOrder}% + ${moved}%`);
  }
  // No name runs a word into its count, or cites sentence numbers the page never shows.
  for (const chip of await page.locator(".px-term-chip").all()) {
    const name = await chip.evaluate((e) => e.getAttribute("aria-label") ?? e.textContent);
    assert.doesNotMatch(name, /\p{L}\d/u, `term chip reads "${name}"`);
  }
  for (const mark of await page.locator("mark[data-phrase]").all()) {
    const [label, text] = await mark.evaluate((e) => [e.getAttribute("aria-label"), e.textContent]);
    assert.doesNotMatch(label, /sentence \d/, `"${label}"`);
    assert.ok(label.startsWith(text.trim()), `the spoken name "${label}" drops the words "${text}"`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("the minimum phrase length applies as it is typed, and Other says what it changes", async () => {
  const [a, b] = await Promise.all(RELEASES.map(corpusStatement));
  const { page, errors, context } = await open(permalink(a, b));
  const before = await page.locator(".px-phrases h3").textContent();
  await page.getByTestId("options").click();
  await page.getByTestId("min-phrase").fill("6");
  await page.waitForFunction((b) => document.querySelector(".px-phrases h3")?.textContent !== b, before, { timeout: 5000 });
  assert.equal(await page.getByTestId("lang-other-note").count(), 0);
  await page.getByLabel("Left language").selectOption({ label: "Other" });
  assert.match(await page.getByTestId("lang-other-note").textContent(), /left side/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a long comparison shows the worker's real progress, then the texts", async () => {
  const [a, b] = await Promise.all(SPEECHES.map(corpusStatement));
  const { page, errors, context } = await open();
  await page.getByTestId("mode").click();
  await page.getByTestId("text-left").fill(Array(30).fill(a.text).join("\n\n"));
  await page.getByTestId("text-right").fill(Array(30).fill(b.text).join("\n\n"));
  // Watch the bar from inside the page, so no report between two polls is missed.
  await page.evaluate(() => {
    window.__progress = [];
    new MutationObserver(() => {
      const bar = document.querySelector(".px-progress progress");
      if (bar && window.__progress.at(-1) !== bar.value) window.__progress.push(bar.value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.getByTestId("mode").click();
  await page.locator('.px-panes[aria-busy="false"]').waitFor({ timeout: 60000 });
  const seen = await page.evaluate(() => window.__progress);
  assert.ok(seen.length >= 2, `the bar did not move: ${seen}`);
  assert.ok(seen.every((v, i) => v > 0 && v <= 100 && (i === 0 || v > seen[i - 1])), `progress not rising: ${seen}`);
  assert.equal(await page.locator(".px-progress").count(), 0, "the bar stays after the comparison");
  assert.deepEqual(errors, []);
  await context.close();
});

test("no warning in the console while the worker compares", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const warnings = [];
  page.on("console", (m) => ["warning", "error"].includes(m.type()) && warnings.push(m.text()));
  const [a, b] = await Promise.all(RELEASES.map(corpusStatement));
  await page.goto(server.url + permalink(a, b));
  await ready(page);
  await page.locator('.px-panes[aria-busy="false"]').waitFor();
  await replaceTexts(page, b.text, a.text);
  assert.deepEqual(warnings, []);
  await context.close();
});
