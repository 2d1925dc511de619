// Prints the size of each file in a build directory, raw, gzip (level 9) and
// brotli (quality 11), and the totals: what a newsroom's readers pay in
// transfer for the widget when the files are served compressed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

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
let br = 0;
console.log(`${"file".padEnd(60)}${"raw".padStart(12)}${"gzip".padStart(12)}${"brotli".padStart(12)}`);
for (const path of files.sort()) {
  const bytes = readFileSync(path);
  const zipped = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  raw += bytes.length;
  gz += zipped;
  br += brotli;
  console.log(`${relative(root, path).padEnd(60)}${kb(bytes.length)}${kb(zipped)}${kb(brotli)}`);
}
console.log(`${"total".padEnd(60)}${kb(raw)}${kb(gz)}${kb(br)}`);
