// The reading-progress bar, from a single passive scroll listener.
export function progressFraction(scrollTop: number, scrollHeight: number, viewportHeight: number): number {
  const scrollable = scrollHeight - viewportHeight;
  if (scrollable <= 0) return 1;
  return Math.min(1, Math.max(0, scrollTop / scrollable));
}

export function trackReadingProgress(): void {
  const bar = document.querySelector<HTMLProgressElement>("progress[data-reading-progress]");
  if (!bar) return;
  // Read and written in the scroll event itself, which the browser fires once per frame before animation
  // frames run: the layout is still clean then. Read in a later animation frame, after the charts have moved
  // their marks, the same scrollHeight made the browser lay out the whole page again (10-20 ms on a slow phone).
  const update = () => {
    const doc = document.documentElement;
    const value = Math.round(progressFraction(doc.scrollTop, doc.scrollHeight, window.innerHeight) * 100);
    if (bar.value !== value) bar.value = value;
  };
  addEventListener("scroll", update, { passive: true });
  addEventListener("resize", update, { passive: true });
  update();
}
