// Pure: the HTML a teacher pastes into a course page. A plain iframe works on platforms that strip scripts;
// the optional loader line adds auto-height where scripts are allowed.

export interface SnippetOptions {
  /** Absolute URL of the embed page (with `?step=` when it should open at a later step). */
  src: string;
  /** The iframe's accessible name: what the frame holds. */
  title: string;
  /** Height in CSS pixels; the loader replaces it with the content's height. */
  height: number;
  /** Absolute URL of public/embed.js; omit for the script-free snippet. */
  loaderSrc?: string | undefined;
}

export const MIN_EMBED_HEIGHT = 320;
export const MAX_EMBED_HEIGHT = 2000;

/** Suggested heights: enough for the graphic, a step's text and the controls on a phone and a laptop. */
export const DEFAULT_HEIGHT = { chapter: 740, chart: 740 } as const;

const escapeAttribute = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A usable height from whatever a reader typed: whole pixels within range, the fallback when not a number. */
export function clampEmbedHeight(value: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(MAX_EMBED_HEIGHT, Math.max(MIN_EMBED_HEIGHT, Math.round(value)));
}

export function embedSnippet({ src, title, height, loaderSrc }: SnippetOptions): string {
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}"` +
    ` loading="lazy" style="width:100%;max-width:100%;border:0"></iframe>`;
  return loaderSrc === undefined
    ? iframe
    : `${iframe}\n<script src="${escapeAttribute(loaderSrc)}" async></script>`;
}
