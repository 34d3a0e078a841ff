// Every internal URL is built here, so the site works at a domain root and under a sub-path (`base`).
import type { Lang } from "./locales";

const base = import.meta.env.BASE_URL.endsWith("/")
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** A path inside the site, e.g. `href("en/sell-off/")` -> `/explainer/en/sell-off/` under base `/explainer/`. */
export function href(path: string): string {
  return `${base}${path.replace(/^\//, "")}`;
}

export const coverPath = (lang: Lang) => href(`${lang}/`);
export const chapterPath = (lang: Lang, slug: string) => href(`${lang}/${slug}/`);
export const sourcesPath = (lang: Lang) => href(`${lang}/sources/`);

/** Absolute URL for canonical, hreflang and Open Graph tags. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
