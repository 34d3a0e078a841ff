// axe audit of every page in the sitemap, in both colour schemes: zero violations.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { sitemapPaths } from "./site-pages";

test("every page passes axe in light and dark mode", async ({ browser, request }) => {
  test.setTimeout(300_000);
  const paths = await sitemapPaths(request);
  expect(paths.length).toBeGreaterThan(20);
  const violations: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      for (const v of results.violations) {
        const where = v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ");
        violations.push(`${path} (${colorScheme}) ${v.id}: ${v.help} (${where})`);
      }
    }
    await context.close();
  }
  expect(violations).toEqual([]);
});
