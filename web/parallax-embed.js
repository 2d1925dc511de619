// Parallax script embed. Include it once per page, as a module:
//
//   <script type="module" src="https://…/parallax-embed.js"></script>
//
// and mark each widget with data-parallax. The Share dialog's embed code
// carries the comparison already rendered (in a declarative shadow root, so
// it shows at once and without JavaScript) with its comparison file as JSON:
//
//   <div data-parallax><template shadowrootmode="open">…</template>
//     <script type="application/json">{"v":1,"left":{…},"right":{…}}</script></div>
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
// A pre-rendered widget becomes interactive when the browser is idle or the
// reader reaches for it. The only global is `Parallax`; texts and labels are
// always treated as data.

const base = new URL("./", import.meta.url);
const files = `the widget's files at ${base.href}`;
let wasm;

function loadWasm() {
  wasm ??= import(new URL("parallax-web.js", base).href)
    .then(async (mod) => {
      await mod.default({ module_or_path: new URL("parallax-web_bg.wasm", base) });
      return mod;
    })
    .catch(() => {
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
  const inline = el.querySelector(':scope > script[type="application/json"]');
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
    sheet.href = new URL("parallax.css", base).href;
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
  return container;
}

/** Says what went wrong inside the widget's container; a pre-rendered
 * comparison stays readable below the message. */
function showError(container, message) {
  container.querySelector(".px-embed-loading")?.remove();
  const p = document.createElement("p");
  p.className = "px-embed-error";
  p.setAttribute("role", "alert");
  p.textContent = `Parallax: ${message}`;
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
  const container = shadowOf(el);
  try {
    const resolved = await configOf(el, config);
    if (container.querySelector(".px-root") && !config) await interactionOrIdle(el);
    const mod = await loadWasm();
    mod.mount_widget(container, JSON.stringify(resolved), base.href);
  } catch (e) {
    showError(container, e.message ?? String(e));
  }
}

window.Parallax = Object.freeze({ mount });

const mountAll = () => document.querySelectorAll("[data-parallax]").forEach((el) => mount(el));
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
else mountAll();
