// Embed pages on their own: what search engines see, the stepper by keyboard, touch and links, the
// start step, the page without any script, and accessibility.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { sitemapPaths } from "./site-pages";

const CHAPTER_EMBED = "/en/embed/sell-off/";
const CHART_EMBED = "/en/embed/chart/holdings/";
const holdingsStates = ["long-view", "china-peak", "japan-path", "article-table", "after-april"];

const graphic = (page: Page) => page.locator("[data-stepper-group][data-active] [data-stepper-frame]");
const activeStep = (page: Page) => page.locator("[data-step-key][data-active]");

async function ready(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("[data-stepper][data-ready]")).toBeAttached();
}

test.describe("embed pages for search engines and hosts", () => {
  for (const [path, chapter] of [
    [CHAPTER_EMBED, "/en/sell-off/"],
    ["/ja/embed/chart/yield/", "/ja/sell-off/"],
  ] as const) {
    test(`${path} asks not to be indexed and names the full chapter as canonical`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${chapter}$`));
      // No site chrome inside the frame; links leave the frame for a new tab.
      await expect(page.locator(".site-header, .site-footer, .skip-link")).toHaveCount(0);
      await expect(page.locator("base")).toHaveAttribute("target", "_blank");
    });
  }

  test("embed pages stay out of the sitemap", async ({ request }) => {
    const paths = await sitemapPaths(request);
    expect(paths.filter((p) => p.includes("/embed/"))).toEqual([]);
  });

  test("every chapter and every chart on the site has an embed page in both languages", async ({
    page,
    request,
  }) => {
    await page.goto("/en/");
    const chapters = await page
      .locator(".chapter-list a")
      .evaluateAll((links) =>
        links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split("/")[2]!),
      );
    expect(chapters).toHaveLength(9);
    const charts = new Set<string>();
    for (const slug of chapters) {
      await page.goto(`/en/${slug}/`);
      const ids = await page
        .locator("[data-scrolly]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-scrolly")!));
      for (const id of ids) charts.add(id);
    }
    expect(charts.size).toBeGreaterThanOrEqual(2);
    for (const lang of ["ja", "en"]) {
      for (const path of [
        ...chapters.map((s) => `/${lang}/embed/${s}/`),
        ...[...charts].map((c) => `/${lang}/embed/chart/${c}/`),
      ]) {
        expect((await request.get(path)).status(), path).toBe(200);
      }
    }
  });

  test("each chapter page links an oEmbed document that embeds the chapter in its language", async ({
    page,
    request,
  }) => {
    await page.goto("/ja/sell-off/");
    const discovery = page.locator('link[rel="alternate"][type="application/json+oembed"]');
    const url = new URL((await discovery.getAttribute("href"))!);
    const doc = await (await request.get(url.pathname)).json();
    expect(doc).toMatchObject({
      version: "1.0",
      type: "rich",
      lang: "ja",
      title: await page.locator("h1").textContent(),
    });
    expect(doc.html).toMatch(/^<iframe src="[^"]*\/ja\/embed\/sell-off\/" title="[^"]+"[^>]*loading="lazy"/);
    expect(doc.alternates.map((a: { lang: string }) => a.lang)).toEqual(["ja", "en"]);
    expect(Number.isInteger(doc.width) && Number.isInteger(doc.height)).toBe(true);
  });
});

test.describe("the chart embed", () => {
  test("?step= opens that step; a value that names no step opens the first", async ({ page }) => {
    await ready(page, `${CHART_EMBED}?step=japan-path`);
    await expect(graphic(page)).toHaveAttribute("data-state", "japan-path");
    await expect(page.locator("[data-stepper-counter]")).toHaveText("Step 3 of 5");
    await ready(page, `${CHART_EMBED}?step=japan-path%22%3E%3Cscript%3E`);
    await expect(graphic(page)).toHaveAttribute("data-state", "long-view");
    await expect(page.locator("[data-stepper-prev]")).toHaveAttribute("aria-disabled", "true");
  });

  test("Next, Back and the arrow keys walk every step, and each step's text says what the graphic shows", async ({
    page,
  }) => {
    // The chart's own description of each state, as the chapter gives it to screen readers.
    await page.goto("/en/sell-off/");
    const descriptions = await Promise.all(
      holdingsStates.map((state) => page.locator(`#holdings-${state} [data-step-desc]`).textContent()),
    );
    await ready(page, CHART_EMBED);
    const next = page.getByRole("button", { name: "Next" });
    for (const [i, state] of holdingsStates.entries()) {
      await expect(graphic(page)).toHaveAttribute("data-state", state);
      await expect(activeStep(page)).toHaveAttribute("data-step-key", state);
      await expect(activeStep(page).locator(".stepper__text")).toHaveText(descriptions[i]!);
      if (i < holdingsStates.length - 1) await next.click();
    }
    await expect(next).toHaveAttribute("aria-disabled", "true");
    await expect(page.locator("[data-stepper-live]")).toContainText("Step 5 of 5");
    await page.keyboard.press("ArrowLeft");
    await expect(graphic(page)).toHaveAttribute("data-state", "article-table");
    await page.getByRole("button", { name: "Back" }).click();
    await expect(graphic(page)).toHaveAttribute("data-state", "japan-path");
    await page.keyboard.press("ArrowRight");
    await expect(graphic(page)).toHaveAttribute("data-state", "article-table");
  });

  test("the live graphic is drawn at its frame's size and hidden from screen readers", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await ready(page, CHART_EMBED);
    const svg = page.locator("[data-stepper-frame] svg").first();
    const box = await svg.boundingBox();
    const viewBoxWidth = await svg.evaluate((el) => (el as SVGSVGElement).viewBox.baseVal.width);
    expect(Math.abs(viewBoxWidth - box!.width)).toBeLessThanOrEqual(1);
    await expect(page.locator(".stepper__graphic").first()).toHaveAttribute("aria-hidden", "true");
  });

  test("a swipe to the left goes forward and one to the right goes back", async ({ page }) => {
    await ready(page, CHART_EMBED);
    const swipe = (dx: number) =>
      page.locator("[data-stepper-body]").evaluate((body, dx) => {
        const touch = (type: string, x: number) =>
          body.dispatchEvent(
            new PointerEvent(type, {
              pointerId: 7,
              pointerType: "touch",
              isPrimary: true,
              clientX: x,
              clientY: 300,
              bubbles: true,
            }),
          );
        touch("pointerdown", 200);
        touch("pointerup", 200 + dx);
      }, dx);
    await swipe(-120);
    await expect(graphic(page)).toHaveAttribute("data-state", "china-peak");
    await swipe(120);
    await expect(graphic(page)).toHaveAttribute("data-state", "long-view");
  });
});

test.describe("the chapter embed", () => {
  test("steps through the chapter's prose and its charts in story order", async ({ page }) => {
    await ready(page, CHAPTER_EMBED);
    await expect(activeStep(page)).toHaveAttribute("data-step-key", "intro");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Two big lenders step back");
    const keys = await page
      .locator("[data-step-key]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-step-key")));
    expect(keys.slice(-2)).toEqual(["takeaways", "notes"]);
    expect(keys.indexOf("holdings-long-view")).toBeLessThan(keys.indexOf("yield-long-run"));
    // The first chart step follows the prose that introduces it.
    const first = keys.indexOf("holdings-long-view");
    await ready(page, `${CHAPTER_EMBED}?step=${keys[first - 1]}`);
    await expect(page.locator("[data-stepper-group][data-active] [data-stepper-frame]")).toHaveCount(0);
    await page.keyboard.press("ArrowRight");
    await expect(graphic(page)).toHaveAttribute("data-state", "long-view");
    await page.keyboard.press("ArrowRight");
    await expect(graphic(page)).toHaveAttribute("data-state", "china-peak");
    // "Read the full chapter" opens the chapter at the step being read.
    await expect(page.getByRole("link", { name: /Read the full chapter/ })).toHaveAttribute(
      "href",
      "/en/sell-off/#holdings-china-peak",
    );
  });

  test("a footnote reference opens the notes step at that note, and its back link returns", async ({
    page,
  }) => {
    await ready(page, `${CHAPTER_EMBED}?step=part-1`);
    const reference = activeStep(page).locator("a[data-footnote-ref]").first();
    await reference.click();
    await expect(activeStep(page)).toHaveAttribute("data-step-key", "notes");
    const note = page.locator(":focus");
    await expect(note).toBeVisible();
    await note.locator("a[data-footnote-backref]").first().click();
    await expect(activeStep(page)).toHaveAttribute("data-step-key", "part-1");
    await expect(page.locator(":focus")).toHaveAttribute("data-footnote-ref", "true");
  });
});

test.describe("an embed without any script", () => {
  test.use({ javaScriptEnabled: false });

  test("lists every step's text followed by its graphic, rendered on the server", async ({ page }) => {
    await page.goto(CHART_EMBED);
    await expect(page.locator("[data-stepper-frame]")).toBeHidden();
    await expect(page.locator(".stepper__controls")).toBeHidden();
    for (const state of holdingsStates) {
      const step = page.locator(`[data-step-key="${state}"]`);
      await expect(step.locator(".stepper__text")).toBeVisible();
      await expect(step.locator("figure svg")).toBeVisible();
      await expect(step.locator("figure svg")).toHaveAttribute("role", "img");
    }
    await page.goto(CHAPTER_EMBED);
    for (const key of ["intro", "holdings-after-april", "yield-long-run", "takeaways", "notes"]) {
      await expect(page.locator(`[data-step-key="${key}"]`)).toBeVisible();
    }
  });
});

test("a chapter embed and a chart embed pass axe in light and dark mode", async ({ browser }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    for (const path of [
      CHAPTER_EMBED,
      "/ja/embed/sell-off/?step=holdings-china-peak",
      CHART_EMBED,
      "/ja/embed/chart/yield/",
    ]) {
      await ready(page, path);
      const results = await new AxeBuilder({ page }).analyze();
      for (const v of results.violations) violations.push(`${path} (${colorScheme}) ${v.id}: ${v.help}`);
    }
    await context.close();
  }
  expect(violations).toEqual([]);
});
