// The printed handout: every step's graphic beside its text, light colours whatever the theme, no controls,
// sources and the page's address on paper.
import { expect, test } from "@playwright/test";

test("printing a chapter gives every step its graphic, in light colours, without controls", async ({
  browser,
}) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/en/sell-off/");
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  const steps = page.locator('[data-scrolly="holdings"] .step');
  const count = await steps.count();
  expect(count).toBe(5);
  for (let i = 0; i < count; i++) {
    const step = steps.nth(i);
    await expect(step.locator("figure.step__frame svg")).toBeVisible();
    // Text and graphic side by side on the page.
    const text = await step.locator(".step__card").boundingBox();
    const figure = await step.locator("figure.step__frame").boundingBox();
    expect(figure!.x).toBeGreaterThan(text!.x + text!.width - 1);
    expect(await step.evaluate((el) => getComputedStyle(el).breakInside)).toBe("avoid");
  }
  await expect(page.locator('[data-scrolly="holdings"] .scrolly__graphic')).toBeHidden();
  await expect(page.locator('[data-scrolly="holdings"] .scrolly__controls')).toBeHidden();
  await expect(page.locator(".site-header")).toBeHidden();
  const paper = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(paper).toBe("rgb(255, 255, 255)");
  await expect(page.locator('[data-scrolly="holdings"] .chart-footer__source')).toBeVisible();
  await expect(page.locator(".chapter-sources")).toContainText("https://");
  await context.close();
});
