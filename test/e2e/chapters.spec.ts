// Walks every chapter in both languages the way a reader scrolls: every graphic follows every step, and after a
// fast scroll back and forth it shows the step in view. New chapters and charts are covered without edits here.
import { expect, test } from "@playwright/test";
import { expectGraphicState, scrollStepIntoView } from "./helpers";
import { sitemapPaths } from "./site-pages";

test("every chapter's graphics follow the steps in both languages", async ({ page, request }) => {
  test.setTimeout(240_000);
  const chapters = (await sitemapPaths(request)).filter((p) => /^\/(ja|en)\/[^/]+\/$/.test(p));
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`${page.url()}: ${m.text()}`);
  });
  let scrolliesSeen = 0;
  for (const path of chapters) {
    await page.goto(path);
    const scrollies = await page.locator("[data-scrolly]").evaluateAll((els) =>
      els.map((el) => ({
        chart: (el as HTMLElement).dataset.scrolly!,
        steps: [...el.querySelectorAll<HTMLElement>(".step")].map((s) => ({
          id: s.id,
          state: s.dataset.step!,
        })),
      })),
    );
    for (const { chart, steps } of scrollies) {
      scrolliesSeen++;
      for (const step of steps) {
        await scrollStepIntoView(page, step.id);
        await expectGraphicState(page, chart, step.state);
      }
      // A fling back to the first step and on to the last ends on the last.
      await scrollStepIntoView(page, steps[0]!.id);
      await scrollStepIntoView(page, steps.at(-1)!.id);
      await expectGraphicState(page, chart, steps.at(-1)!.state);
    }
  }
  expect(scrolliesSeen).toBeGreaterThanOrEqual(4);
  expect(errors).toEqual([]);
});
