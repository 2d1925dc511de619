// Host-side helper for iframe embeds (the Pym.js pattern, without
// third-party code), for every <iframe data-parallax-frame>:
// - resizes it to the height its widget reports;
// - tells it the height of this page's window, so its panes fit the screen
//   the reader sees (not the iframe, which grows with them);
// - on a touch screen, scrolls this page as little as needed to show the
//   counterpart of what the reader tapped in it.
// Safe to include more than once.
(() => {
  const root = document.documentElement;
  if (root.dataset.parallaxFrames) return;
  root.dataset.parallaxFrames = "listening";
  const frameOf = (source) => [...document.querySelectorAll("iframe[data-parallax-frame]")].find((f) => f.contentWindow === source);
  const tellViewport = (frame) => frame.contentWindow?.postMessage({ type: "parallax:viewport", height: innerHeight }, "*");
  addEventListener("resize", () => document.querySelectorAll("iframe[data-parallax-frame]").forEach(tellViewport));
  addEventListener("message", (event) => {
    const data = event.data;
    const frame = data && frameOf(event.source);
    if (!frame) return;
    if (data.type === "parallax:height" && Number.isFinite(data.height)) {
      frame.style.height = `${Math.max(200, Math.min(20000, Math.ceil(data.height)))}px`;
      tellViewport(frame);
    } else if (data.type === "parallax:reveal" && Number.isFinite(data.top) && Number.isFinite(data.bottom)) {
      const offset = frame.getBoundingClientRect().top;
      const [top, bottom, margin] = [offset + data.top, offset + data.bottom, 16];
      if (top < margin) scrollBy({ top: top - margin });
      else if (bottom > innerHeight - margin) scrollBy({ top: Math.min(bottom - innerHeight + margin, top - margin) });
    }
  });
})();
