// Answers the reader at once in a pre-rendered comparison, before the
// widget's wasm has arrived: pointing at, tapping or focusing a shared
// phrase links its occurrences on both sides, a sentence its counterpart;
// the counterpart is brought into view in its pane (and, on a touch screen,
// into the window); clicking or tapping a phrase pins it. It paints with
// the live widget's own CSS highlights (style/highlights.css) from the ids
// the markup carries (data-phrase, data-pair, data-side).
//
// What the reader points at and pinned is marked on the copy's root, where
// the live widget reads it when it takes the copy's place
// (src/boot/quick.rs); the copy then receives "parallax:live", and this
// script clears what it painted and stops answering.
//
// Built into web/boot.js and web/parallax-embed.js (scripts/finish-dist.mjs).

/** Answers in the pre-rendered copy `copy` (its `.px-root`), listening on
 * `events` (the document, or the embed's shadow root). */
function answerAtOnce(events, copy) {
  if (!window.CSS?.highlights || !window.Highlight || !copy) return;
  const panes = () => copy.querySelector(".px-panes");
  const painted = { "px-linked": [], "px-pair": [] };
  const priorities = { "px-linked": 1, "px-pair": -1 };
  const state = { phrase: null, pair: null, pinned: null };

  const highlight = (name) => {
    let h = CSS.highlights.get(name);
    if (!h) {
      h = new Highlight();
      h.priority = priorities[name];
      CSS.highlights.set(name, h);
    }
    return h;
  };
  const paint = (name, elements) => {
    const h = highlight(name);
    for (const range of painted[name]) h.delete(range);
    painted[name] = elements.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      h.add(range);
      return range;
    });
  };
  const all = (selector) => [...(panes()?.querySelectorAll(selector) ?? [])];
  const side = (el) => el.closest("[data-side]")?.dataset.side;
  const other = (s) => (s === "left" ? "right" : "left");

  /** Scrolls `el`'s pane (never the page) so `el` is in view, centred if it was not. */
  const reveal = (el) => {
    const pane = el?.closest(".px-scroll, .px-rows");
    if (!pane) return;
    const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
    const view = pane.getBoundingClientRect();
    if (box.top < view.top || box.bottom > view.bottom) {
      pane.scrollTop += box.top - view.top - (pane.clientHeight - box.height) / 2;
    }
    keepInView(el);
  };

  const show = () => {
    const linked = state.pinned ?? state.phrase?.number;
    paint("px-linked", linked == null ? [] : all(`mark[data-phrase="${linked}"]`));
    paint("px-pair", state.pair == null ? [] : all(`[data-side] [data-pair="${state.pair.number}"]`));
    const root = copy;
    const mark = (name, value) => (value == null ? root.removeAttribute(name) : root.setAttribute(name, value));
    mark("data-pinned", state.pinned);
    mark("data-pointed-phrase", state.phrase && `${state.phrase.side} ${state.phrase.number}`);
    mark("data-pointed-pair", state.pair && `${state.pair.side} ${state.pair.number}`);
  };

  const inCopy = (target) => target instanceof Element && panes()?.contains(target);
  const numbered = (target, name) => {
    const el = target.closest(`[data-${name}]`);
    return el && { side: side(el), number: Number(el.dataset[name]) };
  };
  // In aligned rows one scroller holds both sides: it would move the text
  // away from the pointer, so only a pinned phrase is brought into view.
  const rows = () => !!panes()?.classList.contains("px-layout-rows");
  // On a touch screen a tap points before it clicks: scrolling then would
  // move the phrase from under the finger before the click that pins it.
  const touch = () => matchMedia("(hover: none)").matches;

  const point = (event) => {
    if (!inCopy(event.target)) return;
    const phrase = numbered(event.target, "phrase");
    const pair = numbered(event.target, "pair");
    if (phrase?.number === state.phrase?.number && pair?.number === state.pair?.number) return;
    [state.phrase, state.pair] = [phrase, pair];
    show();
    if (rows() || touch()) return;
    if (phrase) reveal(panes().querySelector(`[data-side="${other(phrase.side)}"] mark[data-phrase="${phrase.number}"]`));
    else if (pair) reveal(panes().querySelector(`[data-side="${other(pair.side)}"] [data-pair="${pair.number}"]`));
  };
  const leave = (event) => {
    if (!inCopy(event.target) || inCopy(event.relatedTarget)) return;
    state.phrase = state.pair = null;
    show();
  };
  const pin = (event) => {
    if (!inCopy(event.target)) return;
    const phrase = numbered(event.target, "phrase");
    if (!phrase) return;
    state.pinned = state.pinned === phrase.number ? null : phrase.number;
    show();
    if (state.pinned == null) return;
    // As the live widget: the counterpart of the phrase under the pointer
    // (in aligned rows, the phrase's first place).
    const where = rows() ? "left" : other(phrase.side);
    reveal(panes().querySelector(`[data-side="${where}"] mark[data-phrase="${state.pinned}"]`));
  };

  const listeners = [["mouseover", point], ["focusin", point], ["mouseout", leave], ["click", pin]];
  for (const [type, listener] of listeners) events.addEventListener(type, listener, true);
  copy.parentNode?.addEventListener(
    "parallax:live",
    () => {
      for (const [type, listener] of listeners) events.removeEventListener(type, listener, true);
      paint("px-linked", []);
      paint("px-pair", []);
    },
    { once: true },
  );
}

/** On a touch screen, where the panes stand one above the other, scrolls
 * the window (or asks the page around an iframe) as little as needed to
 * show `el`, the counterpart the reader tapped for. */
function keepInView(el) {
  if (!matchMedia("(hover: none)").matches) return;
  const box = el.getBoundingClientRect();
  if (window.parent !== window) {
    window.parent.postMessage({ type: "parallax:reveal", top: box.top, bottom: box.bottom }, "*");
    return;
  }
  const margin = 16;
  if (box.top < margin) window.scrollBy({ top: box.top - margin });
  else if (box.bottom > innerHeight - margin) window.scrollBy({ top: Math.min(box.bottom - innerHeight + margin, box.top - margin) });
}
