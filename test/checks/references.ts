// Where a built page, a JSON file or a stylesheet refers to a URL: the element and attribute (or key) and the
// URL as written. The link check resolves them; this module only finds them.
import { attr, svgLinks, type ParsedPage } from "./html-tree.ts";

export interface Reference {
  /** Where it was found, e.g. '<a href>' or 'sitemap <loc>'. */
  where: string;
  url: string;
}

// data-chart-src: the chart data a page's scripts fetch (src/scrolly/Scrolly.astro).
const URL_ATTRIBUTES = [
  "href",
  "xlink:href",
  "src",
  "poster",
  "data",
  "action",
  "formaction",
  "cite",
  "data-chart-src",
];
// Open Graph and Twitter card properties whose content is a URL.
const URL_META =
  /^(og:url|og:image(:url|:secure_url)?|og:audio|og:video(:url|:secure_url)?|twitter:(image|player))$/;

/** The URLs in a srcset (HTML's candidate parsing: a URL, then descriptors up to a comma outside brackets). */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let i = 0;
  const at = (k: number) => srcset.charAt(k);
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(at(i))) i++;
    const start = i;
    while (i < srcset.length && !/\s/.test(at(i))) i++;
    let url = srcset.slice(start, i);
    if (url.endsWith(",")) url = url.replace(/,+$/, "");
    else {
      for (let depth = 0; i < srcset.length; i++) {
        if (at(i) === "(") depth++;
        else if (at(i) === ")") depth--;
        else if (at(i) === "," && depth === 0) break;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}

/**
 * Every URL a page refers to, with the element and attribute that holds it; besides the URL attributes, any
 * attribute whose value is an absolute URL on the site's own `origin` (e.g. a data-* attribute that a script
 * turns into an embed snippet).
 */
export function referencesIn({ root, source }: ParsedPage, origin: string): Reference[] {
  const refs: Reference[] = svgLinks(source).map((url) => ({ where: "<svg> href", url }));
  for (const el of root.querySelectorAll("*")) {
    for (const { key, value } of el.attributes) {
      if (URL_ATTRIBUTES.includes(key) || key === "srcset" || key === "content" || typeof value !== "string")
        continue;
      if (value.startsWith(`${origin}/`)) refs.push({ where: `<${el.tagName} ${key}>`, url: value });
    }
  }
  for (const name of URL_ATTRIBUTES) {
    for (const el of root.querySelectorAll(`[${name.replace(":", "\\:")}]`)) {
      const value = attr(el, name);
      if (value !== undefined) refs.push({ where: `<${el.tagName} ${name}>`, url: value });
    }
  }
  for (const el of root.querySelectorAll("[srcset]")) {
    for (const url of srcsetUrls(attr(el, "srcset") ?? ""))
      refs.push({ where: `<${el.tagName} srcset>`, url });
  }
  for (const el of root.querySelectorAll("meta[property], meta[name]")) {
    const key = attr(el, "property") ?? attr(el, "name") ?? "";
    const content = attr(el, "content");
    if (URL_META.test(key) && content !== undefined) refs.push({ where: `<meta ${key}>`, url: content });
  }
  for (const el of root.querySelectorAll("meta[http-equiv]")) {
    const refresh = /url\s*=\s*['"]?([^'"\s]+)/i.exec(attr(el, "content") ?? "");
    if ((attr(el, "http-equiv") ?? "").toLowerCase() === "refresh" && refresh?.[1]) {
      refs.push({ where: "<meta refresh>", url: refresh[1] });
    }
  }
  for (const style of root.querySelectorAll("style"))
    refs.push(...cssReferences(style.textContent, "<style>"));
  return refs;
}

/**
 * URLs in a JSON file (oEmbed responses): strings that are absolute URLs on the site's origin, and the src and
 * href attributes of HTML held in strings (the iframe snippet).
 */
export function jsonReferences(json: unknown, origin: string, where = "JSON"): Reference[] {
  if (Array.isArray(json)) return json.flatMap((item) => jsonReferences(item, origin, where));
  if (typeof json === "object" && json !== null) {
    return Object.entries(json).flatMap(([key, value]) => jsonReferences(value, origin, `${where} "${key}"`));
  }
  if (typeof json !== "string") return [];
  if (json.startsWith(`${origin}/`)) return [{ where, url: json }];
  return [...json.matchAll(/\s(?:src|href)\s*=\s*["']([^"']+)["']/g)].map((m) => ({
    where: `${where} html`,
    url: m[1] ?? "",
  }));
}

export function cssReferences(css: string, where: string): Reference[] {
  return [...css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)].map((m) => ({
    where: `${where} url()`,
    url: m[2] ?? "",
  }));
}
