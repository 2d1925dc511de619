// Embeds on a host page: script widgets (pre-rendered by the Share dialog,
// from a comparison file, from attributes) and an iframe, each its own
// comparison, each in its own shadow root; a hostile host style sheet changes
// nothing; without JavaScript the pre-rendered comparison still reads; the
// live widget takes over without moving anything; widget files on another
// site work with CORS and say so without it; permalinks round-trip; the
// report opens offline; the page works under a strict Content-Security-Policy;
// bad configs and links say what is wrong; no payload ever runs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serve, launch, openPage, ready, highlighted, waitForHighlight, published, DIST, OUTPUT, ROOT } from "./harness.mjs";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";
const XSS = [
  `<script>window.__pwned="script"</script>`,
  `<img src=x onerror="window.__pwned='img'">`,
  `"><svg onload="window.__pwned='svg'">`,
  `javascript:window.__pwned='js'`,
  `<a href="javascript:window.__pwned='a'">x</a>`,
  `{{constructor.constructor('window.__pwned=1')()}}`,
];

const config = (left, right, extra = {}) =>
  JSON.stringify({ v: 1, left: { label: "Left side", ...left }, right: { label: "Right side", ...right }, ...extra });

const HOST_STYLE = `
  body { font-family: serif; color: rgb(10, 20, 30); background: rgb(250, 250, 240); }
  p.host { color: rgb(200, 0, 0); font-size: 19px; }
  button { background: rgb(0, 128, 0); }`;

/** A host page (made for phones too, as articles are): `style`, the embed script from `base`, then `body`. */
const hostPage = (body, { style = HOST_STYLE, base = "" } = {}) => `<!doctype html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<style>${style}</style>
<script src="${base}/parallax-embed.js" async></script>
</head><body>
<p class="host">Host article paragraph.</p>
<button class="host">Host button</button>
${body}
<p class="host" id="after">The article goes on below the widget.</p>
</body></html>`;

const WIDGETS = `
<div id="a" data-parallax data-config="/extra/a.json"></div>
<div id="b" data-parallax data-left-label="Kremlin" data-left="The presidents discussed the situation in Syria at length today."
  data-right-label="White House" data-right="The presidents discussed the situation in Syria and cyber security."></div>
<div id="missing" data-parallax data-config="/extra/missing.json"></div>
<div id="broken" data-parallax data-config="/extra/broken.json"></div>
<iframe id="frame" data-parallax-frame style="width:100%;height:150px;border:0" src="/?embed"></iframe>
<script src="/parallax-frame.js"></script>`;

const CORPUS = join(ROOT, "tests/data/corpus");
const TASS = readFileSync(join(CORPUS, "2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt"), "utf8");
const SPUTNIK = readFileSync(join(CORPUS, "2020-02-01_wangyi-lavrov_ru-mid_via-sputnik.txt"), "utf8");
/** The Chinese readout, then TASS's version: long enough for its pane to scroll. */
const READOUT_AND_TASS = `${readFileSync(join(ROOT, "examples/cn-mfa.txt"), "utf8")}\n\n${TASS}`;

let server;
let browser;
/** The Share dialog's script embed code for READOUT_AND_TASS and Sputnik's version, made once. */
let embedCode;
/** Its iframe embed code, with the comparison it carries. */
let iframeCode;
/** The test server's extra pages; more are added as tests need them. */
const routes = {
  "/extra/host.html": { body: hostPage(WIDGETS) },
  "/extra/a.json": { type: "application/json", body: config({ text: "Alpha beta gamma delta epsilon. Only here." }, { text: "Alpha beta gamma delta epsilon. Something else." }) },
  "/extra/broken.json": { type: "application/json", body: "{ this is not json" },
};
before(async () => {
  server = await serve(undefined, { routes });
  browser = await launch();
  // Two translations of one statement: much shared phrasing to highlight.
  const { page, context } = await openComparing(READOUT_AND_TASS, SPUTNIK);
  await page.getByTestId("share").click();
  embedCode = await page.getByTestId("script-code").inputValue();
  // (In the code, the address's "&" is written "&amp;".)
  await page.waitForFunction(() => document.querySelector("[data-testid=iframe-code]")?.value.includes("&amp;r="));
  iframeCode = await page.getByTestId("iframe-code").inputValue();
  await context.close();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The standalone page, live, comparing `left` and `right` (typed into the editor). */
async function openComparing(left, right, url = server.url) {
  const opened = await openPage(browser, url);
  const { page } = opened;
  await ready(page);
  await page.getByTestId("mode").click();
  await page.getByTestId("text-left").fill(left);
  await page.getByTestId("text-right").fill(right);
  await page.getByTestId("mode").click();
  await page.locator("[data-live] .px-pane-right mark.px-shared").first().waitFor();
  return opened;
}

/** Opens `html` as a page of the test server (the widget's own origin), or
 * of a server of its own (another origin) when `elsewhere`. */
async function openHost(html, { elsewhere = false, ...options } = {}) {
  const path = `/extra/page-${Object.keys(routes).length}.html`;
  routes[path] = { body: html };
  const other = elsewhere ? await serve(undefined, { routes: { [path]: { body: html } } }) : null;
  const opened = await openPage(browser, `${(other ?? server).url}${path}`, options);
  return { ...opened, close: async () => { await opened.context.close(); await other?.close(); } };
}

test("script widgets of every kind and an iframe on one host page, each with its own comparison", async () => {
  const { page, errors, context } = await openPage(browser, `${server.url}/extra/host.html`);
  await ready(page, "#a");
  await ready(page, "#b");
  assert.match(await page.locator("#a .px-pane-left .px-text").textContent(), /Only here/);
  assert.match(await page.locator("#b .px-pane-left .px-text").textContent(), /Syria at length/);
  assert.ok((await page.locator("#a mark.px-shared").count()) > 0);
  assert.ok((await page.locator("#b mark.px-shared").count()) > 0);
  // Each widget is in its element's shadow root.
  assert.deepEqual(await page.evaluate(() => ["a", "b"].map((id) => !!document.getElementById(id).shadowRoot?.querySelector(".px-root"))), [true, true]);
  // Hover in one widget links only within it.
  await page.locator("#b .px-pane-left mark.px-shared").first().hover();
  await waitForHighlight(page, "px-linked", { side: "right", scope: "#b" });
  assert.deepEqual(await highlighted(page, "px-linked", "#a"), []);
  // Bad configs say why, in their own element, and do not break the others.
  await page.locator("#missing .px-embed-error").waitFor();
  assert.match(await page.locator("#missing .px-embed-error").innerText(), /404/);
  await page.locator("#broken .px-embed-error").waitFor();
  assert.match(await page.locator("#broken .px-embed-error").innerText(), /not valid JSON/);
  // Host styles untouched.
  const host = await page.evaluate(() => {
    const p = getComputedStyle(document.querySelector("p.host"));
    const b = getComputedStyle(document.querySelector("button.host"));
    const body = getComputedStyle(document.body);
    return [p.color, p.fontSize, b.backgroundColor, body.color, body.backgroundColor, body.fontFamily];
  });
  assert.deepEqual(host, ["rgb(200, 0, 0)", "19px", "rgb(0, 128, 0)", "rgb(10, 20, 30)", "rgb(250, 250, 240)", "serif"]);
  // One global only.
  const globals = await page.evaluate(() => Object.keys(window).filter((k) => /parallax|wasm|bindgen/i.test(k)));
  assert.deepEqual(globals, ["Parallax"]);
  // The iframe grows to its content and shows the reading view.
  await page.waitForFunction(() => document.getElementById("frame").getBoundingClientRect().height > 400);
  const frame = page.frameLocator("#frame");
  await frame.locator("[data-live] .px-panes").waitFor();
  assert.equal(await frame.locator(".px-page-title").isVisible(), false, "the embed shows the page title");
  assert.equal(await frame.getByTestId("mode").count(), 0, "the iframe embed offers editing");
  await page.screenshot({ path: join(OUTPUT, "embed-host.png"), fullPage: true });
  assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
  await context.close();
});

test("embeds read: no Edit, Teach or Share unless the config asks; Open in Parallax opens the comparison", async () => {
  const code = (id, extra) => `<div id="${id}" data-parallax><script type="application/json">${config(
    { text: "The ministers discussed trade and security in detail." },
    { text: "The ministers discussed trade and security. Nothing else." },
    extra,
  )}</script></div>`;
  const { page, errors, close } = await openHost(hostPage(code("reader") + code("editor", { controls: true })));
  await ready(page, "#reader");
  await ready(page, "#editor");
  for (const control of ["mode", "lesson", "share"]) {
    assert.equal(await page.locator(`#reader [data-testid="${control}"]`).count(), 0, `${control} shown in a reading embed`);
    assert.equal(await page.locator(`#editor [data-testid="${control}"]`).count(), 1, `${control} missing when asked for`);
  }
  assert.ok(await page.locator("#reader .px-legend").isVisible());
  assert.ok(await page.locator("#reader [data-testid=summary]").isVisible());
  const href = await page.locator("#reader").getByTestId("open-in-parallax").getAttribute("href");
  assert.match(href, /#c=[A-Za-z0-9_-]+$/);
  const { page: opened, errors: openErrors, context } = await openPage(browser, href);
  await ready(opened);
  assert.equal(await opened.locator(".px-pane-left .px-text").textContent(), "The ministers discussed trade and security in detail.");
  assert.deepEqual(openErrors, []);
  assert.deepEqual(errors, []);
  await context.close();
  await close();
});

test("the Share dialog's embed code shows the highlighted comparison at once, and without JavaScript", async () => {
  assert.match(embedCode, /^<script src="http:[^"]+\/parallax-embed.js" async><\/script>\n<div data-parallax><template shadowrootmode="open">/);
  assert.match(embedCode, /<script type="application\/json" data-result>\{"format":/, "the code carries its comparison");
  // No script at all: the declarative shadow root still shows it, styled.
  const { page, close } = await openHost(hostPage(`<div id="static">${embedCode.replace(/^<script[^>]*><\/script>\n/, "")}</div>`), { javaScriptEnabled: false });
  const marks = page.locator("#static mark.px-shared, #static mark.px-moved");
  assert.ok((await marks.count()) > 0, "no highlight without JavaScript");
  const box = await marks.first().boundingBox();
  assert.ok(box.width > 0 && box.height > 0);
  // Styled: the two statements side by side (unstyled, each would take the full width).
  const pane = await page.locator("#static .px-pane-right").boundingBox();
  assert.ok(pane.x > 300 && pane.width < 700, `the widget is not styled: ${JSON.stringify(pane)}`);
  assert.match(await page.locator("#static .px-pane-left .px-text").textContent(), /The Russian side/);
  await page.screenshot({ path: join(OUTPUT, "embed-no-javascript.png"), fullPage: true });
  await close();
  // And the standalone page without JavaScript: its example (whose two
  // statements share no phrase, only a sentence pair) as a comparison, styled.
  const { page: plain, context } = await openPage(browser, server.url, { javaScriptEnabled: false });
  const right = await plain.locator("#parallax-app .px-pane-right .px-text").boundingBox();
  assert.ok(right.x > 500 && right.height > 0, `the page shows no comparison side by side: ${JSON.stringify(right)}`);
  assert.ok((await plain.locator("#parallax-app .px-pane-right [data-pair]").count()) > 0, "the sentence pair is not marked");
  assert.ok((await plain.locator("#parallax-app [data-testid=summary]").count()) > 0);
  await context.close();
});

test("a pre-rendered embed comes alive without moving: no layout shift, scroll kept", async () => {
  // The browser never turns idle here, so the widget goes live only when the
  // reader reaches for it, after its pre-rendered place has been measured.
  const { page, errors, close } = await openHost(hostPage(`<div id="pre">${embedCode}</div>`), {
    initScript: "window.requestIdleCallback = () => 0;",
  });
  await page.evaluate(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: "layout-shift", buffered: true });
  });
  assert.equal(await page.locator("#pre [data-live]").count(), 0, "live before anyone asked");
  const pane = page.locator("#pre .px-pane-left .px-scroll");
  await pane.evaluate((el) => (el.scrollTop = 120));
  const before = await page.locator("#after").boundingBox();
  const markBefore = await page.locator("#pre .px-pane-right mark").first().boundingBox();
  // The reader reaches for the widget: the wasm loads and the live widget takes over.
  await page.locator("#pre .px-legend").hover();
  await page.locator("#pre [data-live] .px-root").waitFor();
  assert.deepEqual(await page.locator("#after").boundingBox(), before, "the article below moved");
  assert.deepEqual(await page.locator("#pre .px-pane-right mark").first().boundingBox(), markBefore, "the widget moved");
  assert.equal(await page.locator("#pre [data-live] .px-pane-left .px-scroll").evaluate((el) => el.scrollTop), 120, "scroll lost");
  assert.deepEqual(await page.evaluate(() => window.__shifts), [], "layout shifted");
  // And it answers: pointing at a phrase links its counterpart.
  await page.locator("#pre .px-pane-right mark").first().hover();
  await waitForHighlight(page, "px-linked", { side: "left", scope: "#pre" });
  // What the code carries was not compared again: no worker was started.
  assert.equal(await page.evaluate(() => performance.getEntriesByType("resource").filter((e) => e.name.includes("parallax-worker")).length), 0);
  assert.deepEqual(errors, []);
  await close();
});

test("host CSS cannot change an embedded widget", async () => {
  const HOSTILE = `${HOST_STYLE}
    * { font-size: 40px !important; line-height: 3 !important; letter-spacing: 3px; font-family: monospace !important; }
    html { font-size: 30px; }
    span, mark, p, div { display: block !important; padding: 7px; margin: 5px; color: red; background: yellow; }
    mark { background: black !important; }
    button { border: 9px solid lime; }`;
  const measure = async (style) => {
    // The host sets the embed element's own box (that is its to decide);
    // inside it, nothing may change.
    const box = "position:absolute!important;top:0!important;left:0!important;width:900px;padding:0!important;" +
      "margin:0!important;border:0!important;display:block!important";
    const code = embedCode.replace("<div data-parallax>", `<div id="w" data-parallax style="${box}">`);
    const { page, close } = await openHost(hostPage(code, { style }));
    await page.locator("#w .px-pane-right mark").first().hover();
    await ready(page, "#w");
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    const shot = await page.locator("#w").screenshot();
    // Where every element of the widget is, and how its text is set.
    const layout = await page.locator("#w .px-root").evaluate((root) => {
      const origin = root.getBoundingClientRect();
      return [root, ...root.querySelectorAll("*")].map((el) => {
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        return [el.tagName, r.x - origin.x, r.y - origin.y, r.width, r.height, s.fontSize, s.fontFamily, s.display, s.color, s.backgroundColor, s.letterSpacing].join(" ");
      });
    });
    await close();
    return { shot, layout };
  };
  const plain = await measure(HOST_STYLE);
  const hostile = await measure(HOSTILE);
  writeFileSync(join(OUTPUT, "embed-plain-host.png"), plain.shot);
  writeFileSync(join(OUTPUT, "embed-hostile-host.png"), hostile.shot);
  assert.ok(plain.layout.length > 100, `${plain.layout.length} elements`);
  assert.deepEqual(hostile.layout, plain.layout);
  assert.ok(hostile.shot.equals(plain.shot), "the widget looks different under a hostile style sheet");
});

test("widget files on another site: they work with CORS, and say what is wrong without it", async () => {
  const widgets = await serve(undefined, { headers: { "access-control-allow-origin": "*" } });
  const host = hostPage(`<div id="x" data-parallax><script type="application/json">${config(
    { text: "Both sides agreed to strengthen cooperation in public health." },
    { text: "Both sides agreed to strengthen cooperation in public health and trade." },
  )}</script></div>`, { base: widgets.url });
  // The host is another origin (another port); the worker comes from the widgets' site.
  const { page, errors, close } = await openHost(host, { elsewhere: true });
  await ready(page, "#x");
  assert.ok((await page.locator("#x mark.px-shared").count()) > 0);
  assert.deepEqual(errors.filter((e) => !/favicon|404/.test(e)), []);
  await close();
  await widgets.close();
  // A site that sends no CORS header at all: the (plain) embed script loads,
  // the wasm it needs cannot; the element says so and links to the comparison.
  const noCors = await serve();
  const text = { left: "Both sides agreed to strengthen cooperation in public health.", right: "Both sides agreed to strengthen cooperation in public health and trade." };
  const broken = await openHost(hostPage(`<div id="y" data-parallax data-left="${text.left}" data-right="${text.right}"></div>`, { base: noCors.url }), { elsewhere: true });
  await broken.page.locator("#y .px-embed-error").waitFor();
  const message = await broken.page.locator("#y .px-embed-error").innerText();
  assert.match(message, /could not load the widget's files at http:\/\/127\.0\.0\.1:\d+\//);
  assert.match(message, /Access-Control-Allow-Origin/);
  const href = await broken.page.locator("#y").getByTestId("embed-open-in-parallax").getAttribute("href");
  assert.match(href, new RegExp(`^${noCors.url}/#c=[A-Za-z0-9_-]+$`));
  await broken.close();
  // The link works: the standalone page opens the same comparison.
  const { page: opened, errors: openErrors, context } = await openPage(browser, href);
  await ready(opened);
  assert.equal(await opened.locator(".px-pane-right .px-text").textContent(), text.right);
  assert.ok((await opened.locator("mark.px-shared").count()) > 0);
  assert.deepEqual(openErrors, []);
  await context.close();
  await noCors.close();
});

/** What highlight `name` paints in the viewport of `frame` (a page or an
 * iframe), on `side`, inside `scope`: the ranges' boxes, in that frame's
 * viewport pixels. */
const paintedBoxes = (frame, name, side, scope = "body") =>
  frame.evaluate(
    ([name, side, scope]) => {
      const root = document.querySelector(scope);
      const inside = (node) => {
        for (let n = node; n && root; n = n.getRootNode().host) if (root.contains(n)) return true;
        return false;
      };
      return [...(CSS.highlights.get(name) ?? [])]
        .filter((r) => inside(r.startContainer) && r.startContainer.parentElement.closest("[data-side]")?.dataset.side === side)
        .map((r) => r.getBoundingClientRect())
        .map((b) => ({ top: b.top, bottom: b.bottom }));
    },
    [name, side, scope],
  );

/** True when one of `boxes` (shifted by `offset`) lies in a window `height` tall. */
const inView = (boxes, height, offset = 0) => boxes.some((b) => b.top + offset >= 0 && b.bottom + offset <= height);

const ARTICLE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the article, which a reader scrolls through on a phone before reaching the comparison.</p>`).join("");

// A host page laid out for a phone, a long comparison: the tap's own
// pointing must not scroll the phrase from under the finger before the
// click that pins it, and the pin must outlive the wasm's arrival.
test("on a phone, tapping a phrase in a script embed brings its counterpart into view, before and after the wasm", async (t) => {
  const { page, errors, close } = await openHost(hostPage(`${ARTICLE}<div id="w">${embedCode}</div>${ARTICLE}`), {
    phone: true,
    // The wasm waits until the reader reaches for the widget.
    initScript: "window.requestIdleCallback = () => 0;",
  });
  let held = true;
  // Whatever happens, the held wasm is let go (a waiting route keeps the test run alive).
  t.after(async () => { held = false; await close(); });
  await page.route("**/parallax-web_bg*.wasm", async (route) => {
    while (held) await new Promise((ok) => setTimeout(ok, 50));
    await route.continue();
  });
  // Taps the first phrase on its first line (a phrase that wraps has the
  // middle of its box between its lines).
  const tapFirst = async () => {
    const mark = page.locator("#w .px-pane-left mark[data-phrase]").first();
    await mark.scrollIntoViewIfNeeded();
    const { x, y } = await mark.evaluate((el) => {
      const line = el.getClientRects()[0];
      return { x: line.left + line.width / 2, y: line.top + line.height / 2 };
    });
    await page.touchscreen.tap(x, y);
    return mark.getAttribute("data-phrase");
  };
  // Before the wasm: the copy's own script (running once the embed script has) answers the tap.
  await page.locator("#w [data-parallax][data-parallax-mounted]").waitFor({ state: "attached" });
  const phrase = await tapFirst();
  await page.waitForFunction(() => document.querySelector("#w [data-parallax]").shadowRoot.querySelector(".px-root").dataset.pinned !== undefined, null, { timeout: 5000 });
  assert.equal(await page.locator("#w [data-live]").count(), 0);
  await page.waitForTimeout(200);
  const before = await paintedBoxes(page, "px-linked", "right", "#w");
  assert.ok(before.length > 0, "nothing linked on the right before the wasm");
  assert.ok(inView(before, 844), `the counterpart is out of view: ${JSON.stringify(before)}`);
  // The wasm arrives: the pinned phrase stays linked.
  held = false;
  await ready(page, "#w");
  await waitForHighlight(page, "px-linked", { side: "right", scope: "#w" });
  await page.screenshot({ path: join(OUTPUT, "embed-phone-script.png") });
  // Live: the reader scrolls the article so that only the left pane shows, then taps again.
  await page.locator("#w .px-pane-left mark[data-phrase]").first().evaluate((el) => el.scrollIntoView({ block: "end" }));
  await tapFirst(); // unpins
  await tapFirst(); // pins again
  await page.waitForTimeout(300);
  const after = await paintedBoxes(page, "px-linked", "right", "#w");
  assert.ok(inView(after, 844), `the counterpart is out of view after the wasm: ${JSON.stringify(after)}`);
  assert.ok(phrase !== null);
  assert.deepEqual(errors, []);
  await close();
});

test("on a phone, the iframe embed's panes fit the screen and a tapped phrase's counterpart comes into view", async () => {
  assert.match(iframeCode, /#c=[A-Za-z0-9_-]+&amp;r=[A-Za-z0-9_-]+"/, "the iframe code carries its comparison");
  const { page, errors, close } = await openHost(hostPage(`${ARTICLE}${iframeCode.replace("<iframe ", '<iframe id="frame" ')}${ARTICLE}`), { phone: true });
  const requested = [];
  page.context().on("request", (r) => requested.push(new URL(r.url()).pathname));
  const frame = page.frameLocator("#frame");
  await frame.locator("[data-live] .px-panes").waitFor();
  // Sized to its content, with panes sized to the phone's screen (not the iframe's height).
  await page.waitForFunction(() => {
    const h = document.getElementById("frame").getBoundingClientRect().height;
    return h > 600 && h < 4000;
  });
  // The host's helper reports its window's height; the panes then fit it.
  const pane = frame.locator(".px-pane-left .px-scroll");
  const inner = page.frames().find((f) => f.url().includes("?embed"));
  const fits = () => document.querySelector(".px-pane-left .px-scroll").getBoundingClientRect().height <= 0.3 * 844 + 1;
  await inner.waitForFunction(fits, null, { timeout: 5000 }).catch(() => {});
  const { height } = await pane.boundingBox();
  assert.ok(height <= 0.3 * 844 + 1, `a pane is ${height} px tall`);
  // The comparison came with the code: no worker was loaded for it.
  assert.deepEqual(requested.filter((p) => p.includes("parallax-worker")), []);
  const mark = frame.locator(".px-pane-left mark[data-phrase]").first();
  await mark.tap();
  await page.waitForTimeout(400);
  const boxes = await paintedBoxes(page.frames().find((f) => f.url().includes("?embed")), "px-linked", "right");
  const offset = (await page.locator("#frame").boundingBox()).y;
  assert.ok(boxes.length > 0, "nothing linked on the right");
  assert.ok(inView(boxes, 844, offset), `the counterpart is out of view: ${JSON.stringify({ boxes, offset })}`);
  await page.screenshot({ path: join(OUTPUT, "embed-phone-iframe.png") });
  assert.deepEqual(errors, []);
  await close();
});

test("a permalink opens the same statements, labels and options", async () => {
  const { page, context } = await openPage(browser, server.url);
  await ready(page);
  await page.getByTestId("mode").click();
  await page.getByTestId("text-left").fill("Première phrase. Привет мир, 世界! The partnership of coordination for the new era.");
  await page.getByTestId("text-right").fill("The partnership of coordination for the new era. Dernière phrase.");
  await page.locator('[data-testid="editor-left"] input').first().fill("Côté gauche <b>");
  await page.getByTestId("mode").click();
  await page.getByTestId("options").click();
  await page.getByTestId("min-phrase").fill("4");
  await page.getByTestId("min-phrase").press("Enter");
  await page.getByTestId("share").click();
  const link = await page.getByTestId("permalink").inputValue();
  assert.match(link, /#c=[A-Za-z0-9_-]+$/);
  const { page: other, errors, context: c2 } = await openPage(browser, link);
  await other.locator(".px-panes").waitFor();
  assert.equal(await other.locator(".px-pane-left .px-text").textContent(), "Première phrase. Привет мир, 世界! The partnership of coordination for the new era.");
  assert.equal(await other.locator(".px-pane-left .px-side-label").textContent(), "Côté gauche <b>");
  await other.getByTestId("options").click();
  assert.equal(await other.getByTestId("min-phrase").inputValue(), "4");
  assert.deepEqual(errors, []);
  await c2.close();
  await context.close();
});

test("a damaged permalink says so and opens the example", async () => {
  const { page, errors, context } = await openPage(browser, `${server.url}/#c=AAAA`);
  await ready(page);
  await page.getByTestId("notice").waitFor();
  assert.match(await page.getByTestId("notice").innerText(), /could not be opened/);
  await page.locator(".px-panes").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("payloads in texts, labels and links stay data everywhere", async () => {
  const payload = XSS.join(" ");
  const cfg = config(
    { label: payload, title: payload, source: XSS[3], text: `${payload} shared words are here.` },
    { label: XSS[1], source: "data:text/html,<script>alert(1)</script>", text: `shared words are here. ${payload}` },
  );
  const { page, errors, context } = await openPage(browser, `${server.url}/extra/host.html`);
  await ready(page, "#a");
  await page.evaluate((c) => {
    const el = document.createElement("div");
    el.id = "xss";
    document.body.append(el);
    return window.Parallax.mount(el, JSON.parse(c));
  }, cfg);
  await ready(page, "#xss");
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  // The summary's own meters are the only SVG; nothing from the payload becomes an element.
  assert.equal(await page.locator("#xss script, #xss img, #xss svg:not(.px-meter), #xss iframe, #xss .px-text a").count(), 0);
  assert.equal(await page.locator("#xss a.px-source").count(), 0, "a javascript:/data: source became a link");
  assert.match(await page.locator("#xss .px-pane-left .px-text").textContent(), /<script>window.__pwned="script"<\/script>/);
  // And through a permalink.
  const link = await page.locator("#xss").getByTestId("open-in-parallax").getAttribute("href");
  const { page: other, context: c2 } = await openPage(browser, link.replace(/^[^#]*/, `${server.url}/`));
  await other.locator(".px-panes").waitFor();
  await other.waitForTimeout(300);
  assert.equal(await other.evaluate(() => window.__pwned), undefined);
  assert.match(await other.locator(".px-pane-left .px-side-label").textContent(), /<script>/);
  await c2.close();
  assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
  await context.close();
});

test("the exported report opens offline with its highlights", async () => {
  const { page, context } = await openComparing(TASS, SPUTNIK);
  await page.getByTestId("share").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-report").click()]);
  const path = join(OUTPUT, "report.html");
  await download.saveAs(path);
  const offline = await browser.newContext({ offline: true });
  const report = await offline.newPage();
  const requests = [];
  report.on("request", (r) => !r.url().startsWith("file:") && requests.push(r.url()));
  await report.goto(`file://${path}`);
  assert.ok((await report.locator(".px-pane-left mark[data-phrase]").count()) > 0);
  assert.ok((await report.locator(".px-pane-right mark[data-phrase]").count()) > 0);
  assert.match(await report.locator(".px-legend").innerText(), /Shared, same order/);
  assert.equal(await report.locator("script").count(), 0);
  assert.deepEqual(requests, []);
  await report.emulateMedia({ media: "print" });
  await report.screenshot({ path: join(OUTPUT, "report-print.png"), fullPage: true });
  await offline.close();
  await context.close();
});

test("the page works under a strict Content-Security-Policy", async () => {
  const strict = await serve(undefined, { headers: { "content-security-policy": CSP } });
  const { page, errors, context } = await openComparing(TASS, SPUTNIK, strict.url);
  assert.ok((await page.locator("mark[data-phrase]").count()) > 0);
  assert.deepEqual(errors, []);
  await context.close();
  await strict.close();
});

test("dist/ works from a sub-path of a plain static server, worker included", async () => {
  const sub = await serve(undefined, { prefix: "/news/graphics/parallax/" });
  const { page, errors, context } = await openPage(browser, `${sub.url}`);
  const requested = [];
  context.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await ready(page);
  // The worker, from the same sub-path, compares what is typed.
  await page.getByTestId("mode").click();
  const long = Array.from({ length: 400 }, (_, i) => `Sentence ${i} says the two ministers discussed cooperation in public health.`).join(" ");
  await page.getByTestId("text-left").fill(long);
  await page.getByTestId("text-right").fill(`${long} And one more remark.`);
  await page.getByTestId("mode").click();
  await page.waitForFunction(() => document.querySelector(".px-pane-right .px-text")?.textContent.endsWith("And one more remark."));
  assert.ok((await page.locator("mark[data-phrase]").count()) > 0);
  assert.ok(requested.includes(`/news/graphics/parallax/${published("parallax-worker_bg.wasm")}`), `worker not loaded: ${requested.join(" ")}`);
  assert.deepEqual(errors, []);
  await context.close();
  await sub.close();
});
