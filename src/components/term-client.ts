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
    const reset = () => term.classList.remove("is-dismissed");
    term.addEventListener("pointerenter", reset);
    term.addEventListener("focusin", reset);
  }
}
