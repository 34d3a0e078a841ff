// Privacy and the Content-Security-Policy: every page in the sitemap, and every other page of the build (the
// embeds, which are not indexed), loaded and scrolled to the end so the charts load and animate, requests
// nothing from another origin, logs no console error and triggers no CSP violation. Works with or without a CSP
// on the page: without one there is simply nothing to violate.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { builtSite, htmlPages } from "../checks/site.ts";
import { sitemapPaths } from "./site-pages";

// The folder test/playwright.config.ts serves.
const DIST = process.env.E2E_DIST ?? "dist";

async function everyPage(request: APIRequestContext): Promise<string[]> {
  const built = htmlPages(builtSite(DIST)).map((page) => page.path);
  return [...new Set([...(await sitemapPaths(request)), ...built])].sort();
}

type CspWindow = Window & { __cspViolations: string[] };

/** Starts recording what must not happen on `page`; returns the list the records go to. */
async function watch(page: Page, origin: string): Promise<string[]> {
  const problems: string[] = [];
  const where = () => new URL(page.url()).pathname;
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.origin !== origin) problems.push(`${where()}: request to another origin: ${request.url()}`);
  });
  page.on("websocket", (socket) => problems.push(`${where()}: WebSocket to ${socket.url()}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${where()}: console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${where()}: uncaught ${error.name}: ${error.message}`));
  // Chromium also logs a violation to the console; the event names the directive and the blocked resource.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as CspWindow).__cspViolations = seen;
    document.addEventListener(
      "securitypolicyviolation",
      (e) =>
        seen.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || "inline code"} at ${e.sourceFile}:${e.lineNumber}`,
        ),
      true,
    );
  });
  return problems;
}

/** Loads `path`, scrolls to the bottom a screen at a time and waits for the network to go quiet. */
async function visit(page: Page, path: string, problems: string[]): Promise<void> {
  await page.goto(path, { waitUntil: "networkidle" });
  // Pages load their scripts after the first paint (src/integrations/scripts-after-paint.mjs): check them too.
  const deferred = await page.evaluate(() =>
    [...document.scripts].some((s) => s.type === "module" && !s.src && s.text.includes("import(")),
  );
  if (deferred) await expect(page.locator("html")).toHaveAttribute("data-scripts", "loaded");
  for (let i = 0; i < 200; i++) {
    const done = await page.evaluate(() => {
      scrollBy(0, innerHeight * 0.8);
      return scrollY + innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(60);
    if (done) break;
  }
  await page.waitForLoadState("networkidle");
  const violations = await page.evaluate(() => (window as unknown as CspWindow).__cspViolations ?? []);
  problems.push(...violations.map((v) => `${path}: CSP violation: ${v}`));
}

test("the watcher catches a request to another origin, a console error and a CSP violation", async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? "").origin;
  // A page that breaks each rule once, served at the site's origin; the other origin is never contacted. Its
  // policy lets the stylesheet's request go out (to be seen) and blocks the image (to be reported).
  await page.route("https://third-party.example/**", (route) => route.abort());
  await page.route("**/privacy-probe/", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy"
        content="default-src 'self'; style-src https://third-party.example; script-src 'unsafe-inline'">
        <title>probe</title><link rel="stylesheet" href="https://third-party.example/style.css"></head>
        <body><img src="https://third-party.example/pixel.png" alt=""><script>console.error("probe")</script></body></html>`,
    }),
  );
  const problems = await watch(page, origin);
  await visit(page, "/privacy-probe/", problems);
  const found = (text: string) => problems.some((p) => p.includes(text));
  expect(found("request to another origin: https://third-party.example/style.css")).toBe(true);
  expect(found("CSP violation: img-src blocked https://third-party.example/pixel.png")).toBe(true);
  expect(found("console error: probe")).toBe(true);
});

// Three groups so the two workers share the pages.
const groups = {
  Japanese: (path: string) => path.startsWith("/ja/"),
  English: (path: string) => path.startsWith("/en/"),
  "language-neutral": (path: string) => !/^\/(ja|en)\//.test(path),
};

for (const [name, inGroup] of Object.entries(groups)) {
  test(`every ${name} page talks only to its own origin, logs no error and violates no CSP rule`, async ({
    page,
    request,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const paths = (await everyPage(request)).filter(inGroup);
    expect(paths.length).toBeGreaterThan(0);
    const problems = await watch(page, new URL(baseURL ?? "").origin);
    for (const path of paths) await visit(page, path, problems);
    expect(problems).toEqual([]);
  });
}
