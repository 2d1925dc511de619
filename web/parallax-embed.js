// Parallax script embed. Include it once, as a module, with parallax.css:
//
//   <link rel="stylesheet" href="https://…/parallax.css">
//   <script type="module" src="https://…/parallax-embed.js"></script>
//   <div data-parallax data-config="comparison.json"></div>
//   <div data-parallax data-left="…" data-right="…" data-left-label="…" data-right-label="…"></div>
//
// Every [data-parallax] element on the page becomes an independent widget.
// From code: `await Parallax.mount(element, { left: {label, text}, right: {…}, options })`.
// The only global is `Parallax`; texts and labels are always treated as data.

const base = new URL("./", import.meta.url);
let engine;

function load() {
  engine ??= import(new URL("parallax-web.js", base).href).then(async (mod) => {
    await mod.default({ module_or_path: new URL("parallax-web_bg.wasm", base) });
    return mod;
  });
  return engine;
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

function showError(el, message) {
  el.replaceChildren();
  const p = document.createElement("p");
  p.className = "px-embed-error";
  p.setAttribute("role", "alert");
  p.textContent = `Parallax: ${message}`;
  el.append(p);
}

/** Mounts a widget into `el`; `config` is an object, or read from `el`'s attributes. */
async function mount(el, config) {
  if (el.dataset.parallaxMounted) return;
  el.dataset.parallaxMounted = "true";
  try {
    const resolved = config ?? (el.dataset.config ? await fetchConfig(new URL(el.dataset.config, document.baseURI)) : configFromAttributes(el));
    const mod = await load();
    mod.mount_widget(el, JSON.stringify(resolved));
  } catch (e) {
    showError(el, e.message ?? String(e));
  }
}

window.Parallax = Object.freeze({ mount });

const mountAll = () => document.querySelectorAll("[data-parallax]").forEach((el) => mount(el));
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
else mountAll();
