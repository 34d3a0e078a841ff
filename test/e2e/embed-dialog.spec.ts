// "Embed this" on a chapter page: the dialog, its snippet and choices, copying, and the live preview.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const CHAPTER = "/en/sell-off/";

async function openChapterDialog(page: Page) {
  await page.goto(CHAPTER);
  const trigger = page.getByRole("button", { name: "Embed this chapter" });
  await trigger.click();
  const dialog = page.getByRole("dialog", { name: "Embed this chapter" });
  await expect(dialog).toBeVisible();
  return { trigger, dialog, code: dialog.getByLabel("Embed code") };
}

test("the snippet is an iframe with a title, lazy loading, full width and a height, for this chapter", async ({
  page,
  baseURL,
}) => {
  const { dialog, code } = await openChapterDialog(page);
  await expect(code).toHaveValue(
    new RegExp(
      `^<iframe src="${baseURL}/en/embed/sell-off/" title="Two big lenders step back: [^"]+" width="100%" height="740" loading="lazy"[^>]*></iframe>$`,
    ),
  );
  const preview = dialog.locator("iframe[data-embed-preview]");
  await expect(preview).toHaveAttribute("src", `${baseURL}/en/embed/sell-off/`);
  await expect(page.frameLocator("iframe[data-embed-preview]").locator("h1")).toHaveText(
    "Two big lenders step back",
  );
});

test("language, start step, height and auto-height change the snippet and the preview", async ({
  page,
  baseURL,
}) => {
  const { dialog, code } = await openChapterDialog(page);
  await dialog.getByRole("radio", { name: "日本語" }).check();
  await dialog.getByLabel("Start at").selectOption("holdings-china-peak");
  await dialog.getByLabel("Height (pixels)").fill("600");
  await expect(code).toHaveValue(
    new RegExp(`src="${baseURL}/ja/embed/sell-off/\\?step=holdings-china-peak" title="二大債権国の後退`),
  );
  await expect(code).toHaveValue(/height="600"/);
  const preview = dialog.locator("iframe[data-embed-preview]");
  await expect(preview).toHaveCSS("height", "600px");
  await expect(
    page
      .frameLocator("iframe[data-embed-preview]")
      .locator("[data-stepper-group][data-active] [data-stepper-frame]"),
  ).toHaveAttribute("data-state", "china-peak");

  await dialog.getByLabel("Resize to fit the content").check();
  await expect(code).toHaveValue(
    new RegExp(`</iframe>\\n<script src="${baseURL}/embed.js" async></script>$`),
  );
  // The preview now takes its content's height, as the loader would.
  await expect.poll(async () => (await preview.boundingBox())!.height).not.toBe(600);
});

test("Copy puts the snippet on the clipboard and says so", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL! });
  const { dialog, code } = await openChapterDialog(page);
  await dialog.getByRole("button", { name: "Copy code" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Copied to the clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
});

test("where the Clipboard API is missing, Copy selects the code and tells the reader how to copy it", async ({
  page,
}) => {
  await page.addInitScript(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
  const { dialog, code } = await openChapterDialog(page);
  await dialog.getByRole("button", { name: "Copy code" }).click();
  await expect(dialog.getByRole("status")).toContainText("press Ctrl+C");
  await expect(code).toBeFocused();
  const selected = await code.evaluate((el: HTMLTextAreaElement) =>
    el.value.slice(el.selectionStart, el.selectionEnd),
  );
  expect(selected).toBe(await code.inputValue());
});

test("Escape closes the dialog and focus returns to the button that opened it", async ({ page }) => {
  const { trigger, dialog } = await openChapterDialog(page);
  await expect(dialog.locator(":focus")).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  // The Close button does the same.
  await trigger.click();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(trigger).toBeFocused();
});

test("each chart offers its own embed, starting at any of its steps", async ({ page, baseURL }) => {
  await page.goto(CHAPTER);
  const trigger = page.locator('[data-scrolly="holdings"]').getByRole("button", { name: "Embed this chart" });
  await trigger.click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { level: 2 })).toContainText(
    "Embed this chart: China's and Japan's holdings",
  );
  await expect(dialog.getByLabel("Start at").locator("option")).toHaveCount(6);
  await dialog.getByLabel("Start at").selectOption("after-april");
  await expect(dialog.getByLabel("Embed code")).toHaveValue(
    new RegExp(`^<iframe src="${baseURL}/en/embed/chart/holdings/\\?step=after-april"`),
  );
  await expect(
    page.frameLocator("iframe[data-embed-preview]").locator("[data-stepper-frame]"),
  ).toHaveAttribute("data-state", "after-april");
});

test("without JavaScript the embed buttons are not offered", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  await expect(page.locator("[data-embed-open]").first()).toBeHidden();
  await context.close();
});

test("the open dialog passes axe in light and dark mode", async ({ browser }) => {
  test.setTimeout(60_000);
  const violations: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await openChapterDialog(page);
    const results = await new AxeBuilder({ page }).include("dialog").analyze();
    for (const v of results.violations) violations.push(`${colorScheme} ${v.id}: ${v.help}`);
    await context.close();
  }
  expect(violations).toEqual([]);
});
