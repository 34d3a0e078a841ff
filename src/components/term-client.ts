// Escape hides an open glossary popover, as WCAG 1.4.13 asks of content shown on hover or focus.
// It shows again the next time the reader points at or focuses the term.
let wired = false;

export function wireTerms(): void {
  if (wired) return;
  wired = true;
  const terms = [...document.querySelectorAll<HTMLElement>("[data-term]")];
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    for (const term of terms) if (term.matches(":hover, :focus-within")) term.classList.add("is-dismissed");
  });
  for (const term of terms) {
    const tip = term.querySelector<HTMLElement>(".term__tip");
    const show = () => {
      term.classList.remove("is-dismissed");
      if (tip) requestAnimationFrame(() => keepInViewport(tip));
    };
    term.addEventListener("pointerenter", show);
    term.addEventListener("focusin", show);
  }
}

/** Shifts an open tip left when it would run off the right edge of a narrow screen. */
function keepInViewport(tip: HTMLElement): void {
  tip.style.translate = "";
  const margin = 8;
  const overflow = tip.getBoundingClientRect().right - (document.documentElement.clientWidth - margin);
  const room = tip.getBoundingClientRect().left - margin;
  if (overflow > 0) tip.style.translate = `${-Math.min(overflow, room)}px 0`;
}
