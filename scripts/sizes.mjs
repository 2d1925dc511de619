// Prints the size of each file in a build directory, raw and gzip (level 9),
// and the totals: the numbers a newsroom pays in transfer for the widget.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const root = process.argv[2] ?? "dist";
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    statSync(path).isDirectory() ? walk(path) : files.push(path);
  }
})(root);

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KiB";
let raw = 0;
let gz = 0;
console.log(`${"file".padEnd(48)}${"raw".padStart(12)}${"gzip".padStart(12)}`);
for (const path of files.sort()) {
  const bytes = readFileSync(path);
  const zipped = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gz += zipped;
  console.log(`${relative(root, path).padEnd(48)}${kb(bytes.length)}${kb(zipped)}`);
}
console.log(`${"total".padEnd(48)}${kb(raw)}${kb(gz)}`);
