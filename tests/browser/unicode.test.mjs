// The browser build's engine (the shipped worker, on Intl.Segmenter and
// String.normalize) against the native one (the CLI, on the Unicode crates):
// the same highlights, sentences and pairs on every pair of the corpus and on
// a sample of scripts the corpus lacks.
//
// Chromium's word rules break at a full stop between two letters, where UAX
// #29 does not ("U.S." is "U", "S" there and "U.S" natively); the browser
// build joins them again (src/engine/unicode.rs), so the word counts agree
// too, and "U.S." names the United States on both.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, launch, published, ROOT } from "./harness.mjs";

const CORPUS = join(ROOT, "tests/data/corpus");
const CLI = join(ROOT, "target/debug/parallax");

let server;
let browser;
let page;
before(async () => {
  if (!existsSync(CLI)) execFileSync("cargo", ["build", "--quiet", "--bin", "parallax"], { cwd: ROOT, stdio: "inherit" });
  server = await serve(undefined, { routes: { "/extra/blank.html": { body: "<!doctype html><title>worker</title>" } } });
  browser = await launch();
  page = await browser.newPage();
  await page.goto(`${server.url}/extra/blank.html`);
  // A client of the worker's protocol (src/app/worker.rs), putting the
  // result's parts back together as JSON.
  await page.evaluate(([loader, lexicon, ru, zh]) => {
    const worker = new Worker(`/${loader}`, { type: "module" });
    const ready = new Promise((ok) => worker.addEventListener("message", (e) => e.data.ready && ok(), { once: true }));
    let next = 0;
    window.compare = async (left, right) => {
      await ready;
      const id = ++next;
      const parts = [[], [], [], [], [], []];
      return new Promise((ok) => {
        const on = ({ data }) => {
          if (data.id !== id) return;
          if (data.part !== undefined) parts[data.part].push(...JSON.parse(data.json));
          if (data.result === undefined) return;
          worker.removeEventListener("message", on);
          const c = JSON.parse(data.result);
          [c.left.spans, c.left.sentences, c.right.spans, c.right.sentences, c.phrases, c.pairs] = parts;
          ok(c);
        };
        worker.addEventListener("message", on);
        // With the paraphrase and translation tables, as the page asks (the
        // CLI reads them from the repository).
        const at = (name) => new URL(`/${name}`, location.href).href;
        worker.postMessage({ id, left, right, options: "{}", lexicon: at(lexicon), "translations-ru.txt": at(ru), "translations-zh.txt": at(zh) });
      });
    };
  }, [published("parallax-worker_loader.js"), published("paraphrases.txt"), published("translations-ru.txt"), published("translations-zh.txt")]);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const native = (left, right) => JSON.parse(execFileSync(CLI, ["compare", left, right, "--json"], { maxBuffer: 1 << 28 }).toString());
const inBrowser = (left, right) => page.evaluate(([l, r]) => window.compare(l, r), [readFileSync(left, "utf8"), readFileSync(right, "utf8")]);

/** Everything a reader sees highlighted or paired, and where. */
const shown = (c) => ({
  spans: [c.left.spans, c.right.spans],
  sentences: [c.left.sentences, c.right.sentences],
  phrases: c.phrases.map((p) => [p.kind, p.text, p.left, p.right]),
  pairs: c.pairs.map((p) => [p.left, p.right, p.edits]),
  shared: [c.left.metrics.shared_words, c.right.metrics.shared_words, c.left.metrics.moved_words, c.right.metrics.moved_words],
});

/** What no time budget changes: where a budget cut the in-order diff or a
 * pair's word diff short (on a busy machine, in one run and not the other),
 * the two still find every shared phrase, sentence and pair. */
const unbudgeted = (c) => ({
  sentences: [c.left.sentences, c.right.sentences],
  phrases: c.phrases.map((p) => [p.text, p.left, p.right]),
  pairs: c.pairs.map((p) => [p.left, p.right]),
});
const cutShort = (c) => c.metrics.limits.length > 0;

test("the browser's engine and the CLI show the same comparison on every pair of the corpus", async () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort().map((f) => join(CORPUS, f));
  assert.ok(files.length >= 10, `corpus not found in ${CORPUS}`);
  let pairs = 0;
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const [web, cli] = [await inBrowser(files[i], files[j]), native(files[i], files[j])];
      const view = cutShort(web) || cutShort(cli) ? unbudgeted : shown;
      assert.deepEqual(view(web), view(cli), `${files[i]} / ${files[j]}`);
      for (const [side, file] of [["left", files[i]], ["right", files[j]]]) {
        assert.equal(web[side].metrics.words, cli[side].metrics.words, `${file}: words`);
      }
      pairs++;
    }
  }
  assert.equal(pairs, (files.length * (files.length - 1)) / 2);
});

test("the same on scripts and forms the corpus lacks: Chinese, Cyrillic, emoji, full-width, combining marks", async () => {
  const dir = mkdtempSync(join(tmpdir(), "parallax-unicode-"));
  const left = join(dir, "left.txt");
  const right = join(dir, "right.txt");
  writeFileSync(left, "中华人民共和国外交部。王毅与拉夫罗夫通电话！双方同意加强合作。 Лавров высоко оценил меры, принятые Китаем. " +
    "Ｆｕｌｌ-width ＡＢＣ and e\u0301tat; 👩‍👩‍👧 family, don't stop 1,000 troops. Sergei Lavrov\u00a0said: “yes”.");
  writeFileSync(right, "王毅与拉夫罗夫通电话！双方同意加强合作。 Лавров высоко оценил меры, принятые Китаем вчера. " +
    "Full-width ABC and état; 👩‍👩‍👧 family, don’t stop 1000 troops. Sergey Lavrov said: \"yes\".");
  const [web, cli] = [await inBrowser(left, right), native(left, right)];
  assert.deepEqual(shown(web), shown(cli));
  assert.deepEqual([web.left.metrics.words, web.right.metrics.words], [cli.left.metrics.words, cli.right.metrics.words]);
  assert.ok(web.phrases.some((p) => p.text.includes("王毅与拉夫罗夫")), "Chinese is compared character by character");
  assert.ok(web.phrases.some((p) => p.text.includes("ＡＢＣ")), "full-width letters match their NFKC forms");
});
