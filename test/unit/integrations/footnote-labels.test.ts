import { describe, expect, it } from "vitest";
import { localizeFootnotes } from "../../../src/integrations/footnote-labels.mjs";

describe("footnote labels on Japanese pages", () => {
  it("names the notes section and the links back to the text in Japanese, and changes nothing else", () => {
    const html =
      '<p>本文<a href="#fn-1">1</a></p><section data-footnotes><h2 class="sr-only" id="footnote-label">Footnotes</h2>' +
      '<a href="#ref-1" data-footnote-backref aria-label="Back to reference 1">↩</a>' +
      '<a href="#ref-1-2" data-footnote-backref aria-label="Back to reference 1-2">↩</a></section>';
    const out = localizeFootnotes(html);
    expect(out).toContain('id="footnote-label">注</h2>');
    expect(out).toContain('aria-label="本文に戻る 1"');
    expect(out).toContain('aria-label="本文に戻る 1-2"');
    expect(out.replace(/注|本文に戻る|Footnotes|Back to reference/g, "")).toBe(
      html.replace(/注|本文に戻る|Footnotes|Back to reference/g, ""),
    );
  });
});
