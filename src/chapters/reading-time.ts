// Estimated reading time from a chapter's MDX source, per language's reading speed.
import type { Lang } from "../i18n/locales";

/** Typical silent reading speeds for explanatory text: Japanese in characters, English in words. */
const JA_CHARS_PER_MINUTE = 500;
const EN_WORDS_PER_MINUTE = 230;
/** Time to look at one graphic state, added per chart step. */
const SECONDS_PER_STEP = 8;

/** Strips MDX syntax that a reader never reads: frontmatter, component tags, footnote markers, Markdown marks. */
export function readableText(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?\n---/, " ")
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\[\^[^\]]+\]:?/g, " ")
    .replace(/\]\([^)]*\)/g, " ")
    .replace(/[#*_>`[\]|-]/g, " ");
}

export function readingMinutes(mdx: string, lang: Lang): number {
  const text = readableText(mdx);
  const steps = (mdx.match(/<Step\b/g) ?? []).length;
  const textMinutes =
    lang === "ja"
      ? text.replace(/\s+/g, "").length / JA_CHARS_PER_MINUTE
      : text.split(/\s+/).filter(Boolean).length / EN_WORDS_PER_MINUTE;
  return Math.max(1, Math.round(textMinutes + (steps * SECONDS_PER_STEP) / 60));
}
