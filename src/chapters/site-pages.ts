// Every per-language page of the site, as path builders; the sitemap and the e2e audit read this one list.
import type { Lang } from "../i18n/locales";

export type PagePath = (lang: Lang) => string;

export function sitePagePaths(chapterSlugs: string[]): PagePath[] {
  return [
    (lang) => `${lang}/`,
    ...chapterSlugs.map(
      (slug): PagePath =>
        (lang) =>
          `${lang}/${slug}/`,
    ),
    (lang) => `${lang}/glossary/`,
    (lang) => `${lang}/sources/`,
    (lang) => `${lang}/teachers/`,
    ...chapterSlugs.map(
      (slug): PagePath =>
        (lang) =>
          `${lang}/teachers/${slug}/`,
    ),
  ];
}
