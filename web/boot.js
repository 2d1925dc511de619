// Starts the standalone page. An external module rather than Trunk's inline
// loader, so the page runs under a strict Content-Security-Policy
// (script-src 'self' 'wasm-unsafe-eval').
import init from "./parallax-web.js";

init().catch((error) => {
  const root = document.getElementById("parallax-app");
  if (root) root.textContent = `Parallax could not start: ${error}`;
});
