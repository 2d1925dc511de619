// Starts the standalone page: static first, interactive after.
//
// Loaded synchronously in <head> (it is tiny), so it runs before the first
// paint: a permalink (#c=…) or an iframe embed (?embed) opens another
// comparison than the pre-rendered example, which is then never shown.
// Otherwise the pre-rendered comparison is read at once, and the wasm that
// makes it interactive (preloaded by index.html) starts when the browser is
// idle after the first paint, or at the reader's first touch, key or pointer.
// An external script rather than an inline one, so the page runs under a
// strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval').
(() => {
  const root = document.documentElement;
  const base = document.currentScript.src;
  const embedded = /(^|[?&])embed(=|&|$)/.test(location.search.slice(1));
  const replacing = embedded || location.hash.startsWith("#c=");
  if (embedded) root.classList.add("px-embedded");
  if (replacing) root.classList.add("px-replacing");

  const INTERACTIONS = ["pointerdown", "pointerover", "keydown", "focusin", "touchstart", "scroll"];
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const type of INTERACTIONS) removeEventListener(type, start, true);
    import(new URL("parallax-web.js", base).href)
      .then((module) => module.default())
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
  addEventListener("DOMContentLoaded", () => {
    // Nothing pre-rendered to read (or not to be shown): start now.
    if (replacing || !document.querySelector("[data-prerendered]")) return start();
    // After the first paint, with the page's own files loaded, when idle.
    const whenIdle = () => (window.requestIdleCallback ?? setTimeout)(start, { timeout: 1000 });
    if (document.readyState === "complete") whenIdle();
    else addEventListener("load", () => requestAnimationFrame(() => setTimeout(whenIdle)));
  });
})();
