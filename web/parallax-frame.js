// Host-side helper for iframe embeds: resizes every <iframe data-parallax-frame>
// to the height its widget reports (the Pym.js pattern, without third-party
// code). Safe to include more than once.
(() => {
  const root = document.documentElement;
  if (root.dataset.parallaxFrames) return;
  root.dataset.parallaxFrames = "listening";
  window.addEventListener("message", (event) => {
    const data = event.data;
    if (!data || data.type !== "parallax:height" || !Number.isFinite(data.height)) return;
    for (const frame of document.querySelectorAll("iframe[data-parallax-frame]")) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.max(200, Math.min(20000, Math.ceil(data.height)))}px`;
      }
    }
  });
})();
