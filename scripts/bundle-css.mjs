// Trunk post-build hook: dist/parallax.css, the widget's one style sheet,
// made from style/parallax.css by inlining its @import list (the one list of
// style files; build.rs reads the same for the CLI's report).
//
// Sizes in rem are written as calc(N * var(--px-rem, 1rem)): the same on the
// page, while a script embed (style/embed.css) fixes --px-rem, so a host
// page's root font size cannot resize the widget inside its shadow root.
// Media queries keep rem (they never depend on the host's styles).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = process.env.TRUNK_SOURCE_DIR ?? ".";
const out = process.env.TRUNK_STAGING_DIR ?? "dist";

/** The style files listed in style/parallax.css, in order. */
function styleFiles(dir = join(root, "style")) {
  const list = readFileSync(join(dir, "parallax.css"), "utf8");
  return [...list.matchAll(/^@import "([^"]+)";/gm)].map((m) => join(dir, m[1]));
}

const remInDeclarations = (css) =>
  css
    .split("\n")
    .map((line) => (line.trimStart().startsWith("@") ? line : line.replace(/(\d*\.?\d+)rem\b/g, "calc($1 * var(--px-rem, 1rem))")))
    .join("\n");

const css = styleFiles()
  .map((path) => `/* ${path.slice(root.length + 1)} */\n${remInDeclarations(readFileSync(path, "utf8"))}`)
  .join("\n");
writeFileSync(join(out, "parallax.css"), css);
