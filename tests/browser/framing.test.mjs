// The framing lens on the headline example: who speaks (chips, runs, the
// bars in the summary), what each statement reports of Russia, and
// the comparison told in plain words, every quotation a link to its place,
// in the page, the report and presentation mode.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { openPage, ready, highlighted, waitForHighlight, OUTPUT, withServerAndBrowser } from "./harness.mjs";

let server;
let browser;
withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

async function open(options) {
  const opened = await openPage(browser, server.url, options);
  await ready(opened.page);
  await opened.page.locator(".px-panes").waitFor();
  return opened;
}

/** The chip CSS draws before a sentence: its text, or null when none shows. */
const chip = (locator) =>
  locator.evaluate((e) => {
    const before = getComputedStyle(e, "::before");
    return before.content === "none" || before.display === "none" ? null : before.content.replace(/^"|"$/g, "");
  });

test("without any pointing, the summary says how much of each statement is attributed, each party's share of that, and what each reports of Russia", async () => {
  const { page, errors, context } = await open();
  const left = page.getByTestId("voices-left");
  const right = page.getByTestId("voices-right");
  // China's readout: how many of its sentences are attributed, and of their words, Lavrov and
  // Putin's are Russia's side, in words and not in colour alone.
  assert.match(await left.innerText(), /Attributed to a party: \d+ of the \d+ sentences; of their words:/);
  const russia = await left.locator("li", { hasText: "Russia" }).innerText();
  const percent = Number(russia.match(/Russia: (\d+)%/)?.[1]);
  assert.ok(percent >= 25 && percent <= 55, `Russia's share of China's attributed words: ${russia}`);
  assert.match(russia, /Lavrov/);
  assert.match(await right.locator("li", { hasText: "Russia" }).innerText(), /Russia: \d+% \(The Russian side\)/);
  // The bar shows the same shares, and names them for a screen reader.
  assert.match(await left.locator("svg").getAttribute("aria-label"), new RegExp(`Russia ${percent}%`));
  assert.ok((await left.locator("svg rect").count()) >= 3, "one segment per party");
  // What each statement reports of Russia, each quotation with the statement's own attribution.
  const credited = page.getByTestId("credited").locator('li[data-party="Russia"]');
  const text = await credited.innerText();
  assert.match(text, /according to China — Ministry of Foreign Affairs: “Lavrov said that Russia fully recognizes and highly appreciates China's effective response/);
  assert.match(text, /according to Russia — Ministry of Foreign Affairs \(via TASS\): “The Russian side highly praised the measures being taken by China/);
  // All of it is in view of a reader who scrolls to the summary: nothing is behind a hover.
  await page.getByTestId("summary").scrollIntoViewIfNeeded();
  assert.ok(await page.getByTestId("voices-left").isVisible());
  await page.getByTestId("summary").screenshot({ path: join(OUTPUT, "summary-voices.png") });
  assert.deepEqual(errors, []);
  await context.close();
});

test("on a phone, the bars, their legends and what each statement reports stack in one column within the screen", async () => {
  const { page, errors, context } = await open({ viewport: { width: 390, height: 800 } });
  await page.locator(".px-voices").scrollIntoViewIfNeeded();
  const left = await page.getByTestId("voices-left").boundingBox();
  const right = await page.getByTestId("voices-right").boundingBox();
  assert.ok(right.y >= left.y + left.height - 1, "the two bars are side by side on a phone");
  for (const id of ["voices-left", "voices-right", "credited", "story"]) {
    const box = await page.getByTestId(id).boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390.5, `${id} reaches past the screen: ${JSON.stringify(box)}`);
  }
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), "the page scrolls sideways");
  await page.getByTestId("summary").screenshot({ path: join(OUTPUT, "summary-voices-phone.png") });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a chip names the speaker and the party where each attributed run opens; the run's other sentences are marked", async () => {
  const { page, errors, context } = await open();
  const lavrov = page.locator('.px-pane-left .px-sentence[data-speaker^="Lavrov"]').first();
  assert.equal(await chip(lavrov), "Lavrov · Russia");
  assert.match(await lavrov.textContent(), /^Lavrov said that Russia fully recognizes/);
  const chipWidth = await lavrov.evaluate((e) => e.getClientRects()[0].width - e.textContent.length);
  assert.ok(chipWidth > 0, "the chip takes no room");
  // The next sentence goes on with Lavrov's words: marked as his run, no chip of its own.
  const next = page.locator(`.px-pane-left .px-sentence[data-sentence="${Number(await lavrov.getAttribute("data-sentence")) + 1}"]`);
  assert.match(await next.getAttribute("class"), /px-voiced/);
  assert.equal(await chip(next), null);
  assert.equal(await next.evaluate((e) => getComputedStyle(e).borderTopColor), await lavrov.evaluate((e) => getComputedStyle(e).borderTopColor));
  // The narration is nobody's: no chip, no run.
  const first = page.locator('.px-pane-left .px-sentence[data-sentence="0"]');
  assert.equal(await chip(first), null);
  assert.doesNotMatch(await first.getAttribute("class"), /px-voiced/);
  assert.equal(await chip(page.locator('.px-pane-right .px-sentence[data-sentence="0"]')), "The Russian side · Russia");
  // Aligned rows: every attributed sentence carries its chip, the Russian praise beside Lavrov's sentence.
  await page.getByTestId("layout").click();
  const row = page.locator(".px-row", { has: page.locator('.px-cell-right .px-sentence[data-speaker]') }).first();
  assert.equal(await chip(row.locator(".px-cell-left .px-sentence").first()), "Lavrov · Russia");
  assert.equal(await chip(row.locator(".px-cell-right .px-sentence").first()), "The Russian side · Russia");
  assert.equal(await chip(page.locator(".px-cell-left .px-sentence", { hasText: /^Yesterday, President Vladimir Putin/ })), "Lavrov · Russia (continued)");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the comparison in plain words opens the summary, and each quotation takes the reader to its place", async () => {
  const { page, errors, context } = await open({ viewport: { width: 1280, height: 700 } });
  const story = page.getByTestId("story");
  const text = await story.innerText();
  assert.match(text, /^China has \d+ words, Russia \d+: China is \d+ times as long as Russia\./);
  assert.match(text, /Parallax attributes \d+ of the \d+ sentences of China to a party: China \d+% of their words.*Russia \d+%/);
  const links = story.locator("a.px-quote");
  assert.ok((await links.count()) >= 6, "quotations are links");
  // Every link names a sentence that is in the page.
  for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute("href")))) {
    assert.equal(await page.locator(href).count(), 1, `${href} leads nowhere`);
  }
  // Follow the Russian statement's words: they are scrolled to and marked, the page's address unchanged.
  const before = page.url();
  const praise = links.filter({ hasText: "highly praised the measures" }).last();
  await praise.scrollIntoViewIfNeeded();
  await praise.click();
  const marked = await waitForHighlight(page, "px-quoted", { side: "right" });
  assert.match(marked.join(""), /^The Russian side highly praised the measures being taken by China/);
  assert.equal(page.url(), before);
  const pane = await page.locator(".px-pane-right").boundingBox();
  assert.ok(pane.y < 700 && pane.y + pane.height > 0, "the pane was not brought into view");
  // The WHO's words, far down the long Chinese readout: its pane scrolls down to them.
  const scroller = page.locator(".px-pane-left .px-scroll");
  assert.equal(await scroller.evaluate((e) => e.scrollTop), 0);
  const who = page.getByTestId("credited").locator('li[data-party="WHO"] a').first();
  await who.scrollIntoViewIfNeeded();
  await who.click();
  assert.match((await waitForHighlight(page, "px-quoted", { side: "left" })).join(""), /^The WHO Director-General spoke highly of China's decisive and strong measures/);
  assert.ok((await scroller.evaluate((e) => e.scrollTop)) > 0, "the left pane did not scroll to the words");
  // Scrolled away, the same link brings the words back.
  await scroller.evaluate((e) => (e.scrollTop = 0));
  await page.waitForTimeout(100);
  await who.click();
  await page.waitForFunction(() => document.querySelector(".px-pane-left .px-scroll").scrollTop > 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the report carries the paragraph, its quotations anchors to their sentences, and presentation mode tells it too", async () => {
  const { page, errors, context } = await open();
  await page.getByTestId("share").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-report").click()]);
  const path = join(OUTPUT, "report-framing.html");
  await download.saveAs(path);
  const report = await context.newPage();
  await report.goto(`file://${path}`);
  const story = report.locator(".px-story");
  assert.match(await story.innerText(), /Russia, according to China: “Lavrov said that Russia fully recognizes/);
  const hrefs = await story.locator("a").evaluateAll((all) => all.map((a) => a.getAttribute("href")));
  assert.ok(hrefs.length >= 6);
  for (const href of hrefs) assert.equal(await report.locator(href).count(), 1, `${href} leads nowhere in the report`);
  // An anchor works without script: the sentence becomes the target.
  await story.locator("a", { hasText: "highly praised the measures" }).last().click();
  assert.equal(await report.evaluate(() => document.querySelector(":target")?.closest("[data-side]")?.dataset.side), "right");
  assert.ok(await report.locator(".px-voices").isVisible(), "the report has no speaker bars");
  await report.close();

  await page.keyboard.press("Escape");
  await page.getByTestId("lesson").click();
  await page.getByTestId("present").click();
  await page.locator(".px-presenting").waitFor();
  const details = page.getByTestId("story-details");
  await details.locator("summary").click();
  assert.match(await details.getByTestId("story").innerText(), /sentences of Russia to a party: Russia \d+% of their words/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the headline example opens on its point: the Russian praise beside Lavrov's sentence, who speaks visible at once", async () => {
  const { page, errors, context } = await open();
  // Pointed out without any pointing: both sentences of the pair are marked.
  await waitForHighlight(page, "px-pair", { side: "left" });
  const pair = (await highlighted(page, "px-pair")).map((r) => `${r.side}: ${r.text}`);
  assert.ok(pair.some((t) => t.startsWith("right: The Russian side highly praised")), pair.join("\n"));
  assert.ok(pair.some((t) => t.startsWith("left: Lavrov said that Russia fully recognizes")), pair.join("\n"));
  // Who speaks, under each header, in the first screen.
  const line = page.getByTestId("voice-line-left");
  assert.match(await line.innerText(), /Who speaks \(\d+ of \d+ sentences attributed\): China \d+%, Russia \d+%/);
  const box = await line.boundingBox();
  assert.ok(box.y + box.height < 900, "the speaker bar is below the first screen");
  await page.screenshot({ path: join(OUTPUT, "framing-opening.png") });
  assert.deepEqual(errors, []);
  await context.close();
});

test("the picker offers real pairs from the corpus, each opening on its own view", async () => {
  const { page, errors, context } = await open();
  const picker = page.getByLabel("Load an example");
  const names = await picker.locator("option:not([disabled])").allInnerTexts();
  assert.ok(names.length >= 4, names.join(", "));
  assert.equal(await picker.inputValue(), "0", "the picker does not show the example on screen");
  // Biden – Putin: the two readouts in aligned rows, each president's words given to his side.
  await picker.selectOption({ label: "Biden – Putin phone call, 9 July 2021" });
  await page.locator(".px-rows .px-cell-left", { hasText: "President Biden spoke today with President Putin" }).first().waitFor();
  assert.match(await page.getByTestId("voice-line-left").innerText(), /United States \d+%/);
  assert.match(await page.getByTestId("voice-line-right").innerText(), /Russia \d+%/);
  // Two translations: the longest shared phrase pinned on both sides.
  await picker.selectOption({ label: "One Russian statement in two translations (TASS, Sputnik)" });
  await page.locator(".px-pane-right .px-text", { hasText: "Corona virus" }).waitFor();
  await waitForHighlight(page, "px-linked", { side: "right" });
  const linked = await highlighted(page, "px-linked");
  assert.ok(linked.some((r) => r.side === "left") && linked.some((r) => r.side === "right"), JSON.stringify(linked));
  assert.equal(await page.getByTestId("phrase-list").locator('[aria-pressed="true"]').count(), 1);
  assert.equal(await picker.inputValue(), "2");
  assert.deepEqual(errors, []);
  await context.close();
});
