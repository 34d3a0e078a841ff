// The scroll engine, as a reader meets it in chapter 1's holdings chart.
import { expect, test } from "@playwright/test";
import { expectGraphicState, graphicState, recordStates, scrollStepIntoView } from "./helpers";

const CHAPTER = "/en/sell-off/";
const states = ["long-view", "china-peak", "japan-path", "article-table", "after-april"];

test.describe("scrolling through the holdings chart", () => {
  test("each step in view puts the graphic in that step's state", async ({ page }) => {
    await page.goto(CHAPTER);
    for (const state of states) {
      await scrollStepIntoView(page, `holdings-${state}`);
      await expectGraphicState(page, "holdings", state);
    }
    // And back up again.
    await scrollStepIntoView(page, "holdings-china-peak");
    await expectGraphicState(page, "holdings", "china-peak");
  });

  test("reloading mid-page shows the step in view, not step 1", async ({ page }) => {
    await page.goto(CHAPTER);
    await scrollStepIntoView(page, "holdings-japan-path");
    await expectGraphicState(page, "holdings", "japan-path");
    await page.reload();
    await expectGraphicState(page, "holdings", "japan-path");
  });

  test("a link to #step opens the page at that step, without passing through the others", async ({
    page,
  }) => {
    const seen = await recordStates(page);
    await page.goto(`${CHAPTER}#holdings-article-table`);
    await expectGraphicState(page, "holdings", "article-table");
    await expect(page.locator("#holdings-article-table")).toBeInViewport();
    expect(await seen()).not.toContain("china-peak");
    expect(await seen()).not.toContain("japan-path");
  });

  test("a fast fling down and back up ends on the step in view", async ({ page }) => {
    await page.goto(CHAPTER);
    await scrollStepIntoView(page, "holdings-long-view");
    await expectGraphicState(page, "holdings", "long-view");
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 900);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -700);
    await page.waitForTimeout(400);
    const inView = await page.evaluate(() => {
      const line = innerHeight * 0.5;
      const steps = [...document.querySelectorAll<HTMLElement>('[data-scrolly="holdings"] .step')];
      const passed = steps.filter((s) => s.getBoundingClientRect().top <= line);
      return (passed.at(-1) ?? steps[0])!.dataset.step;
    });
    await expectGraphicState(page, "holdings", inView!);
  });

  test("the language switch keeps the reader's chapter and step", async ({ page }) => {
    await page.goto(CHAPTER);
    await scrollStepIntoView(page, "holdings-japan-path");
    await expectGraphicState(page, "holdings", "japan-path");
    const switchLink = page.locator("a[data-lang-switch]");
    await expect(switchLink).toHaveAttribute("href", /\/ja\/sell-off\/#holdings-japan-path$/);
    // Follow it from the keyboard: Playwright's click() would first scroll the page to "reveal" the sticky header.
    await switchLink.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/ja\/sell-off\/#holdings-japan-path$/);
    await expectGraphicState(page, "holdings", "japan-path");
  });

  test("resizing to a phone and rotating keeps the step in view and redraws at the new size", async ({
    page,
  }) => {
    await page.goto(CHAPTER);
    await scrollStepIntoView(page, "holdings-china-peak");
    await expectGraphicState(page, "holdings", "china-peak");
    for (const size of [
      { width: 375, height: 667 },
      { width: 667, height: 375 },
      { width: 390, height: 780 },
    ]) {
      await page.setViewportSize(size);
      await scrollStepIntoView(page, "holdings-japan-path");
      await expectGraphicState(page, "holdings", "japan-path");
      const frame = await graphicState(page, "holdings").boundingBox();
      const viewBoxWidth = await page
        .locator('[data-scrolly="holdings"] [data-scrolly-frame] svg')
        .evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.width);
      expect(Math.abs(viewBoxWidth - frame!.width)).toBeLessThanOrEqual(1);
    }
  });

  test("a shorter viewport (the mobile address bar appearing) does not break the triggers", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 780 });
    await page.goto(CHAPTER);
    await scrollStepIntoView(page, "holdings-article-table");
    await page.setViewportSize({ width: 390, height: 724 });
    await scrollStepIntoView(page, "holdings-after-april");
    await expectGraphicState(page, "holdings", "after-april");
  });
});

test.describe("keyboard", () => {
  test("Next and Previous buttons move between steps, move focus and announce the step", async ({ page }) => {
    await page.goto(CHAPTER);
    await scrollStepIntoView(page, "holdings-long-view");
    const next = page.getByRole("button", { name: "Next step" }).first();
    // The controls are disabled until the page's scripts arrive, a moment after the first paint.
    await expect(next).toBeEnabled();
    await next.focus();
    await page.keyboard.press("Enter");
    await expectGraphicState(page, "holdings", "china-peak");
    await expect(page.locator("#holdings-china-peak")).toBeFocused();
    await expect(page.locator('[data-scrolly="holdings"] [data-scrolly-live]')).toContainText("Step 2 of 5");
    await page.getByRole("button", { name: "Previous step" }).first().click();
    await expectGraphicState(page, "holdings", "long-view");
  });

  test("before the page's scripts arrive, the step and embed buttons are visibly disabled, never dead", async ({
    page,
  }) => {
    // Hold the scripts back, as a slow network would after the first paint.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/(Scrolly|EmbedDialog)\.astro.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(CHAPTER);
    const next = page.getByRole("button", { name: "Next step" }).first();
    const embed = page.getByRole("button", { name: "Embed this chapter" });
    await expect(next).toBeVisible();
    await expect(next).toBeDisabled();
    await expect(embed).toBeDisabled();
    release();
    await expect(next).toBeEnabled();
    await expect(embed).toBeEnabled();
    await next.click();
    await expectGraphicState(page, "holdings", "china-peak");
  });

  test("j/k and the arrow keys inside the section step through it", async ({ page }) => {
    await page.goto(CHAPTER);
    await scrollStepIntoView(page, "holdings-long-view");
    await expectGraphicState(page, "holdings", "long-view");
    await page.keyboard.press("j");
    await expectGraphicState(page, "holdings", "china-peak");
    await page.keyboard.press("ArrowDown");
    await expectGraphicState(page, "holdings", "japan-path");
    await page.keyboard.press("k");
    await expectGraphicState(page, "holdings", "china-peak");
  });

  test("the pinned graphic is hidden from screen readers and each step describes it in words", async ({
    page,
  }) => {
    await page.goto(CHAPTER);
    await expect(page.locator('[data-scrolly="holdings"] .scrolly__graphic')).toHaveAttribute(
      "aria-hidden",
      "true",
    );
    for (const state of states) {
      await expect(page.locator(`#holdings-${state} [data-step-desc]`)).not.toBeEmpty();
    }
  });
});

test.describe("motion", () => {
  test("reduced motion sets the motion token to zero and ends in the same state", async ({ browser }) => {
    const finalPath = async (reducedMotion: "reduce" | "no-preference") => {
      const page = await browser.newPage({ reducedMotion });
      await page.goto(CHAPTER);
      await scrollStepIntoView(page, "holdings-long-view");
      await expectGraphicState(page, "holdings", "long-view");
      await page.keyboard.press("j");
      await expectGraphicState(page, "holdings", "china-peak");
      const token = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue("--motion-duration").trim(),
      );
      await page.waitForTimeout(reducedMotion === "reduce" ? 50 : 1200);
      const d = await page
        .locator('[data-scrolly="holdings"] [data-scrolly-frame] [data-key="h-line-china"]')
        .getAttribute("d");
      await page.close();
      return { token, d };
    };
    const reduced = await finalPath("reduce");
    const full = await finalPath("no-preference");
    expect(Number.parseFloat(reduced.token)).toBe(0);
    expect(Number.parseFloat(full.token)).toBeGreaterThan(0);
    expect(reduced.d).toBe(full.d);
  });
});

test.describe("reading aids and layout", () => {
  test("the reading progress bar advances as the reader scrolls", async ({ page }) => {
    await page.goto(CHAPTER);
    const bar = page.getByRole("progressbar", { name: "Reading progress" });
    await expect.poll(() => bar.evaluate((el) => (el as HTMLProgressElement).value)).toBeLessThan(5);
    await scrollStepIntoView(page, "holdings-after-april");
    await expect.poll(() => bar.evaluate((el) => (el as HTMLProgressElement).value)).toBeGreaterThan(10);
  });

  test("at 320 px nothing scrolls sideways", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ["/ja/", "/en/", CHAPTER, "/ja/sell-off/"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every step is followed by its graphic, rendered on the server", async ({ page }) => {
    await page.goto(CHAPTER);
    await expect(page.locator('[data-scrolly="holdings"] .scrolly__graphic')).toBeHidden();
    for (const state of states) {
      const frame = page.locator(`#holdings-${state} figure.step__frame`);
      await expect(frame).toBeVisible();
      await expect(frame.locator("svg")).toHaveAttribute("role", "img");
      await expect(frame.locator("figcaption")).not.toBeEmpty();
    }
    // The step buttons need JavaScript, so they are not shown at all.
    await expect(page.locator('[data-scrolly="holdings"] [data-step-next]')).toBeHidden();
  });
});
