// Trunk post-build hook: the texts of the project's corpus that examples
// name as "corpus/FILE" (assets/demo/examples.json), copied into
// dist/examples/corpus/. The repository carries only the headline pair; the
// corpus of real statements is beside it ($PARALLAX_CORPUS, or
// ../shared/corpus), where the tests read it too. Without it the build goes
// on, says so, and those examples answer that their texts cannot be loaded.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = process.env.TRUNK_SOURCE_DIR ?? ".";
const out = join(process.env.TRUNK_STAGING_DIR ?? "dist", "examples", "corpus");
const corpus = process.env.PARALLAX_CORPUS ?? join(root, "../shared/corpus");

const examples = JSON.parse(readFileSync(join(root, "assets/demo/examples.json"), "utf8"));
const files = examples
  .flatMap((e) => [e.left, e.right, ...(e.more ?? [])])
  .map((side) => side.file)
  .filter((file) => file.startsWith("corpus/"))
  .map((file) => file.slice("corpus/".length));

mkdirSync(out, { recursive: true });
const missing = files.filter((file) => !existsSync(join(corpus, file)));
for (const file of files.filter((f) => !missing.includes(f))) copyFileSync(join(corpus, file), join(out, file));
if (missing.length) console.warn(`corpus-examples: not found in ${corpus}: ${missing.join(", ")} (those examples will not load)`);
