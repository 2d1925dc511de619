// Trunk post-build hook: the examples' corpus texts into dist/examples/.
//
// The corpus (../shared/corpus beside the repository, or $PARALLAX_CORPUS)
// may not be copied into the repository, so the build takes the texts from
// there. An example whose texts are missing is left out, here and in the
// widget's list (build.rs applies the same rule), so a build without the
// corpus offers the headline pair alone; the list in dist/examples/ says
// which were published.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = process.env.TRUNK_SOURCE_DIR ?? ".";
const out = join(process.env.TRUNK_STAGING_DIR ?? "dist", "examples");
const corpus = process.env.PARALLAX_CORPUS ?? resolve(root, "../shared/corpus");

const examples = JSON.parse(readFileSync(join(root, "assets/demo/examples.json"), "utf8"));
const present = (side) => !side.corpus || existsSync(join(corpus, side.file));
const sides = (e) => [e.left, e.right, ...(e.more ?? [])];
const offered = examples.filter((e) => sides(e).every(present));
mkdirSync(out, { recursive: true });
for (const side of offered.flatMap(sides).filter((s) => s.corpus)) {
  copyFileSync(join(corpus, side.file), join(out, side.file));
}
writeFileSync(join(out, "examples.json"), JSON.stringify(offered, null, 2) + "\n");
const missing = examples.length - offered.length;
if (missing > 0) console.warn(`${missing} example(s) left out: their texts are not in ${corpus}`);
