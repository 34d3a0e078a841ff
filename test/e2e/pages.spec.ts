// The site's pages as a reader and a search engine meet them: cover, chapters, navigation, languages.
import { expect, test } from "@playwright/test";
import { sitemapPaths } from "./site-pages";

for (const lang of ["ja", "en"] as const) {
  test(`the ${lang} cover lists all nine chapters in order, each with a summary and reading time`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/`);
    const items = page.locator(".chapter-list li");
    await expect(items).toHaveCount(9);
    for (let i = 0; i < 9; i++) {
      await expect(items.nth(i).locator(".chapter-list__n")).toContainText(
        lang === "ja" ? `第${i + 1}章` : `Chapter ${i + 1}`,
      );
      await expect(items.nth(i).locator(".chapter-list__summary")).not.toBeEmpty();
      await expect(items.nth(i).locator(".chapter-list__meta")).toContainText(lang === "ja" ? "分" : "min");
    }
  });

  test(`a reader can walk the ${lang} chapters from first to last with the Next links`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await page.locator(".chapter-list a").first().click();
    const titles: string[] = [];
    for (let i = 0; i < 9; i++) {
      titles.push((await page.locator("h1").textContent()) ?? "");
      const next = page.locator("a[rel=next]");
      if (i < 8) await next.click();
      else await expect(next).toHaveCount(0);
    }
    expect(new Set(titles).size).toBe(9);
  });
}

test("every chapter page names its language, its alternates and its Open Graph card", async ({
  page,
  request,
}) => {
  const paths = (await sitemapPaths(request)).filter((p) => /^\/(ja|en)\/[^/]+\/$/.test(p));
  expect(paths.length).toBeGreaterThanOrEqual(18);
  for (const path of paths) {
    await page.goto(path);
    const lang = path.split("/")[1]!;
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator('link[rel=alternate][hreflang="ja"]')).toHaveAttribute(
      "href",
      new RegExp(path.replace(/^\/(ja|en)/, "/ja") + "$"),
    );
    await expect(page.locator('link[rel=alternate][hreflang="en"]')).toHaveAttribute(
      "href",
      new RegExp(path.replace(/^\/(ja|en)/, "/en") + "$"),
    );
    for (const property of ["og:title", "og:description", "og:url"]) {
      await expect(page.locator(`meta[property="${property}"]`)).toHaveAttribute("content", /.+/);
    }
    expect((await page.title()).length).toBeGreaterThan(5);
  }
});

test("the root page offers both languages", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('a[hreflang="ja"]')).toHaveAttribute("href", "/ja/");
  await expect(page.locator('a[hreflang="en"]')).toHaveAttribute("href", "/en/");
});

test("the sitemap lists each page in both languages", async ({ request }) => {
  const paths = await sitemapPaths(request);
  const ja = paths.filter((p) => p.startsWith("/ja/")).map((p) => p.slice(3));
  const en = paths.filter((p) => p.startsWith("/en/")).map((p) => p.slice(3));
  expect(ja.sort()).toEqual(en.sort());
  for (const path of paths) expect((await request.get(path)).status(), path).toBe(200);
});
