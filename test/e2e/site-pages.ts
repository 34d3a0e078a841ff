// The list of pages to audit, read from the built sitemap so a new page is audited without editing tests.
import type { APIRequestContext } from "@playwright/test";

export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get("/sitemap.xml")).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
