// Trunk post-build hook: concatenates the widget's style sheets, in the order
// index.html links them, into one parallax.css for script embeds.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = process.env.TRUNK_SOURCE_DIR ?? ".";
const out = process.env.TRUNK_STAGING_DIR ?? "dist";
const html = readFileSync(join(root, "index.html"), "utf8");
const sheets = [...html.matchAll(/<link data-trunk rel="css" href="([^"]+)"/g)].map((m) => m[1]);
const css = sheets.map((href) => `/* ${href} */\n${readFileSync(join(root, href), "utf8")}`).join("\n");
writeFileSync(join(out, "parallax.css"), css);
