// Starts the standalone page: static first, interactive after.
//
// Loaded synchronously in <head> (it is small), so it runs before the first
// paint: a permalink (#c=…) or an iframe embed (?embed) opens another
// comparison than the pre-rendered example, which is then never shown.
// Otherwise the pre-rendered comparison answers the reader at once
// (web/quick.js, built in here), and the wasm that makes it fully
// interactive (preloaded by index.html) starts when the browser is idle
// after the first paint, or at the reader's first touch, key or pointer.
// An external script rather than an inline one, so the page runs under a
// strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval').
//
// The build (scripts/finish-dist.mjs) puts web/quick.js before this file and
// the names it publishes this build's files under in FILES.
(() => {
  const FILES = {};
  const root = document.documentElement;
  const base = new URL("./", document.currentScript.src).href;
  const file = (name) => new URL(FILES[name] ?? name, base).href;
  const embedded = /(^|[?&])embed(=|&|$)/.test(location.search.slice(1));
  const replacing = embedded || location.hash.startsWith("#c=");
  if (embedded) root.classList.add("px-embedded");
  if (replacing) root.classList.add("px-replacing");

  // What the widget's wasm loads later: the rest of the widget, on first use.
  const load = (name) =>
    import(file(`${name}.js`)).then(async (module) => {
      await module.default({ module_or_path: file(`${name}_bg.wasm`) });
      return module;
    });
  const loader = { base, names: FILES, studio: () => load("parallax-studio") };

  const INTERACTIONS = ["pointerdown", "pointerover", "keydown", "focusin", "touchstart", "scroll"];
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const type of INTERACTIONS) removeEventListener(type, start, true);
    load("parallax-web")
      .then((module) => module.start_page(loader))
      .catch((error) => {
        const p = document.createElement("p");
        p.className = "px-embed-error";
        p.setAttribute("role", "alert");
        p.textContent = `Parallax could not start (${error}); what is shown cannot be explored.`;
        document.getElementById("parallax-app")?.prepend(p);
        root.classList.remove("px-replacing");
      });
  };
  for (const type of INTERACTIONS) addEventListener(type, start, { capture: true, passive: true });

  if (embedded) frameHost();
  addEventListener("DOMContentLoaded", () => {
    const copy = document.querySelector("#parallax-app[data-prerendered] > .px-root");
    // Nothing pre-rendered to read (or not to be shown): start now.
    if (replacing || !copy) return start();
    answerAtOnce(document, copy);
    // After the first paint, with the page's own files loaded, when idle.
    const whenIdle = () => (window.requestIdleCallback ?? setTimeout)(start, { timeout: 1000 });
    if (document.readyState === "complete") whenIdle();
    else addEventListener("load", () => requestAnimationFrame(() => setTimeout(whenIdle)));
  });

  /** In an iframe embed: tells the page around it the content's height
   * (web/parallax-frame.js sizes the iframe to it), and sizes the panes to
   * that page's window, which it reports back, not to the iframe's (which
   * grows with them). */
  function frameHost() {
    if (window.parent === window) return;
    const post = () => window.parent.postMessage({ type: "parallax:height", height: root.scrollHeight }, "*");
    addEventListener("message", (event) => {
      if (event.source !== window.parent || event.data?.type !== "parallax:viewport") return;
      const height = Number(event.data.height);
      if (height > 0) root.style.setProperty("--px-viewport", `${height}px`);
    });
    addEventListener("DOMContentLoaded", () => {
      post();
      new ResizeObserver(post).observe(document.body);
    });
  }
})();
