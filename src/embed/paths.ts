// The embed feature's URLs, all built with href() so a copy of the site under a sub-path works.
import type { Lang } from "../i18n/locales";
import { href } from "../i18n/paths";

export const chapterEmbedPath = (lang: Lang, slug: string) => href(`${lang}/embed/${slug}/`);
export const chartEmbedPath = (lang: Lang, chart: string) => href(`${lang}/embed/chart/${chart}/`);
export const oembedPath = (lang: Lang, slug: string) => href(`oembed/${lang}/${slug}.json`);
/** The host-side auto-height loader (public/embed.js). */
export const loaderPath = () => href("embed.js");

/** The embed id in messages: which embed is talking, e.g. "en/sell-off" or "en/chart/holdings". */
export const chapterEmbedId = (lang: Lang, slug: string) => `${lang}/${slug}`;
export const chartEmbedId = (lang: Lang, chart: string) => `${lang}/chart/${chart}`;

/** An embed URL that opens at `step` (a step key); no parameter for the first step. */
export function withStartStep(url: string, step: string | undefined): string {
  if (!step) return url;
  const [path, hash] = url.split("#", 2);
  const separator = path!.includes("?") ? "&" : "?";
  return `${path}${separator}step=${encodeURIComponent(step)}${hash === undefined ? "" : `#${hash}`}`;
}
