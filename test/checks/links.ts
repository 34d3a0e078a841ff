// Internal link check of a build. Every href, src and srcset in every page (and poster, Open Graph URLs, CSS
// url(), a site URL in any attribute, the URLs in JSON files such as oEmbed responses) and every sitemap URL
// must resolve to a file in the build under its base path; an #anchor must name an element in the target page.
// Links to other sites are counted, not fetched (the check runs offline).
// Usage: node test/checks/links.ts [--dist dist] [--base /explainer/]
import { readFileSync } from "node:fs";
import { checkOptions, runCheck } from "./cli.ts";
import { idsIn, parseHtmlFile, type ParsedPage } from "./html-tree.ts";
import { cssReferences, jsonReferences, referencesIn, type Reference } from "./references.ts";
import {
  builtSite,
  filesUnder,
  htmlPages,
  readSitemap,
  resolvePath,
  siteOrigin,
  type BuiltSite,
} from "./site.ts";

export interface LinkReport {
  problems: string[];
  internal: number;
  external: number;
}

/** Checks every reference of every page, CSS file and the sitemap. Problems found on many pages are grouped. */
export async function checkLinks(site: BuiltSite): Promise<LinkReport> {
  const sitemap = readSitemap(site);
  const origin = siteOrigin(sitemap);
  const pages = htmlPages(site);
  const parsed = new Map<string, ParsedPage>();
  for (const page of pages) parsed.set(page.file, await parseHtmlFile(page.file));
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) {
      const page = parsed.get(file);
      ids = page ? idsIn(page.root, page.source) : new Set<string>();
      idCache.set(file, ids);
    }
    return ids;
  };

  const found = new Map<string, string[]>();
  const report = (problem: string, from: string): void => {
    found.set(problem, [...(found.get(problem) ?? []), from]);
  };
  let internal = 0;
  let external = 0;

  const check = (ref: Reference, fromPath: string): void => {
    const raw = ref.url.trim();
    if (raw === "") return report(`${ref.where} is empty`, fromPath);
    if (/^(mailto|tel|data|blob):/i.test(raw)) return;
    if (/^javascript:/i.test(raw)) return report(`${ref.where} uses a javascript: URL`, fromPath);
    let url: URL;
    try {
      url = new URL(raw, origin + fromPath);
    } catch {
      return report(`${ref.where} "${raw}" is not a valid URL`, fromPath);
    }
    if (url.origin !== origin) {
      external++;
      return;
    }
    internal++;
    const target = resolvePath(site, url.pathname);
    const shown = `${ref.where} "${raw}"`;
    if (target.kind === "outside-base")
      return report(`${shown} points outside the base path ${site.base}`, fromPath);
    if (target.kind === "missing") return report(`${shown}: ${url.pathname} is not in the build`, fromPath);
    if (target.kind === "folder-without-slash") {
      return report(`${shown}: ${url.pathname} is a folder; link to ${url.pathname}/`, fromPath);
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    // "#" and "#top" always scroll to the top (HTML's "indicated part of the document").
    if (fragment === "" || fragment.toLowerCase() === "top" || !target.file.endsWith(".html")) return;
    if (!idsOf(target.file).has(fragment)) {
      report(`${shown}: no element with id "${fragment}" on ${url.pathname}`, fromPath);
    }
  };

  for (const page of pages) {
    const content = parsed.get(page.file);
    if (content) for (const ref of referencesIn(content, origin)) check(ref, page.path);
  }
  for (const file of filesUnder(site.dir).filter((f) => f.endsWith(".json"))) {
    const path = site.base + file;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(`${site.dir}/${file}`, "utf8"));
    } catch {
      report("is not valid JSON", path);
      continue;
    }
    for (const ref of jsonReferences(json, origin)) check(ref, path);
  }
  for (const file of filesUnder(site.dir).filter((f) => f.endsWith(".css"))) {
    const path = site.base + file;
    for (const ref of cssReferences(readFileSync(`${site.dir}/${file}`, "utf8"), "CSS")) {
      if (!ref.url.startsWith("#")) check(ref, path);
    }
  }
  const sitemapPath = `${site.base}sitemap.xml`;
  for (const loc of sitemap.locs) {
    if (!loc.startsWith(origin + site.base))
      report(`sitemap <loc> ${loc} is not under ${origin}${site.base}`, sitemapPath);
    else check({ where: "sitemap <loc>", url: loc }, sitemapPath);
  }
  for (const alternate of sitemap.alternates)
    check({ where: "sitemap hreflang", url: alternate }, sitemapPath);

  const problems = [...found].map(([problem, where]) => {
    const unique = [...new Set(where)];
    const shown = unique.slice(0, 6).join(", ") + (unique.length > 6 ? ` and ${unique.length - 6} more` : "");
    return `${problem} (on ${shown})`;
  });
  return { problems, internal, external };
}

if (import.meta.main) {
  const options = checkOptions();
  await runCheck(`internal links in ${options.dist} (base ${options.base})`, async () => {
    const result = await checkLinks(builtSite(options.dist, options.base));
    console.log(
      `  ${result.internal} internal references checked, ${result.external} external ones not fetched`,
    );
    return result.problems;
  });
}
