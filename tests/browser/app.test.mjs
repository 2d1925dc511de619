// The standalone page, as a reader meets it: loads, compares, links,
// navigates, takes files, changes options, fits a phone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openPage, ready, highlighted, waitForHighlight, corpusStatement, permalink, OUTPUT, ROOT, withServerAndBrowser } from "./harness.mjs";

let server;
let browser;
withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

/** Opens the page (on `files`, two statements of the corpus, when given)
 * and waits for the comparison; returns page and errors. */
async function open(options, files) {
  const hash = files ? permalink(...(await Promise.all(files.map(corpusStatement)))) : "";
  const opened = await openPage(browser, server.url + hash, options);
  await ready(opened.page);
  await opened.page.locator(".px-panes").waitFor();
  return opened;
}

/** The start of a phrase's first word, to recognise it as either side writes it. */
const firstWord = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, "").trim().split(/\s+/)[0].slice(0, 4);

// Real pairs with shared phrasing (the example shares none of two content
// words): two translations of one Russian statement; two Russian press
// releases on calls with China, three months apart; two long speeches.
const TRANSLATIONS = ["2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt", "2020-02-01_wangyi-lavrov_ru-mid_via-sputnik.txt"];
const RELEASES = ["2020-04-14_lavrov-wangyi_ru-mid.txt", "2020-07-17_wangyi-lavrov_ru-mid.txt"];
const SPEECHES = ["2022-02-24_putin-address-ukraine_ru-kremlin-LONG.txt", "2022-02-19_zelenskyy-munich-speech_ua-president-LONG.txt"];

test("the page loads with both statements and shared phrases highlighted in both panes", async () => {
  const { page: example, errors: exampleErrors, context: exampleContext } = await open();
  const left = await example.locator(".px-pane-left .px-text").textContent();
  const right = await example.locator(".px-pane-right .px-text").textContent();
  assert.equal(left, readFileSync(join(ROOT, "examples/cn-mfa.txt"), "utf8"), "left text not shown exactly");
  assert.equal(right, readFileSync(join(ROOT, "examples/ru-mid-tass.txt"), "utf8"), "right text not shown exactly");
  assert.deepEqual(exampleErrors, []);
  await exampleContext.close();
  const { page, errors, context } = await open({}, TRANSLATIONS);
  assert.ok((await page.locator(".px-pane-left mark[data-phrase]").count()) > 0, "no shared phrase on the left");
  assert.ok((await page.locator(".px-pane-right mark[data-phrase]").count()) > 0, "no shared phrase on the right");
  const box = await page.locator(".px-pane-right mark[data-phrase]").first().boundingBox();
  assert.ok(box.width > 0 && box.height > 0, "the highlight is not visible");
  await page.screenshot({ path: join(OUTPUT, "desktop-light.png") });
  assert.deepEqual(errors, []);
  await context.close();
});

test("hovering a shared phrase links its counterpart and scrolls it into view", async () => {
  const { page, errors, context } = await open({ viewport: { width: 1100, height: 520 } }, SPEECHES);
  await page.locator('.px-panes[aria-busy="false"]').waitFor();
  // The right side's shared phrase whose counterpart on the left is furthest down.
  const target = await page.evaluate(() => {
    const pane = document.querySelector(".px-pane-left .px-scroll");
    let best = null;
    for (const m of document.querySelectorAll(".px-pane-right mark[data-phrase]")) {
      const other = pane.querySelector(`[data-phrase="${m.dataset.phrase}"]`);
      if (other && (!best || other.offsetTop > best.top)) best = { phrase: m.dataset.phrase, top: other.offsetTop };
    }
    return best;
  });
  assert.ok(target, "no linked phrase found");
  const leftScroll = page.locator(".px-pane-left .px-scroll");
  assert.equal(await leftScroll.evaluate((e) => e.scrollTop), 0);
  const hovered = page.locator(`.px-pane-right mark[data-phrase="${target.phrase}"]`).first();
  const phraseText = (await hovered.textContent()).trim().toLowerCase();
  // Bring it into view first, and let the left pane follow.
  await hovered.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  const pageTop = await page.evaluate(() => window.scrollY);
  await hovered.hover();
  const linked = await waitForHighlight(page, "px-linked", { side: "left" });
  assert.ok(linked.some((t) => firstWord(t) === firstWord(phraseText)), `${JSON.stringify(linked)} does not hold "${phraseText}"`);
  // The counterpart is scrolled into view inside its pane, the page stays put.
  await page.waitForFunction(() => {
    const pane = document.querySelector(".px-pane-left .px-scroll").getBoundingClientRect();
    const r = [...CSS.highlights.get("px-linked")].find((r) => r.startContainer.parentElement.closest(".px-pane-left"));
    const box = r.getBoundingClientRect();
    return box.top >= pane.top - 1 && box.bottom <= pane.bottom + 1;
  });
  assert.equal(await page.evaluate(() => window.scrollY), pageTop, "the page scrolled");
  // The hovered pane stays where it is (its partner's scrolling does not move it).
  const rightTop = await page.locator(".px-pane-right .px-scroll").evaluate((e) => e.scrollTop);
  await page.waitForTimeout(200);
  assert.equal(await page.locator(".px-pane-right .px-scroll").evaluate((e) => e.scrollTop), rightTop);
  // Clicking pins the link: it stays when the pointer leaves.
  await hovered.click();
  await page.mouse.move(5, 5);
  await page.waitForTimeout(100);
  const pinned = await highlighted(page, "px-linked");
  assert.ok(pinned.some((r) => r.side === "left") && pinned.some((r) => r.side === "right"), JSON.stringify(pinned));
  assert.deepEqual(errors, []);
  await context.close();
});

test("keys step through differences and shared phrases; ? opens the help", async () => {
  const { page, errors, context } = await open({}, RELEASES);
  await page.locator(".px-root").focus();
  // Where navigation stands has the focus, and is marked.
  // A stop is a span on one side (both sides number their spans from 0).
  const where = () => {
    const e = document.activeElement;
    return e?.dataset.span ? `${e.closest(".px-pane-left") ? "left" : "right"} ${e.dataset.span}` : null;
  };
  const stop = () => page.evaluate(where);
  await page.keyboard.press("n");
  await page.waitForFunction(() => document.activeElement?.dataset.span);
  assert.match(await page.evaluate(() => document.activeElement.className), /px-distinct/);
  const marked = await waitForHighlight(page, "px-current");
  assert.deepEqual(marked, [await page.evaluate(() => document.activeElement.textContent)], "the stop is not marked");
  const firstSpan = await stop();
  await page.keyboard.press("n");
  await page.waitForFunction(`(${where})() !== ${JSON.stringify(firstSpan)}`);
  await page.keyboard.press("p");
  await page.waitForFunction(`(${where})() === ${JSON.stringify(firstSpan)}`);
  await page.keyboard.press("j");
  await page.waitForFunction(() => document.activeElement?.matches("mark[data-phrase]"));
  assert.ok((await waitForHighlight(page, "px-linked", { side: "right" })).length > 0, "stepping to a phrase links it");
  await page.keyboard.press("?");
  await page.getByRole("dialog", { name: "Keyboard shortcuts" }).waitFor();
  await page.keyboard.press("Escape");
  assert.deepEqual(errors, []);
  await context.close();
});

test("raising the minimum phrase length removes short shared phrases", async () => {
  const { page, errors, context } = await open({}, RELEASES);
  const count = () => page.locator("mark[data-phrase]").count();
  const before = await count();
  assert.ok(before > 0);
  await page.getByTestId("options").click();
  await page.getByTestId("min-phrase").fill("12");
  await page.getByTestId("min-phrase").press("Enter");
  await page.waitForFunction((n) => document.querySelectorAll("mark[data-phrase]").length < n, before);
  const after = await count();
  assert.ok(after < before, `${after} highlights at 12 words, ${before} at 3`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a dropped text file replaces a side; a binary file is refused with a message", async () => {
  const { page, errors, context } = await open();
  await page.getByTestId("mode").click();
  await page.getByTestId("text-right").waitFor();
  const drop = async (name, bytes, type) => {
    const handle = await page.evaluateHandle(
      ({ name, bytes, type }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], name, { type }));
        return dt;
      },
      { name, bytes, type },
    );
    await page.getByTestId("editor-right").dispatchEvent("drop", { dataTransfer: handle });
  };
  const text = "Lavrov said that Russia fully recognizes the efforts. Привет, 世界!";
  await drop("statement.txt", [...Buffer.from(text)], "text/plain");
  await page.waitForFunction((t) => document.querySelector('[data-testid="text-right"]').value === t, text);
  const leftBefore = await page.getByTestId("text-left").inputValue();
  await drop("photo.png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "image/png");
  const notice = page.getByTestId("notice");
  await notice.waitFor();
  assert.match(await notice.innerText(), /photo\.png/);
  assert.match(await notice.innerText(), /binary|PNG/i);
  assert.equal(await page.getByTestId("text-right").inputValue(), text, "the right text was changed");
  assert.equal(await page.getByTestId("text-left").inputValue(), leftBefore, "the left text was changed");
  await page.getByTestId("mode").click();
  await page.locator(".px-pane-right .px-text").waitFor();
  assert.equal(await page.locator(".px-pane-right .px-text").textContent(), text);
  assert.deepEqual(errors, []);
  await context.close();
});

test("scripts and markup typed into a statement are shown as text, never run", async () => {
  const { page, errors, context } = await open();
  await page.getByTestId("mode").click();
  const payload = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> Lavrov said that Russia`;
  await page.getByTestId("text-left").fill(payload);
  await page.getByTestId("mode").click();
  await page.locator(".px-pane-left .px-text").waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.locator(".px-pane-left .px-text").textContent(), payload);
  assert.equal(await page.locator(".px-pane-left img, .px-pane-left script").count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test("on a phone the panes stack and aligned rows keep pairs together", async () => {
  const { page, errors, context } = await open({ viewport: { width: 390, height: 844 } });
  const l = await page.locator(".px-pane-left").boundingBox();
  const r = await page.locator(".px-pane-right").boundingBox();
  assert.ok(r.y >= l.y + l.height - 1, "right pane is not below the left one");
  assert.ok(l.width <= 390 && r.width <= 390, "panes overflow the screen");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  await page.screenshot({ path: join(OUTPUT, "phone-light.png") });
  await page.getByTestId("more").click();
  await page.getByTestId("layout").click();
  await page.locator(".px-rows").waitFor();
  assert.ok((await page.locator(".px-row:not(.px-row-head)").count()) > 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("dark theme renders, and aligned rows put each pair on one row", async () => {
  const { page, errors, context } = await open({ colorScheme: "dark" });
  const bg = await page.locator(".px-root").evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.notEqual(bg, "rgb(255, 255, 255)", "dark scheme ignored");
  await page.screenshot({ path: join(OUTPUT, "desktop-dark.png") });
  await page.getByTestId("layout").click();
  const row = page.locator(".px-row:not(.px-row-unpaired):not(.px-row-head)").first();
  await row.waitFor();
  const cells = await row.locator(".px-cell").all();
  const [a, b] = [await cells[0].boundingBox(), await cells[1].boundingBox()];
  assert.ok(Math.abs(a.y - b.y) < 2 && b.x > a.x, "a pair's sentences are not side by side");
  await page.screenshot({ path: join(OUTPUT, "desktop-dark-rows.png") });
  const { page: phone, context: c2 } = await open({ viewport: { width: 390, height: 844 }, colorScheme: "dark" });
  await phone.screenshot({ path: join(OUTPUT, "phone-dark.png") });
  await c2.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test("aligned rows mark the words matching sentences share, with a legend entry", async () => {
  const { page, errors, context } = await open();
  await page.getByTestId("layout").click();
  const row = page.locator(".px-row", { hasText: "highly praised" });
  await row.waitFor();
  const echoes = async (side) => (await row.locator(`.px-cell-${side} mark.px-echo`).allInnerTexts()).map((w) => w.toLowerCase());
  assert.ok((await echoes("left")).includes("highly"), "the Chinese sentence's 'highly' is not marked");
  assert.ok((await echoes("right")).includes("highly"), "the Russian sentence's 'highly' is not marked");
  assert.ok(!(await echoes("right")).includes("the"), "function words are marked");
  assert.match(await page.locator(".px-legend").innerText(), /Same word in the matching sentence/);
  await page.screenshot({ path: join(OUTPUT, "desktop-rows.png") });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a 5 MB paste is refused with a message and the page stays responsive", async () => {
  const { page, errors, context } = await open();
  await page.getByTestId("mode").click();
  const before = await page.getByTestId("text-right").inputValue();
  const huge = "The ministers discussed cooperation. ".repeat(140_000); // about 5 MB
  await page.getByTestId("text-right").fill(huge);
  const notice = page.getByTestId("notice");
  await notice.waitFor();
  assert.match(await notice.innerText(), /5\.\d MB.*up to 1,000,000 bytes/);
  assert.ok((await page.getByTestId("text-right").inputValue()) === before, "the editor shows text that was refused");
  // Still responsive: typing on the other side is taken at once.
  await page.getByTestId("text-left").fill("Still working.");
  await page.getByTestId("mode").click();
  await page.waitForFunction(() => document.querySelector(".px-pane-left .px-text")?.textContent === "Still working.");
  assert.deepEqual(errors, []);
  await context.close();
});

test("no WCAG 2.1 A/AA violations (axe-core), light and dark, in both layouts", async () => {
  const axe = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
  for (const colorScheme of ["light", "dark"]) {
    const { page, errors, context } = await open({ colorScheme });
    await page.addScriptTag({ content: axe });
    for (const layout of ["side by side", "aligned rows"]) {
      const result = await page.evaluate(() =>
        window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
      );
      const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
      assert.deepEqual(found, [], `${colorScheme}, ${layout}`);
      if (layout === "side by side") {
        await page.getByTestId("layout").click();
        await page.locator(".px-rows").waitFor();
      }
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("the theme button overrides the reader's colour scheme both ways", async () => {
  const { page, errors, context } = await open({ colorScheme: "light" });
  const bg = () => page.locator(".px-root").evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.equal(await bg(), "rgb(255, 255, 255)");
  await page.getByTestId("theme").click(); // Auto → Dark
  assert.match(await page.getByTestId("theme").innerText(), /Dark/);
  assert.equal(await bg(), "rgb(22, 24, 29)");
  await page.emulateMedia({ colorScheme: "dark" });
  await page.getByTestId("theme").click(); // Dark → Light, on a dark system
  assert.equal(await bg(), "rgb(255, 255, 255)");
  await page.getByTestId("theme").click(); // Light → Auto follows the system again
  assert.equal(await bg(), "rgb(22, 24, 29)");
  assert.deepEqual(errors, []);
  await context.close();
});

test("pointing at a sentence links its counterpart, scrolls it into view and dots the words they share", async () => {
  const { page, errors, context } = await open({ viewport: { width: 1100, height: 520 } });
  const russian = page.locator(".px-pane-right .px-sentence", { hasText: "highly praised" });
  const pair = await russian.getAttribute("data-pair");
  assert.ok(pair, "the praise sentence has no counterpart");
  await russian.hover({ position: { x: 5, y: 5 } });
  const chinese = page.locator(`.px-pane-left .px-sentence[data-pair="${pair}"]`).first();
  const linked = await waitForHighlight(page, "px-pair", { side: "left" });
  assert.deepEqual(linked, [await chinese.textContent()], "the counterpart is not shown linked");
  await page.waitForFunction((p) => {
    const pane = document.querySelector(".px-pane-left .px-scroll").getBoundingClientRect();
    const s = document.querySelector(`.px-pane-left .px-sentence[data-pair="${p}"]`).getBoundingClientRect();
    return s.top >= pane.top - 1 && s.bottom <= pane.bottom + 1;
  }, pair);
  const words = async (side) => (await waitForHighlight(page, "px-echo", { side })).map((w) => w.toLowerCase());
  assert.ok((await words("left")).includes("highly"));
  assert.ok((await words("right")).includes("highly"));
  // Only that pair: no other sentence is linked, and leaving unlinks it.
  assert.deepEqual((await highlighted(page, "px-pair")).map((r) => r.text), [await chinese.textContent(), await russian.textContent()]);
  await page.screenshot({ path: join(OUTPUT, "desktop-pair-hover.png") });
  await page.mouse.move(2, 2);
  await page.waitForFunction(() => CSS.highlights.get("px-pair").size === 0);
  assert.deepEqual(await highlighted(page, "px-echo"), [], "the shared words stay dotted");
  assert.deepEqual(errors, []);
  await context.close();
});

test("scrolling one pane keeps the corresponding sentence level in the other", async () => {
  const corpus = join(ROOT, "tests/data/corpus");
  const speech = readFileSync(join(corpus, "2022-02-24_putin-address-ukraine_ru-kremlin-LONG.txt"), "utf8");
  const words = speech.split(" ");
  const left = words.slice(0, 900).join(" ");
  // The right side: the same text with a long insertion near the top, so pixel offsets would drift.
  const inserted = "This paragraph appears only on the right and is long enough to push every later sentence down. ".repeat(12);
  const right = `${words.slice(0, 60).join(" ")}\n\n${inserted}\n\n${words.slice(60, 900).join(" ")}`;
  const { page, errors, context } = await open({ viewport: { width: 1100, height: 600 } });
  await page.getByTestId("mode").click();
  await page.getByTestId("text-left").fill(left);
  await page.getByTestId("text-right").fill(right);
  await page.getByTestId("mode").click();
  await page.waitForFunction(() => document.querySelectorAll(".px-pane-right .px-sentence[data-pair]").length > 20);
  // Scroll the left pane to a paired sentence well down the text.
  const pair = await page.evaluate(() => {
    const pane = document.querySelector(".px-pane-left .px-scroll");
    const sentences = [...pane.querySelectorAll(".px-sentence[data-pair]")];
    const s = sentences[Math.floor(sentences.length * 0.6)];
    pane.scrollTop = s.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
    return s.dataset.pair;
  });
  const offsets = () =>
    page.evaluate((p) => {
      const at = (side) => {
        const pane = document.querySelector(`.px-pane-${side} .px-scroll`).getBoundingClientRect();
        return document.querySelector(`.px-pane-${side} .px-sentence[data-pair="${p}"]`).getBoundingClientRect().top - pane.top;
      };
      return [at("left"), at("right")];
    }, pair);
  await page.waitForTimeout(300);
  const [l, r] = await offsets();
  assert.ok(Math.abs(l - r) < 30, `sentence pair ${pair} sits at ${l}px on the left and ${r}px on the right`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the summary: a distinctive term marks its occurrences, a listed phrase links both panes", async () => {
  const { page, errors, context } = await open({}, RELEASES);
  const term = page.getByTestId("terms-left").getByRole("button").first();
  const word = (await term.innerText()).trim().replace(/\s*\d+$/, "");
  await term.click();
  const texts = await waitForHighlight(page, "px-term", { side: "left" });
  assert.ok(texts.length >= 3 && texts.every((t) => t.toLowerCase().startsWith(word.toLowerCase().slice(0, 4))), `${word}: ${texts}`);
  assert.ok((await highlighted(page, "px-term")).every((r) => r.side === "left"), "the term is marked on the right");
  await term.click();
  await page.waitForFunction(() => CSS.highlights.get("px-term").size === 0);
  const chip = page.getByTestId("phrase-list").getByRole("button").first();
  const phrase = (await chip.innerText()).trim().toLowerCase();
  await chip.click();
  for (const side of ["left", "right"]) {
    const linked = await waitForHighlight(page, "px-linked", { side });
    assert.ok(linked.some((t) => firstWord(t) === firstWord(phrase)), `${side}: ${JSON.stringify(linked)} lacks "${phrase}"`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("pointing and stepping change nothing in the panes: the marks are painted over the text", async () => {
  const { page, errors, context } = await open({}, RELEASES);
  await page.locator('.px-panes[aria-busy="false"]').waitFor();
  await page.evaluate(() => {
    window.__mutations = [];
    new MutationObserver((records) => window.__mutations.push(...records.map((r) => ({
      type: r.type,
      attribute: r.attributeName,
      target: r.target.nodeType === 1 ? r.target.className : "#text",
    })))).observe(document.querySelector(".px-panes"), { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await page.locator(".px-pane-right mark[data-phrase]").first().hover();
  await waitForHighlight(page, "px-linked", { side: "left" });
  await page.mouse.move(2, 2);
  await page.locator(".px-root").focus();
  await page.keyboard.press("n");
  await waitForHighlight(page, "px-current");
  await page.keyboard.press("n");
  await page.waitForTimeout(100);
  assert.deepEqual(await page.evaluate(() => window.__mutations), [], "the panes were changed");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a long comparison's report holds every character, even saved while the panes still fill in", async () => {
  const [putin, zelenskyy] = await Promise.all(SPEECHES.map(corpusStatement));
  const left = { ...putin, text: Array(12).fill(putin.text).join("\n\n") };
  const right = { ...zelenskyy, text: Array(12).fill(zelenskyy.text).join("\n\n") };
  const { page, errors, context } = await openPage(browser, server.url + permalink(left, right));
  await page.locator(".px-panes").waitFor();
  await page.getByTestId("share").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-report").click()]);
  const path = join(OUTPUT, "report-long.html");
  await download.saveAs(path);
  const report = await context.newPage();
  await report.goto(`file://${path}`);
  assert.equal(await report.locator(".px-pane-left .px-text").textContent(), left.text, "the report lost part of the left text");
  assert.equal(await report.locator(".px-pane-right .px-text").textContent(), right.text, "the report lost part of the right text");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a script embed code of megabytes is not laid out in a box: it is copied or saved whole", async () => {
  const [putin, zelenskyy] = await Promise.all(SPEECHES.map(corpusStatement));
  const left = { ...putin, text: Array(12).fill(putin.text).join("\n\n") };
  const right = { ...zelenskyy, text: Array(12).fill(zelenskyy.text).join("\n\n") };
  const { page, errors, context } = await openPage(browser, server.url + permalink(left, right));
  await ready(page);
  await page.locator('.px-panes[aria-busy="false"]').waitFor();
  await page.getByTestId("share").click();
  const code = page.getByTestId("script-code");
  await code.waitFor();
  // Too long for a link: the numbers are read as a reader reads them.
  assert.match(await page.getByTestId("too-long").innerText(), /too long for a link \(\d{1,3}(,\d{3})+ characters; links stay under \d{1,3}(,\d{3})+\)/);
  assert.equal(await code.evaluate((e) => e.tagName), "P", "a box of megabytes holds the page for a second while laid out");
  const said = (await code.innerText()).match(/(\d+\.\d) MB: too long to show here/);
  assert.ok(said, await code.innerText());
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save as a file" }).click()]);
  const path = join(OUTPUT, "embed-code-long.html");
  await download.saveAs(path);
  const saved = readFileSync(path, "utf8");
  assert.equal((Buffer.byteLength(saved) / 1e6).toFixed(1), said[1], "the size said is the code's");
  assert.ok(saved.startsWith("<script src="), saved.slice(0, 80));
  assert.ok(saved.includes(JSON.stringify(left.text).slice(1, 2000).replaceAll("<", "\\u003c")), "the code carries the left text");
  assert.deepEqual(errors, []);
  await context.close();
});

test("in aligned rows, pointing at a phrase leaves the rows where they are", async () => {
  const { page, errors, context } = await open({ viewport: { width: 1100, height: 600 } }, RELEASES);
  await page.getByTestId("layout").click();
  const rows = page.locator(".px-rows");
  await rows.evaluate((e) => (e.scrollTop = e.scrollHeight));
  await page.waitForTimeout(100);
  const top = await rows.evaluate((e) => e.scrollTop);
  // A phrase near the bottom whose counterpart is on another row.
  const phrases = page.locator(".px-row .px-cell-right mark[data-phrase]");
  await phrases.last().hover();
  await waitForHighlight(page, "px-linked", { side: "left" });
  await page.waitForTimeout(200);
  assert.equal(await rows.evaluate((e) => e.scrollTop), top, "the rows moved under the pointer");
  assert.deepEqual(errors, []);
  await context.close();
});
