// sitemap.xml with hreflang alternates, listing every indexable page of both languages.
import type { APIRoute } from "astro";
import { chaptersIn } from "../chapters/query";
import { languages } from "../i18n/locales";
import { absoluteUrl, href } from "../i18n/paths";
import { sitePagePaths } from "../chapters/site-pages";

export const GET: APIRoute = async ({ site }) => {
  const slugs = (await chaptersIn("ja")).map((c) => c.slug);
  const entries = sitePagePaths(slugs).map((pathFor) => {
    const alternates = languages
      .map(
        (lang) =>
          `<xhtml:link rel="alternate" hreflang="${lang}" href="${absoluteUrl(href(pathFor(lang)), site)}"/>`,
      )
      .join("");
    return languages
      .map((lang) => `<url><loc>${absoluteUrl(href(pathFor(lang)), site)}</loc>${alternates}</url>`)
      .join("\n");
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
<url><loc>${absoluteUrl(href(""), site)}</loc></url>
${entries.join("\n")}
</urlset>
`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
