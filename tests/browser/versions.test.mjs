// Several versions at once: the corpus's four texts of the 1 February 2020
// call (China's readout, and the Russian statement as TASS, Sputnik and
// Reuters rendered it), links of format 2 with up to six statements, adding
// a statement from the editor, and opening two versions side by side.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync, deflateRawSync } from "node:zlib";
import { serve, launch, openPage, ready, CORPUS, OUTPUT, ROOT } from "./harness.mjs";

let server;
let browser;
/** A host page with a script embed of a comparison file of format 2. */
const routes = {
  "/extra/host.html": {
    body: `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/parallax-embed.js"></script>
<p>Host article.</p><div id="versions" data-parallax data-config="/extra/versions.json"></div>`,
  },
};
before(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  server = await serve(undefined, { routes });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const FOUR = [
  ["China — MFA", "2020-02-01_wangyi-lavrov_cn-mfa.txt"],
  ["TASS", "2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt"],
  ["Sputnik", "2020-02-01_wangyi-lavrov_ru-mid_via-sputnik.txt"],
  ["Reuters", "2020-02-01_wangyi-lavrov_ru-mid_via-reuters.txt"],
];
const SIX = [...FOUR, ["Russia — MFA, April", "2020-04-14_lavrov-wangyi_ru-mid.txt"], ["Russia — MFA, July", "2020-07-17_wangyi-lavrov_ru-mid.txt"]];

const text = (file) => readFileSync(join(CORPUS, file), "utf8");
/** The tabs of the versions (not the last, every version in turn). */
const VERSION_TABS = '[role="tab"]:not([data-testid="version-tab-every"])';

/** A link of format 2 to `versions` ([label, corpus file] pairs), made as the
 * widget makes it: JSON, raw DEFLATE, unpadded base64url. */
function versionsLink(versions) {
  const statements = versions.map(([label, file]) => ({ label, text: text(file) }));
  return "#c=" + deflateRawSync(Buffer.from(JSON.stringify({ v: 2, statements }))).toString("base64url");
}

/** Opens the page on `versions` and waits for the versions view. */
async function openVersions(versions, options) {
  const opened = await openPage(browser, server.url + versionsLink(versions), options);
  await opened.page.locator("[data-live] .px-versions").waitFor();
  return opened;
}

/** The rows of a table: the text of each cell, ✓ marks as "✓", blanks as "". */
function tableRows(scope, testid) {
  return scope.locator(`[data-testid="${testid}"] tbody tr`).evaluateAll((rows) =>
    rows.map((row) => [...row.children].map((cell) => (cell.querySelector("[aria-hidden]")?.textContent ?? (cell.classList.contains("px-carries") ? "" : cell.textContent)).trim())),
  );
}

test("the four 1 February 2020 texts: the praise is in the Russian versions, not China's readout; Reuters alone drops the second sentence", async () => {
  const { page, errors, context } = await openVersions(FOUR, { viewport: { width: 1200, height: 1000 } });
  // Every version is shown back exactly, one at a time.
  for (const [v, [label, file]] of FOUR.entries()) {
    await page.getByTestId(`version-tab-${v}`).click();
    await page.locator(`[data-testid="version-${v}"]`).waitFor();
    assert.equal(await page.getByTestId("version-text").textContent(), text(file), `${label} not shown exactly`);
  }

  // The phrase table: a column per version, ✓ where the version carries it.
  const phrases = await tableRows(page, "version-phrases");
  const row = (phrase) => phrases.find((r) => r[0] === phrase);
  assert.deepEqual(row("praised the measures"), ["praised the measures", "3", "", "✓", "✓", ""], "TASS and Sputnik carry the praise, China's readout does not");
  assert.deepEqual(row("Russian side"), ["Russian side", "2", "", "✓", "✓", "✓"]);
  assert.ok(phrases.every((r) => r[2] === ""), "China's readout shares no phrase with the Russian versions");

  // Reading TASS: "highly praised the measures being taken by China" is TASS's
  // phrasing alone; "praised the measures" is also in Sputnik's, shaded so.
  await page.getByTestId("version-tab-1").click();
  const spans = await page.locator('[data-testid="version-text"] .px-heat').evaluateAll((s) => s.map((e) => ({ text: e.textContent, by: e.dataset.by, title: e.title, level: e.className })));
  const praise = spans.find((s) => s.text === "praised the measures");
  assert.ok(praise, JSON.stringify(spans));
  assert.equal(praise.title, "Also in Sputnik");
  assert.match(praise.level, /px-heat-1\b/);
  const highly = spans.find((s) => s.text.trim() === "highly");
  assert.equal(highly?.title, "Only in this version");
  // "highly" is TASS's word alone, but a word, not a passage to quote: what
  // only TASS says lists none (its sentences share their wording otherwise).
  assert.equal(await page.locator('[data-testid="only-here"] li').count(), 0);
  assert.match(await page.getByTestId("only-here").innerText(), /Nothing at the length of a phrase/);
  // The legend counts each level, in words.
  const legend = await page.locator(".px-heat-legend li").allTextContents();
  assert.ok(legend.some((l) => /in 2 other versions: \d+ places?, \d+% of the text/.test(l)), legend.join(" | "));

  // Its sentences: the first is in every Russian version, the second not in Reuters.
  const sentences = await tableRows(page, "version-sentences");
  assert.equal(sentences.length, 2);
  assert.equal(sentences[0].at(-1), "China — MFA");
  assert.equal(sentences[1].at(-1), "China — MFA and Reuters");
  await page.getByTestId("version-tab-2").click();
  assert.equal((await tableRows(page, "version-sentences"))[1].at(-1), "China — MFA and Reuters", "Sputnik's second sentence is not in Reuters either");
  await page.getByTestId("version-tab-3").click();
  assert.equal((await tableRows(page, "version-sentences")).length, 1, "Reuters has one sentence");
  await page.getByTestId("version-tab-1").click();
  await page.locator(".px-root").first().screenshot({ path: join(OUTPUT, "versions.png") });
  assert.deepEqual(errors, []);
  await context.close();
});

test("any two versions open side by side in one click, and the versions view comes back", async () => {
  const { page, errors, context } = await openVersions(FOUR);
  await page.getByTestId("open-pair-1-3").click();
  await page.locator("[data-live] .px-panes").waitFor();
  assert.equal(await page.locator(".px-pane-left .px-text").textContent(), text(FOUR[1][1]));
  assert.equal(await page.locator(".px-pane-right .px-text").textContent(), text(FOUR[3][1]));
  assert.match(await page.locator(".px-pane-left").textContent(), /TASS/);
  assert.ok((await page.locator(".px-pane-right mark[data-phrase]").count()) > 0, "the pair's shared phrases are highlighted");
  assert.equal(await page.getByTestId("show-pair").textContent(), "TASS and Reuters side by side");
  await page.getByTestId("show-versions").click();
  await page.locator("[data-live] .px-versions").waitFor();
  assert.equal(await page.locator(VERSION_TABS).count(), 4, "the four versions, in the reader's order");
  assert.equal(await page.getByTestId("version-tab-0").locator("xpath=.").evaluate((e) => e.firstChild.textContent), "China — MFA");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a link with six statements opens all six, and the table sorts by length", async () => {
  const { page, errors, context } = await openVersions(SIX);
  assert.equal(await page.locator(VERSION_TABS).count(), 6);
  for (const [v, [, file]] of SIX.entries()) {
    await page.getByTestId(`version-tab-${v}`).click();
    assert.equal(await page.getByTestId("version-text").textContent(), text(file));
  }
  const words = async () => (await tableRows(page, "version-phrases")).map((r) => Number(r[1]));
  const byCarriers = await words();
  await page.getByRole("button", { name: "Longest first" }).click();
  const byLength = await words();
  assert.deepEqual(byLength, [...byLength].sort((a, b) => b - a), "longest first");
  assert.notDeepEqual(byLength, byCarriers, "the order changed");
  assert.deepEqual([...byLength].sort(), [...byCarriers].sort(), "the same phrases");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a statement added in the editor joins the others, and the link carries all three", async () => {
  const { page, errors, context } = await openPage(browser, server.url + versionsLink(FOUR.slice(1, 3)));
  await ready(page);
  assert.equal(await page.locator(".px-versions-bar").count(), 0, "two statements: no versions bar");
  await page.getByRole("button", { name: "Edit texts" }).click();
  await page.getByTestId("add-version").click();
  const reuters = text(FOUR[3][1]);
  await page.getByTestId("text-version-2").fill(reuters);
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await page.locator("[data-live] .px-versions").waitFor();
  assert.equal(await page.locator(VERSION_TABS).count(), 3);
  assert.equal(await page.getByTestId("version-text").textContent(), reuters, "the new version is read first, exactly");
  await page.getByTestId("share").click();
  const link = await page.getByTestId("permalink").inputValue();
  const json = JSON.parse(inflateRawSync(Buffer.from(link.split("#c=")[1], "base64url")).toString());
  assert.equal(json.v, 2);
  assert.deepEqual(json.statements.map((s) => s.text), [text(FOUR[1][1]), text(FOUR[2][1]), reuters]);
  // The script embed carries all three, and shows the versions view before its script runs.
  const code = await page.getByTestId("script-code").inputValue();
  assert.match(code, /"statements": \[/);
  assert.match(code, /class="px-versions"/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the picker's example of four versions opens on the versions view, TASS read first", async () => {
  const { page, errors, context } = await openPage(browser, server.url, { viewport: { width: 1200, height: 1000 } });
  await ready(page);
  await page.getByLabel("Load an example").selectOption({ label: "One Russian statement, three translations, and China's readout, 1 February 2020" });
  await page.locator("[data-live] .px-versions").waitFor();
  const tabs = await page.locator(VERSION_TABS).evaluateAll((t) => t.map((e) => e.firstChild.textContent));
  assert.deepEqual(tabs, ["Russian MFA via TASS", "Russian MFA via Sputnik", "Russian MFA via Reuters", "China's MFA"]);
  assert.equal(await page.getByTestId("version-text").textContent(), readFileSync(join(ROOT, "examples/ru-mid-tass.txt"), "utf8"));
  const praise = (await tableRows(page, "version-phrases")).find((r) => r[0] === "praised the measures");
  assert.deepEqual(praise.slice(2), ["✓", "✓", "", ""], "TASS and Sputnik; not Reuters, not China's readout");
  assert.equal((await tableRows(page, "version-sentences"))[1].at(-1), "Russian MFA via Reuters and China's MFA");
  await page.locator(".px-root").first().screenshot({ path: join(OUTPUT, "versions-example.png") });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a script embed opens a comparison file of format 2 on the versions view", async () => {
  const statements = FOUR.map(([label, file]) => ({ label, text: text(file) }));
  routes["/extra/versions.json"] = { type: "application/json", body: JSON.stringify({ v: 2, statements }) };
  const { page, errors, context } = await openPage(browser, server.url + "/extra/host.html");
  await page.locator("#versions .px-versions").waitFor();
  assert.equal(await page.locator(`#versions ${VERSION_TABS}`).count(), 4);
  await page.locator('#versions [data-testid="version-tab-3"]').click();
  assert.equal(await page.locator('#versions [data-testid="version-text"]').textContent(), text(FOUR[3][1]));
  const praise = (await tableRows(page.locator("#versions"), "version-phrases")).find((r) => r[0] === "praised the measures");
  assert.deepEqual(praise.slice(2), ["", "✓", "✓", ""]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the versions view has no WCAG 2.1 A/AA violations (axe-core), light and dark", async () => {
  const axe = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
  for (const colorScheme of ["light", "dark"]) {
    const { page, errors, context } = await openVersions(FOUR, { colorScheme });
    await page.addScriptTag({ content: axe });
    const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    assert.deepEqual(found, [], colorScheme);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("a statement added from a file is read in the worker, header and all", async () => {
  const { page, errors, context } = await openVersions(FOUR.slice(0, 3));
  await page.getByTestId("mode").click();
  const html = `<title>Reuters: Russia praises China's measures</title><p>${text(FOUR[3][1])}</p>`;
  await page.getByTestId("add-version-file").setInputFiles({ name: "reuters.html", mimeType: "text/html", buffer: Buffer.from(html) });
  await page.getByTestId("text-version-3").waitFor();
  assert.equal(await page.getByTestId("text-version-3").inputValue(), text(FOUR[3][1]).trim());
  await page.getByTestId("mode").click();
  await page.locator("[data-live] .px-versions").waitFor();
  assert.equal(await page.locator(VERSION_TABS).count(), 4);
  // Reading the new version: its sentence is in TASS's, Sputnik's, not China's.
  assert.equal(await page.getByTestId("version-text").textContent(), text(FOUR[3][1]).trim());
  assert.equal((await tableRows(page, "version-sentences"))[0].at(-1), "China — MFA");
  assert.deepEqual(errors, []);
  await context.close();
});

test("long versions come in block by block and end up whole, and navigation reaches a place not yet filled in", async () => {
  // Three versions of about 200 KB: the long Kremlin address repeated,
  // each leaving out other paragraphs, so they share most but not all.
  const paragraphs = Array(10).fill(text("2022-02-24_putin-address-ukraine_ru-kremlin-LONG.txt").trim()).join("\n\n").split("\n\n");
  const versions = [0, 1, 2].map((i) => paragraphs.filter((_, p) => p % 5 !== i).join("\n\n"));
  const statements = versions.map((t, i) => ({ label: `Long ${i}`, text: t }));
  const link = "#c=" + deflateRawSync(Buffer.from(JSON.stringify({ v: 2, statements }))).toString("base64url");
  const { page, errors, context } = await openPage(browser, server.url + link, { viewport: { width: 1280, height: 900 } });
  await page.locator("[data-live] .px-versions").waitFor();
  const filled = (v) => page.locator(`[data-testid="version-${v}"] [data-testid="version-text"][aria-busy="false"]`);
  for (const [v, expected] of versions.entries()) {
    await page.getByTestId(`version-tab-${v}`).click();
    await filled(v).waitFor({ timeout: 60_000 });
    const shown = await filled(v).textContent();
    assert.ok(shown === expected, `Long ${v}: ${shown.length} of ${expected.length} characters shown, or not exactly`);
    assert.ok((await filled(v).locator(".px-version-block").count()) > 1, "a long version is laid out in blocks");
  }
  // Every part of the view is in once it is no longer busy.
  await page.locator('.px-versions[aria-busy="false"]').waitFor();
  for (const part of ["version-sentences", "version-phrases", "version-similarity", "show-pair"]) {
    assert.equal(await page.getByTestId(part).count(), 1, `${part} is shown`);
  }

  // Reading the first version anew, the last shared place at once (k wraps
  // to it): its block is rendered and it is scrolled into the text's view.
  await page.getByTestId("version-tab-1").click();
  await page.getByTestId("version-tab-0").click();
  await page.locator("body").press("k");
  const status = await page.getByTestId("stop-status").innerText();
  const [, place, of] = status.match(/^Shared with another version: place (\d+) of (\d+)$/);
  assert.equal(place, of, status);
  const current = page.locator('[data-testid="version-0"] .px-stop-current');
  await current.waitFor();
  const inView = () =>
    current.evaluate((e) => {
      const [r, box] = [e.getBoundingClientRect(), e.closest(".px-version-text").getBoundingClientRect()];
      return r.bottom > box.top && r.top < box.bottom;
    });
  await page.evaluate(() => new Promise(requestAnimationFrame));
  assert.ok(await inView(), "the last shared place is scrolled into view");
  await filled(0).waitFor({ timeout: 60_000 });
  assert.ok((await filled(0).textContent()) === versions[0], "still whole after navigating");
  assert.deepEqual(errors, []);
  await context.close();
});
