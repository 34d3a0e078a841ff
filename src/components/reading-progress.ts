// Updates the reading-progress bar at most once per frame, from a single passive scroll listener.
export function progressFraction(scrollTop: number, scrollHeight: number, viewportHeight: number): number {
  const scrollable = scrollHeight - viewportHeight;
  if (scrollable <= 0) return 1;
  return Math.min(1, Math.max(0, scrollTop / scrollable));
}

export function trackReadingProgress(): void {
  const bar = document.querySelector<HTMLProgressElement>("progress[data-reading-progress]");
  if (!bar) return;
  let frame: number | undefined;
  const update = () => {
    frame = undefined;
    const doc = document.documentElement;
    bar.value = Math.round(progressFraction(doc.scrollTop, doc.scrollHeight, window.innerHeight) * 100);
  };
  const schedule = () => {
    frame ??= requestAnimationFrame(update);
  };
  addEventListener("scroll", schedule, { passive: true });
  addEventListener("resize", schedule, { passive: true });
  update();
}
