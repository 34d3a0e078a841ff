// Glossary popovers: hover and keyboard focus show the short definition (CSS); a first tap on a touch screen
// opens it instead of following the link (a second tap follows it); Escape or a tap elsewhere closes it,
// as WCAG 1.4.13 asks of content shown on hover or focus.
let wired = false;

export function wireTerms(): void {
  if (wired) return;
  wired = true;
  const terms = [...document.querySelectorAll<HTMLElement>("[data-term]")];
  let lastPointer = "mouse";
  const closeAll = (except?: HTMLElement) => {
    for (const term of terms) if (term !== except) term.classList.remove("is-open");
  };

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    for (const term of terms) {
      if (term.matches(":hover, :focus-within, .is-open")) term.classList.add("is-dismissed");
      term.classList.remove("is-open");
    }
  });
  document.addEventListener("pointerdown", (event) => {
    lastPointer = event.pointerType;
    const inside = (event.target as Element | null)?.closest?.("[data-term]");
    closeAll(inside instanceof HTMLElement ? inside : undefined);
  });

  for (const term of terms) {
    const tip = term.querySelector<HTMLElement>(".term__tip");
    const show = () => {
      term.classList.remove("is-dismissed");
      if (tip) requestAnimationFrame(() => keepInViewport(tip));
    };
    term.addEventListener("pointerenter", show);
    term.addEventListener("focusin", show);
    term.querySelector("a")?.addEventListener("click", (event) => {
      if (lastPointer !== "touch" || term.classList.contains("is-open")) return;
      event.preventDefault();
      term.classList.add("is-open");
      show();
    });
  }
}

/** Shifts an open tip left when it would run off the right edge of a narrow screen. */
function keepInViewport(tip: HTMLElement): void {
  tip.style.translate = "";
  const margin = 8;
  const box = tip.getBoundingClientRect();
  const overflow = box.right - (document.documentElement.clientWidth - margin);
  if (overflow > 0) tip.style.translate = `${-Math.min(overflow, box.left - margin)}px 0`;
}
