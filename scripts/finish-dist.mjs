// Trunk post-build hook: finishes dist/ in order (one hook, as Trunk runs
// hooks of one stage at the same time):
// 1. the widget's one style sheet (scripts/bundle-css.mjs);
// 2. the first example pre-rendered into index.html (scripts/prerender.mjs);
// 3. every file of this build that embed codes do not name is published
//    under a name made from its content (parallax-web-1a2b3c4d5e.js), and
//    the names are written where they are loaded from: a page or an embed
//    that loads one build's files never gets another build's, and a new
//    build published over an old one leaves the old one's files whole.
//    Embed codes name four files, which keep their names: index.html,
//    parallax-embed.js, parallax.css and parallax-frame.js.
//
// Step 3 also builds the page's and the embed's scripts: web/quick.js
// (answers the reader before the wasm arrives) goes into web/boot.js and
// web/parallax-embed.js, each wrapped so it adds no global.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const here = import.meta.dirname;
const source = process.env.TRUNK_SOURCE_DIR ?? join(here, "..");
const dist = process.env.TRUNK_STAGING_DIR ?? join(source, "dist");

for (const step of ["bundle-css.mjs", "prerender.mjs"]) {
  const run = spawnSync(process.execPath, [join(here, step)], { stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

/** The published name of `path`: its name with a digest of `content`. */
const digest = (content) => createHash("sha256").update(content).digest("hex").slice(0, 10);
const hashed = (path, content) => path.replace(/(\.[a-z]+)$/, `-${digest(content)}$1`);

/** Writes `content` under its published name in place of `path`; returns that name. */
function publish(path, content) {
  const target = hashed(path, content);
  if (existsSync(join(dist, path))) unlinkSync(join(dist, path));
  writeFileSync(join(dist, target), content);
  return target;
}

/** Replaces every quoted occurrence of each old name in `text` (as './name' or 'name'). */
function rename(text, names) {
  for (const [from, to] of Object.entries(names)) {
    text = text.replaceAll(`'./${from}'`, `'./${to}'`).replaceAll(`'${from}'`, `'${to}'`).replaceAll(`"./${from}"`, `"./${to}"`);
  }
  return text;
}

const read = (path) => readFileSync(join(dist, path));
const names = {};

// The JavaScript snippets wasm-bindgen copied: leaves, named first.
const snippets = [];
(function walk(dir) {
  if (!existsSync(join(dist, dir))) return;
  for (const name of readdirSync(join(dist, dir))) {
    const path = join(dir, name);
    if (statSync(join(dist, path)).isDirectory()) walk(path);
    else if (name.endsWith(".js")) snippets.push(path);
  }
})("snippets");
for (const path of snippets) names[path] = publish(path, read(path));

// Each wasm, then the module that loads it (and the snippets).
for (const module of ["parallax-web", "parallax-worker"]) {
  names[`${module}_bg.wasm`] = publish(`${module}_bg.wasm`, read(`${module}_bg.wasm`));
  names[`${module}.js`] = publish(`${module}.js`, rename(read(`${module}.js`).toString(), names));
}
// The worker's entry, which imports the worker's module.
names["parallax-worker_loader.js"] = publish("parallax-worker_loader.js", rename(read("parallax-worker_loader.js").toString(), names));

// The paraphrase table sentence pairing uses (src/engine/lexicon.rs), in no
// wasm: the worker fetches it when it first compares, by the name the page
// gives it.
names["paraphrases.txt"] = publish("paraphrases.txt", readFileSync(join(source, "data/paraphrases.txt")));
// The translation tables (src/engine/translations.rs), likewise: the worker
// fetches one only to compare English with Russian or Chinese.
for (const name of ["translations-ru.txt", "translations-zh.txt"]) {
  names[name] = publish(name, readFileSync(join(source, "data", name)));
}

// What the page's script and the embed script hand to the wasm: the names
// it loads by (see src/app/assets.rs).
const table = Object.fromEntries(
  ["parallax-web.js", "parallax-web_bg.wasm", "parallax-worker_loader.js", "paraphrases.txt", "translations-ru.txt", "translations-zh.txt"].map((n) => [n, names[n]]),
);
const quick = readFileSync(join(source, "web/quick.js"), "utf8");
const script = (file) => {
  const body = readFileSync(join(source, "web", file), "utf8");
  if (!body.includes("const FILES = {};")) throw new Error(`web/${file} has no "const FILES = {};" for the build's file names`);
  return `(() => {\n${quick}\n${body.replace("const FILES = {};", `const FILES = ${JSON.stringify(table)};`)}\n})();\n`;
};
writeFileSync(join(dist, "parallax-embed.js"), script("parallax-embed.js"));
const boot = publish("boot.js", script("boot.js"));

// The page names its script and what it preloads.
const page = read("index.html")
  .toString()
  .replace('src="boot.js"', `src="${boot}"`)
  .replace('href="parallax-web.js"', `href="${names["parallax-web.js"]}"`)
  .replace('href="parallax-web_bg.wasm"', `href="${names["parallax-web_bg.wasm"]}"`);
for (const name of [boot, names["parallax-web.js"], names["parallax-web_bg.wasm"]]) {
  if (!page.includes(`"${name}"`)) throw new Error(`index.html does not name ${name}`);
}
writeFileSync(join(dist, "index.html"), page);
console.log(`finish-dist: ${Object.keys(names).length + 1} files named by their content`);
