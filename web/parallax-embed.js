// Parallax script embed. Include it once per page, as a plain script (it
// loads from any site, with or without CORS):
//
//   <script src="https://…/parallax-embed.js" async></script>
//
// and mark each widget with data-parallax. The Share dialog's embed code
// carries the comparison already rendered (in a declarative shadow root, so
// it shows at once and without JavaScript), its comparison file as JSON and
// the result of comparing them, so the live widget need not compare again:
//
//   <div data-parallax><template shadowrootmode="open">…</template>
//     <script type="application/json">{"v":1,"left":{…},"right":{…}}</script>
//     <script type="application/json" data-result>{…}</script></div>
//
// Written by hand, an element can instead point at a comparison file or hold
// the texts (data-height reserves its height, in pixels, while it loads):
//
//   <div data-parallax data-config="comparison.json"></div>
//   <div data-parallax data-left="…" data-right="…" data-left-label="…" data-right-label="…"></div>
//
// From code: `await Parallax.mount(element, { left: {label, text}, right: {…}, options })`.
// Every widget lives in its element's shadow root, so the host page's CSS
// cannot change it, and compares in a web worker, so the page never freezes.
// A pre-rendered widget answers pointing, tapping and focus at once
// (web/quick.js, built in here) and becomes fully interactive when the
// browser is idle or the reader reaches for it. When the widget's other
// files cannot load (another site that does not allow it, say), the element
// says so and links to the comparison in Parallax. The only global is
// `Parallax`; texts and labels are always treated as data.
//
// The build (scripts/finish-dist.mjs) puts web/quick.js before this file and
// the names it publishes this build's files under in FILES; this file keeps
// its name, which embed codes hold.
(() => {
  const FILES = {};
  // Where this script came from. Embed codes made before it was a plain
  // script load it as a module, where there is no currentScript: then its
  // element is found by name.
  const script = document.currentScript ?? [...document.scripts].find((s) => /\/parallax-embed\.js([?#]|$)/.test(s.src));
  const base = new URL("./", script?.src ?? document.baseURI).href;
  const file = (name) => new URL(FILES[name] ?? name, base).href;
  const files = `the widget's files at ${base}`;
  /** Links longer than this are not made (as the widget's own, src/app/permalink.rs). */
  const MAX_LINK_CHARS = 8000;

  const load = (name) =>
    import(file(`${name}.js`)).then(async (module) => {
      await module.default({ module_or_path: file(`${name}_bg.wasm`) });
      return module;
    });
  const loader = { base, names: FILES, studio: () => load("parallax-studio") };
  let wasm;
  function loadWasm() {
    wasm ??= load("parallax-web").catch(() => {
      throw new Error(
        `could not load ${files}: check that they are published there, and, if they are on another site than this page, ` +
          `that it answers with the header "Access-Control-Allow-Origin: *" (or this page's origin)`,
      );
    });
    return wasm;
  }

  /** A comparison config from an element's data attributes. */
  function configFromAttributes(el) {
    const side = (name) => ({
      label: el.dataset[`${name}Label`] ?? "",
      title: el.dataset[`${name}Title`] ?? "",
      date: el.dataset[`${name}Date`] ?? "",
      source: el.dataset[`${name}Source`] ?? "",
      text: el.dataset[name] ?? "",
    });
    return { v: 1, left: side("left"), right: side("right") };
  }

  /** Fetches a config file, turning every failure into a sentence a person can act on. */
  async function fetchConfig(url) {
    let response;
    try {
      response = await fetch(url, { credentials: "omit" });
    } catch {
      throw new Error(`could not load ${url}: the request failed (offline, a wrong address, or the server does not allow cross-origin requests (CORS))`);
    }
    if (!response.ok) throw new Error(`could not load ${url}: the server answered ${response.status} ${response.statusText}`.trim());
    const body = await response.text();
    try {
      return JSON.parse(body);
    } catch (e) {
      throw new Error(`${url} is not valid JSON (${e.message})`);
    }
  }

  /** The config of an element: given, inline JSON, a file, or its attributes. */
  async function configOf(el, given) {
    if (given) return given;
    const inline = el.querySelector(':scope > script[type="application/json"]:not([data-result])');
    if (inline) {
      try {
        return JSON.parse(inline.textContent);
      } catch (e) {
        throw new Error(`the embed code's comparison is not valid JSON (${e.message})`);
      }
    }
    if (el.dataset.config) return fetchConfig(new URL(el.dataset.config, document.baseURI));
    return configFromAttributes(el);
  }

  /** The shadow root of `el` and the widget's container in it, made if need be. */
  function shadowOf(el) {
    let shadow = el.shadowRoot;
    const template = el.querySelector(":scope > template[shadowrootmode]");
    if (!shadow && template) {
      // A browser without declarative shadow DOM, or markup added by a script.
      shadow = el.attachShadow({ mode: "open" });
      shadow.append(template.content.cloneNode(true));
    }
    template?.remove();
    if (!shadow) shadow = el.attachShadow({ mode: "open" });
    let container = shadow.querySelector(".px-embed");
    if (!container) {
      const sheet = document.createElement("link");
      sheet.rel = "stylesheet";
      sheet.href = file("parallax.css");
      container = document.createElement("div");
      container.className = "px-embed";
      const height = Number(el.dataset.height);
      if (height > 0) container.style.minHeight = `${height}px`;
      const loading = document.createElement("p");
      loading.className = "px-embed-loading";
      loading.setAttribute("role", "status");
      loading.textContent = "Loading the comparison…";
      container.append(loading);
      shadow.append(sheet, container);
    }
    return { shadow, container };
  }

  /** The comparison in the standalone Parallax page: a link like the
   * widget's own (the config's JSON, raw DEFLATE, unpadded base64url), or
   * the page itself when the texts are too long for a link. */
  async function openUrl(config) {
    try {
      const stream = new Blob([JSON.stringify(config)]).stream().pipeThrough(new CompressionStream("deflate-raw"));
      const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
      let binary = "";
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      const link = `${base}#c=${btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")}`;
      return link.length <= MAX_LINK_CHARS ? link : base;
    } catch {
      return base;
    }
  }

  /** Says what went wrong inside the widget's container, with a link to the
   * comparison in Parallax when there is one; a pre-rendered comparison
   * stays readable below the message. */
  function showError(container, message, link) {
    container.querySelector(".px-embed-loading")?.remove();
    const p = document.createElement("p");
    p.className = "px-embed-error";
    p.setAttribute("role", "alert");
    p.textContent = `Parallax: ${message}`;
    if (link) {
      const a = document.createElement("a");
      a.href = link;
      a.target = "_blank";
      a.rel = "noopener";
      a.className = "px-embed-open";
      a.dataset.testid = "embed-open-in-parallax";
      a.textContent = "Open in Parallax";
      p.append(" ", a);
    }
    container.prepend(p);
  }

  /** Resolves once the reader is about to use a pre-rendered widget, or the browser is idle. */
  function interactionOrIdle(el) {
    return new Promise((resolve) => {
      const kinds = ["pointerover", "pointerdown", "focusin", "touchstart", "keydown"];
      const go = () => {
        for (const kind of kinds) el.removeEventListener(kind, go, true);
        resolve();
      };
      for (const kind of kinds) el.addEventListener(kind, go, { capture: true, passive: true, once: true });
      const idle = () => (window.requestIdleCallback ?? setTimeout)(go, { timeout: 1500 });
      if (document.readyState === "complete") idle();
      else addEventListener("load", idle, { once: true });
    });
  }

  /** Makes `el` a widget; `config` is an object, or read from `el`. */
  async function mount(el, config) {
    if (el.dataset.parallaxMounted) return;
    el.dataset.parallaxMounted = "true";
    const { shadow, container } = shadowOf(el);
    const copy = container.querySelector(":scope > .px-root");
    answerAtOnce(shadow, copy);
    let resolved;
    try {
      resolved = await configOf(el, config);
      const result = config ? null : el.querySelector(":scope > script[type='application/json'][data-result]")?.textContent;
      if (copy && !config) await interactionOrIdle(el);
      const mod = await loadWasm();
      mod.mount_widget(container, JSON.stringify(resolved), result ?? undefined, loader);
    } catch (e) {
      showError(container, e.message ?? String(e), resolved ? await openUrl(resolved) : null);
    }
  }

  window.Parallax = Object.freeze({ mount });

  const mountAll = () => document.querySelectorAll("[data-parallax]").forEach((el) => mount(el));
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
})();
