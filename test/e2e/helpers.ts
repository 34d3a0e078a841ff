// Shared helpers for the browser tests: what the reader sees, read through the page's own attributes.
import { expect, type Page } from "@playwright/test";

/** The state the pinned graphic of `chart` is drawn in. */
export function graphicState(page: Page, chart: string) {
  return page.locator(`[data-scrolly="${chart}"] [data-scrolly-frame]`);
}

export async function expectGraphicState(page: Page, chart: string, state: string) {
  await expect(graphicState(page, chart)).toHaveAttribute("data-state", state);
}

/** Records every state the graphic passes through, from page load on. */
export async function recordStates(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __states: string[] }).__states = seen;
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as HTMLElement;
        if (r.attributeName === "data-state" && el.dataset.state) seen.push(el.dataset.state);
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-state"] });
  });
  return () => page.evaluate(() => (window as unknown as { __states: string[] }).__states);
}

/** Scrolls so that a step sits where a reader would be reading it, then waits for scrolling to settle. */
export async function scrollStepIntoView(page: Page, stepId: string) {
  await page.evaluate(
    (id) => document.getElementById(id)?.scrollIntoView({ block: "center", behavior: "instant" }),
    stepId,
  );
}
