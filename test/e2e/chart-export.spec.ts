// "Download the chart": the graphic at its current step, as SVG or PNG, with title, source and date.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectGraphicState, scrollStepIntoView } from "./helpers";

test("a teacher downloads the holdings chart at the step in view, as SVG and as PNG", async ({ page }) => {
  await page.goto("/en/sell-off/");
  await scrollStepIntoView(page, "holdings-china-peak");
  await expectGraphicState(page, "holdings", "china-peak");

  const [svgDownload] = await Promise.all([
    page.waitForEvent("download"),
    page
      .locator('[data-scrolly="holdings"]')
      .getByRole("button", { name: "Download the chart (SVG)" })
      .click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe("holdings-china-peak.svg");
  const svg = await readFile((await svgDownload.path())!, "utf8");
  expect(svg).toContain("<svg");
  expect(svg).toContain("China's and Japan's holdings of US Treasuries");
  expect(svg).toContain("Source: U.S. Department of the Treasury");
  expect(svg).toMatch(/Saved on \d{4}-\d{2}-\d{2}/);
  // The state in view, not step 1: the peak annotation is there.
  expect(svg).toContain('data-key="h-china-peak-dot"');

  const [pngDownload] = await Promise.all([
    page.waitForEvent("download"),
    page
      .locator('[data-scrolly="holdings"]')
      .getByRole("button", { name: "Download the chart (PNG)" })
      .click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe("holdings-china-peak.png");
  const png = await readFile((await pngDownload.path())!);
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect(png.length).toBeGreaterThan(10_000);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the download buttons are not offered", async ({ page }) => {
    await page.goto("/en/sell-off/");
    await expect(page.locator("[data-chart-export]").first()).toBeHidden();
  });
});
