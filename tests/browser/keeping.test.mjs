// Nothing lost without a word: what the browser keeps of the reader's work,
// and what the reader is told when it keeps less; the address that follows
// links pasted into the tab; files of every format the importer reads; and
// limits said in the reader's terms. Each step waits for what the page shows.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openCompared, replaceTexts, ready, corpusStatement, permalink, CORPUS, ROOT, withServerAndBrowser } from "./harness.mjs";

let server;
let browser;
withServerAndBrowser((s, b) => ([server, browser] = [s, b]));

const SPEECHES = ["2022-02-24_putin-address-ukraine_ru-kremlin-LONG.txt", "2022-02-19_zelenskyy-munich-speech_ua-president-LONG.txt"];
const RELEASES = ["2020-04-14_lavrov-wangyi_ru-mid.txt", "2020-07-17_wangyi-lavrov_ru-mid.txt"];

/** Opens the page at `hash` and waits for a finished comparison. */
const open = (hash = "", options = {}) => openCompared(browser, server.url + hash, options);

/** Fills this origin's local storage until it takes not one more character. */
const fillStorage = (page) =>
  page.evaluate(() => {
    let filler = "";
    for (let chunk = 1 << 23; chunk >= 1; chunk >>= 1) {
      try {
        localStorage.setItem("filler", filler + "x".repeat(chunk));
        filler += "x".repeat(chunk);
      } catch {}
    }
    return filler.length;
  });

/** The drafts this browser holds (their keys). */
const drafts = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("parallax-draft:")));

test("with storage full, the reader is told at once, offered the file, and no draft is claimed", async () => {
  const { page, errors, context } = await open();
  const filled = await fillStorage(page);
  assert.ok(filled > 1_000_000, `storage took only ${filled} characters`);
  const [a, b] = await Promise.all(SPEECHES.map(corpusStatement));
  await replaceTexts(page, a.text, b.text);
  const notice = page.getByTestId("keeping");
  await notice.waitFor();
  assert.match(await notice.textContent(), /storage is full: your texts are not kept, and would be lost if this page were closed or reloaded/);
  assert.equal(await page.evaluate(() => location.hash), "", "the address names a draft that is not kept");
  assert.deepEqual(await drafts(page), [], "a draft is stored");
  // The comparison file holds every character of both texts.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-unkept").click()]);
  const file = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.deepEqual([file.left.text, file.right.text], [a.text, b.text]);
  // Room again: the next change is kept, the notice goes, the address names the draft.
  await page.evaluate(() => localStorage.removeItem("filler"));
  await page.getByTestId("swap").click();
  await page.waitForFunction(() => location.hash.startsWith("#draft="));
  await notice.waitFor({ state: "detached" });
  assert.equal((await drafts(page)).length, 1);
  // The file opens again, dropped on (here: chosen for) the page.
  const other = await context.newPage();
  await other.goto(server.url);
  await ready(other);
  await other.getByTestId("mode").click();
  await other.getByTestId("file-left").setInputFiles({ name: "comparison.json", mimeType: "application/json", buffer: readFileSync(await download.path()) });
  await other.waitForFunction((t) => document.querySelector(".px-pane-left .px-text")?.textContent === t, a.text, { timeout: 60_000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test("with storage turned off, the reader is told that nothing is kept", async () => {
  const context = await browser.newContext();
  // As in a browser that refuses this site any storage.
  await context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get: () => { throw new DOMException("The operation is insecure.", "SecurityError"); } });
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(server.url);
  await ready(page);
  const [a, b] = await Promise.all(RELEASES.map(corpusStatement));
  await replaceTexts(page, a.text, b.text);
  await page.getByTestId("keeping").filter({ hasText: "does not let Parallax keep anything" }).waitFor();
  // A link holds these two: the address still carries them whole.
  assert.match(await page.evaluate(() => location.hash), /^#c=/);
  assert.deepEqual(errors, []);
  await context.close();
});

/** `text` repeated, paragraph by paragraph, to about `bytes`, cut at a space. */
function grow(text, bytes) {
  let out = text;
  while (Buffer.byteLength(out) < bytes) out += "\n\n" + text;
  while (Buffer.byteLength(out) > bytes) out = out.slice(0, out.lastIndexOf(" ", out.length - 1000));
  return out;
}

test("six versions of about 1 MB are kept whole across a reload, or the reader is told which are not", async () => {
  const { page, errors, context } = await open();
  const base = readFileSync(join(CORPUS, SPEECHES[0]), "utf8").split("\n\n");
  // Six versions: each leaves out other paragraphs, so no two are alike.
  const texts = Array.from({ length: 6 }, (_, i) => grow(base.filter((_, p) => p % 7 !== i).join("\n\n"), 990_000));
  const statements = texts.map((text, i) => ({ label: `Version ${String.fromCharCode(65 + i)}`, text }));
  await page.getByTestId("mode").click();
  await page.getByTestId("file-left").setInputFiles({
    name: "six.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ v: 2, statements })),
  });
  await page.getByTestId("version-tab-5").waitFor({ timeout: 180_000 });
  // Kept (the address names the draft), or a message naming what is not.
  await page.waitForFunction(() => location.hash.startsWith("#draft=") || document.querySelector('[data-testid="keeping"]'), null, { timeout: 60_000 });
  const told = (await page.getByTestId("keeping").count()) ? await page.getByTestId("keeping").textContent() : "";
  const missing = statements.filter((s) => told.includes(s.label)).map((s) => s.label);
  assert.ok(!/your texts are not kept/.test(told), `nothing of six versions was kept: ${told}`);
  await page.reload();
  const kept = statements.length - missing.length;
  await page.getByTestId(`version-tab-${kept - 1}`).waitFor({ timeout: 180_000 });
  // One tab per version, beside the tab that shows every version.
  const versionTabs = page.locator('[role="tab"][data-testid^="version-tab-"]:not([data-testid="version-tab-every"])');
  assert.equal(await versionTabs.count(), kept, `after the reload: ${told}`);
  for (let i = 0; i < kept; i++) {
    await page.getByTestId(`version-tab-${i}`).click();
    // A long text comes in block by block: read it once every block is in.
    await page.waitForFunction(
      (label) => document.querySelector(".px-version-name")?.textContent === label && document.querySelector('[data-testid="version-text"][aria-busy="false"]'),
      statements[i].label,
      { timeout: 60_000 },
    );
    const [name, text] = await page.evaluate(() => [document.querySelector(".px-version-name").textContent, document.querySelector('[data-testid="version-text"]').textContent]);
    assert.equal(name, statements[i].label);
    assert.ok(text === statements[i].text, `${name} is not kept exactly (${text.length} of ${statements[i].text.length} characters)`);
  }
  if (missing.length) await page.getByTestId("notice").filter({ hasText: `kept without ${missing.join(" and ")}` }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a link pasted into a tab already on Parallax opens it, and Back goes back", async () => {
  const [a, b] = await Promise.all(RELEASES.map(corpusStatement));
  const [c, d] = await Promise.all(SPEECHES.map(corpusStatement));
  const { page, errors, context } = await open(permalink(a, b));
  const leftIs = (t) => page.waitForFunction((t) => document.querySelector('.px-panes[aria-busy="false"] .px-pane-left .px-text')?.textContent === t, t);
  await leftIs(a.text);
  // Only the fragment changes: no load, as when a link to this page is pasted.
  await page.evaluate(() => (window.__samePage = true));
  await page.evaluate((hash) => (location.hash = hash), permalink(c, d).slice(1));
  await leftIs(c.text);
  assert.equal(await page.locator(".px-pane-right .px-text").textContent(), d.text);
  await page.goBack();
  await leftIs(a.text);
  assert.equal(await page.evaluate(() => window.__samePage), true, "the page was loaded again");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a draft's address opened in another browser says the draft stayed in the browser that made it", async () => {
  const { page, errors, context } = await open("#draft=k3x9a2");
  const notice = page.getByTestId("notice").filter({ hasText: "kept in the browser where it was made" });
  await notice.waitFor();
  const text = await notice.textContent();
  assert.match(text, /this browser does not have it/);
  assert.doesNotMatch(text, /no longer kept|cleared|removed/, "it reads as if this browser lost it");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the file choosers offer every format the importer reads, and a Word document opens", async () => {
  const { page, errors, context } = await open();
  await page.getByTestId("mode").click();
  for (const chooser of ["file-left", "file-right", "add-version-file"]) {
    const accept = (await page.getByTestId(chooser).getAttribute("accept")).split(",");
    for (const kind of [".txt", ".html", ".htm", ".docx", ".json"]) assert.ok(accept.includes(kind), `${chooser} does not offer ${kind}`);
  }
  await page.getByTestId("file-right").setInputFiles(join(ROOT, "tests/fixtures/readout.docx"));
  await page.waitForFunction(() => document.querySelector('[data-testid="text-right"]').value.startsWith("Readout of the call"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("limits are said in the reader's terms: a text one byte over, a label of megabytes", async () => {
  const { page, errors, context } = await open();
  await page.getByTestId("mode").click();
  await page.getByTestId("text-left").fill("a".repeat(1_000_001));
  await page.getByTestId("notice").filter({ hasText: "The left text is 1,000,001 bytes; Parallax compares up to 1,000,000 bytes (1 MB) per statement." }).waitFor();
  // A 3 MB label in a small link: the comparison opens, the label cut, and the reader told.
  const label = "Ministry of Foreign Affairs ".repeat(110_000);
  const [a, b] = await Promise.all(RELEASES.map(corpusStatement));
  const link = permalink({ ...a, label }, b);
  assert.ok(link.length < 16_000, `${link.length} characters`);
  await page.goto(server.url + link);
  await ready(page);
  await page.getByTestId("notice").filter({ hasText: "The left statement's label is 3,080,000 characters long" }).waitFor();
  const shown = await page.locator(".px-pane-header[data-side=left] .px-side-label").textContent();
  assert.equal(shown, label.slice(0, 300).trim());
  assert.equal(await page.locator(".px-pane-left .px-text").textContent(), a.text);
  assert.deepEqual(errors, []);
  await context.close();
});
