// Updates the reading-progress bar at most once per frame, from a single passive scroll listener.
export function progressFraction(scrollTop: number, scrollHeight: number, viewportHeight: number): number {
  const scrollable = scrollHeight - viewportHeight;
  if (scrollable <= 0) return 1;
  return Math.min(1, Math.max(0, scrollTop / scrollable));
}

export function trackReadingProgress(): void {
  const root = document.querySelector<HTMLElement>("[data-reading-progress]");
  const bar = root?.firstElementChild as HTMLElement | null | undefined;
  if (!root || !bar) return;
  let frame: number | undefined;
  const update = () => {
    frame = undefined;
    const doc = document.documentElement;
    const fraction = progressFraction(doc.scrollTop, doc.scrollHeight, window.innerHeight);
    bar.style.transform = `scaleX(${fraction})`;
    root.setAttribute("aria-valuenow", String(Math.round(fraction * 100)));
  };
  const schedule = () => {
    frame ??= requestAnimationFrame(update);
  };
  addEventListener("scroll", schedule, { passive: true });
  addEventListener("resize", schedule, { passive: true });
  update();
}
