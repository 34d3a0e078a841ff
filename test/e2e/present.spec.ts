// Presentation mode: a chapter as a full-screen stepper a teacher drives with a clicker, and leaves with Escape.
import { expect, test } from "@playwright/test";

test("a clicker's Page Down and Page Up move through the chapter, Escape goes back to it", async ({
  page,
}) => {
  await page.goto("/en/sell-off/");
  await page.getByRole("link", { name: "Present in class" }).click();
  await expect(page).toHaveURL(/\/en\/present\/sell-off\/$/);
  // The stepper marks itself ready once its keys are wired.
  await expect(page.locator("[data-stepper][data-ready]")).toBeAttached();
  const counter = page.locator("[data-stepper-counter]");
  await expect(counter).toContainText("Step 1 of");
  await page.keyboard.press("PageDown");
  await expect(counter).toContainText("Step 2 of");
  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageUp");
  await expect(counter).toContainText("Step 2 of");
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/en\/sell-off\/(#.*)?$/);
});

test("presentation mode uses large type and is kept out of search engines", async ({ page }) => {
  await page.goto("/ja/present/how-qe-works/");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const size = await page
    .locator(".stepper")
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(20);
});
