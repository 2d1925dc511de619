// The browser half of src/engine/unicode.rs: Unicode boundaries from the
// browser's own ICU (Intl.Segmenter), all of a text's in one call.
const segmenters = new Map();

/** UTF-16 offsets of the boundaries of `granularity` in `text`, after the first segment. */
export function boundaries(text, granularity) {
  let segmenter = segmenters.get(granularity);
  if (!segmenter) {
    // The root locale: the same boundaries for every reader.
    segmenter = new Intl.Segmenter("und", { granularity });
    segmenters.set(granularity, segmenter);
  }
  const out = [];
  for (const { index } of segmenter.segment(text)) {
    if (index > 0) out.push(index);
  }
  out.push(text.length);
  return Uint32Array.from(out);
}

/** `text` in Normalization Form KC. */
export function nfkc(text) {
  return text.normalize("NFKC");
}
