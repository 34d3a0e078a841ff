// Glossary terms in the prose: a short definition on hover, keyboard focus and tap; Escape hides it.
import { expect, test } from "@playwright/test";

test("a term's definition shows on keyboard focus and hides with Escape", async ({ page }) => {
  await page.goto("/en/sell-off/");
  const term = page.locator("[data-term]").first();
  const tip = term.getByRole("tooltip");
  await expect(tip).toBeHidden();
  await term.locator("a").focus();
  await expect(tip).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();
});

test("a term's definition shows on hover", async ({ page }) => {
  await page.goto("/ja/sell-off/");
  const term = page.locator("[data-term]").first();
  await term.locator("a").hover();
  await expect(term.getByRole("tooltip")).toBeVisible();
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true, viewport: { width: 375, height: 700 } });

  test("the first tap opens the definition, a tap elsewhere closes it", async ({ page }) => {
    await page.goto("/en/sell-off/");
    const term = page.locator("[data-term]").first();
    await term.locator("a").scrollIntoViewIfNeeded();
    await term.locator("a").tap();
    await expect(page).toHaveURL(/\/en\/sell-off\/$/);
    await expect(term.getByRole("tooltip")).toBeVisible();
    await page.locator("h1").tap();
    await expect(term.getByRole("tooltip")).toBeHidden();
  });
});

test("each term links to its glossary entry", async ({ page }) => {
  await page.goto("/en/sell-off/");
  const href = await page.locator("[data-term] a").first().getAttribute("href");
  expect(href).toMatch(/^\/en\/glossary\/#[a-z-]+$/);
  await page.goto(href!);
  await expect(page.locator(`[id="${href!.split("#")[1]}"]`)).toBeVisible();
});
