// GFM footnotes are rendered with English labels ("Footnotes", "Back to reference 1") whatever the page's language,
// and the Markdown processor takes one set of labels for the whole site. After the build, Japanese pages get
// Japanese labels; nothing else in the HTML is touched.
import { readFile, writeFile } from "node:fs/promises";
import { htmlFiles } from "./html-files.mjs";

const JA = { heading: "注", back: "本文に戻る" };

/** The Japanese labels for one page's HTML. */
export function localizeFootnotes(html) {
  return html
    .replace(/(<h2[^>]*id="footnote-label"[^>]*>)Footnotes(<\/h2>)/g, `$1${JA.heading}$2`)
    .replace(/aria-label="Back to reference ([\d-]+)"/g, `aria-label="${JA.back} $1"`);
}

export default function footnoteLabels() {
  return {
    name: "footnote-labels",
    hooks: {
      // `dir` is the output folder; with a base path the pages still sit directly under it.
      "astro:build:done": async ({ dir }) => {
        const jaDir = new URL("ja/", dir);
        for (const file of await htmlFiles(jaDir.pathname)) {
          const html = await readFile(file, "utf8");
          const localized = localizeFootnotes(html);
          if (localized !== html) await writeFile(file, localized);
        }
      },
    },
  };
}
