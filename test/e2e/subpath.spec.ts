// Hosting under a sub-path: the build made by `node test/checks/subpath.ts` (BASE=/explainer/ into
// dist-subpath, link-checked there) served under /explainer/ like a school server would. Every sitemap URL,
// every link and asset on every page and every CSV download answers there; a reader's browser never asks for
// anything outside the sub-path; the charts still load their code and draw.
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { builtSite, htmlPages } from "../checks/site.ts";
import { startStaticServer } from "../support/static-server.mjs";

const DIST = process.env.SUBPATH_DIST ?? "dist-subpath";
const BASE = process.env.SUBPATH_BASE ?? "/explainer/";

let server: Server | undefined;
let origin = "";

test.beforeAll(async () => {
  if (!existsSync(`${DIST}/sitemap.xml`)) {
    throw new Error(`${DIST} is missing: build it with \`node test/checks/subpath.ts\` (BASE=${BASE}) first`);
  }
  server = (await startStaticServer({ dir: DIST, port: 0, base: BASE })) as Server;
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => {
  server?.close();
});

/** The sitemap's URLs, as paths on the local server. */
async function sitemapPaths(page: Page): Promise<string[]> {
  const response = await page.request.get(`${origin}${BASE}sitemap.xml`);
  expect(response.status()).toBe(200);
  const locs = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? "");
  return locs.map((loc) => new URL(loc).pathname);
}

/** Every request the page makes, with its status; requests outside the sub-path count as failures. */
function recordRequests(page: Page): string[] {
  const failures: string[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin) return;
    if (!url.pathname.startsWith(BASE))
      failures.push(`${page.url()} asked for ${url.pathname}, outside ${BASE}`);
    else if (response.status() >= 400)
      failures.push(`${page.url()}: ${url.pathname} answered ${response.status()}`);
  });
  page.on("requestfailed", (request) => failures.push(`${page.url()}: ${request.url()} failed`));
  return failures;
}

test("every sitemap URL of the sub-path build is under the sub-path and serves its page there", async ({
  page,
}) => {
  const paths = await sitemapPaths(page);
  expect(paths.length).toBeGreaterThan(20);
  for (const path of paths) {
    expect(path.startsWith(BASE), `${path} should start with ${BASE}`).toBe(true);
    const response = await page.request.get(origin + path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain("text/html");
  }
});

/** Every site URL the page at `path` names (href, src, srcset), as URLs on the local server. */
async function linkedUrls(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(origin + path, { waitUntil: "networkidle" });
  expect(response?.status(), path).toBe(200);
  const urls = await page.$$eval("[href], [src], [srcset]", (elements) =>
    elements.flatMap((el) => {
      const srcset =
        el
          .getAttribute("srcset")
          ?.split(",")
          .map((c) => c.trim().split(/\s+/)[0] ?? "") ?? [];
      return [el.getAttribute("href"), el.getAttribute("src"), ...srcset]
        .filter((v): v is string => !!v && !v.startsWith("#") && !/^(mailto|tel|data):/.test(v))
        .map((v) => new URL(v, document.baseURI).href);
    }),
  );
  // Absolute URLs on the configured site (canonical, hreflang, Open Graph, oEmbed) are checked on this server.
  const canonical = await page.evaluate(() =>
    document.querySelector("link[rel=canonical]")?.getAttribute("href"),
  );
  const siteOrigin = new URL(canonical ?? origin).origin;
  return urls
    .map((url) => new URL(url))
    .filter((u) => u.origin === origin || u.origin === siteOrigin)
    .map((u) => `${origin}${u.pathname}`);
}

// The sitemap's pages and the unindexed ones (embeds), in three groups so the two workers share them.
const groups = {
  Japanese: (path: string) => path.startsWith(`${BASE}ja/`),
  English: (path: string) => path.startsWith(`${BASE}en/`),
  "language-neutral": (path: string) => !/^(ja|en)\//.test(path.slice(BASE.length)),
};

for (const [name, inGroup] of Object.entries(groups)) {
  test(`every link, asset, CSV download and oEmbed URL on every ${name} page answers under the sub-path`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const failures = recordRequests(page);
    const built = htmlPages(builtSite(DIST, BASE)).map((p) => p.path);
    const paths = [...new Set([...(await sitemapPaths(page)), ...built])].filter(inGroup);
    expect(paths.length).toBeGreaterThan(0);
    const targets = new Map<string, string>();
    for (const path of paths) for (const url of await linkedUrls(page, path)) targets.set(url, path);
    if (name !== "language-neutral") {
      const kinds = [...targets.keys()];
      expect(
        kinds.filter((url) => url.endsWith(".csv")).length,
        "chapters offer their data as CSV",
      ).toBeGreaterThan(0);
      expect(
        kinds.filter((url) => url.includes("/oembed/")).length,
        "chapters name their oEmbed URL",
      ).toBeGreaterThan(0);
    }
    for (const [url, from] of targets) {
      const pathname = new URL(url).pathname;
      expect(pathname.startsWith(BASE), `${from} links to ${pathname}, outside ${BASE}`).toBe(true);
      const response = await page.request.get(url);
      expect(response.status(), `${url} (linked from ${from})`).toBe(200);
      if (url.endsWith(".csv")) {
        expect(response.headers()["content-type"]).toContain("text/csv");
        expect((await response.text()).split("\n").length, url).toBeGreaterThan(2);
      }
    }
    expect(failures).toEqual([]);
  });
}

test("a reader under the sub-path scrolls a chapter, its charts load and draw, and the links stay inside", async ({
  page,
}) => {
  const failures = recordRequests(page);
  await page.goto(`${origin}${BASE}en/`);
  await page.locator(".chapter-list a").first().click();
  await expect(page).toHaveURL(new RegExp(`^${origin}${BASE}en/[^/]+/$`));
  const frames = page.locator("[data-scrolly-frame]");
  expect(await frames.count()).toBeGreaterThan(0);
  for (let i = 0; i < 200; i++) {
    const done = await page.evaluate(() => {
      scrollBy(0, innerHeight * 0.6);
      return scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(80);
    if (done) break;
  }
  // The scroll engine marks each graphic with the state it drew: proof its chart code loaded from the sub-path.
  for (const frame of await frames.all()) await expect(frame).toHaveAttribute("data-state", /.+/);
  // Each page fetches its scripts after the first paint; leaving before they arrive would abort them.
  const scriptsLoaded = () => expect(page.locator("html")).toHaveAttribute("data-scripts", "loaded");
  await page.locator("a[rel=next]").click();
  await expect(page).toHaveURL(new RegExp(`^${origin}${BASE}en/[^/]+/$`));
  await scriptsLoaded();
  await page.locator("[data-lang-switch]").click();
  await expect(page).toHaveURL(new RegExp(`^${origin}${BASE}ja/[^/]+/$`));
  await scriptsLoaded();
  expect(failures).toEqual([]);
});
