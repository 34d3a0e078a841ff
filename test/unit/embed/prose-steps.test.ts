import { describe, expect, it } from "vitest";
import {
  TEXT_STEP_UNITS,
  chapterSteps,
  keepHashLinksInFrame,
  relabelFootnotes,
  textUnits,
} from "../../../src/embed/prose-steps";
import { splitTopLevel } from "../../../src/embed/top-level-html";

const paragraph = (words: number, label = "w") =>
  `<p>${Array.from({ length: words }, () => label).join(" ")}</p>`;
const stepsOf = (html: string, maxUnits = TEXT_STEP_UNITS) => chapterSteps(splitTopLevel(html), maxUnits);
const texts = (html: string, maxUnits?: number) =>
  stepsOf(html, maxUnits).steps.map((s) => (s.kind === "text" ? s.html : `[chart]`));

describe("chapterSteps", () => {
  it("starts a text step at each heading and keeps the heading with the prose under it", () => {
    const html = `<p>intro</p>\n<h2 id="one">One</h2>\n<p>a</p>\n<p>b</p>\n<h2 id="two">Two</h2>\n<p>c</p>`;
    expect(texts(html)).toEqual([
      "<p>intro</p>",
      '<h2 id="one">One</h2>\n<p>a</p>\n<p>b</p>',
      '<h2 id="two">Two</h2>\n<p>c</p>',
    ]);
  });

  it("gives a boxed note (a Check the data box) a step of its own, unless it opens a section", () => {
    const box = '<div class="check-data" role="note"><p>claim</p></div>';
    expect(texts(`<p>a</p>${box}<p>b</p>`)).toEqual(["<p>a</p>", box, "<p>b</p>"]);
    expect(texts(`<h2>Heading</h2>${box}<p>b</p>`)).toEqual([`<h2>Heading</h2>\n${box}`, "<p>b</p>"]);
  });

  it("starts a new step when running prose would pass the size budget, but never cuts a paragraph", () => {
    const html = [paragraph(150), paragraph(150), paragraph(150), paragraph(600)].join("");
    // 150 words of "w" is 299 units: two fit in 700, a third does not; the 600-word paragraph stands alone.
    expect(texts(html).map((t) => splitTopLevel(t).filter((n) => n.tag === "p").length)).toEqual([2, 1, 1]);
  });

  it("counts a Japanese character as twice a Latin one", () => {
    expect(textUnits("<p>abc</p>")).toBe(3);
    expect(textUnits("<p>米国債</p>")).toBe(6);
    expect(textUnits('<p>a<script>const long = "ignored";</script></p>')).toBe(1);
  });

  it("keeps each chart section whole and in its place between the prose", () => {
    const chart = '<section class="stepper__group" data-embed-chart="holdings"><p>step</p></section>';
    const result = stepsOf(`<p>before</p>${chart}<p>after</p>`);
    expect(result.steps.map((s) => s.kind)).toEqual(["text", "chart", "text"]);
    expect(result.steps[1]?.html).toBe(chart);
  });

  it("moves the footnotes to the notes and top-level scripts out of the steps", () => {
    const notes =
      '<section data-footnotes="true" class="footnotes"><ol><li id="fn-1">Source.</li></ol></section>';
    const result = stepsOf(`<p>text</p><script type="module">run()</script>${notes}`);
    expect(result.steps).toHaveLength(1);
    expect(result.notes).toContain('id="fn-1"');
    expect(result.assets).toBe('<script type="module">run()</script>');
  });

  it("anchors each text step to its section's heading, so the full chapter can open there", () => {
    const html = `<p>intro</p><h2 id="who">Who</h2>${paragraph(300)}${paragraph(300)}`;
    expect(stepsOf(html).steps.map((s) => (s.kind === "text" ? s.anchor : "chart"))).toEqual([
      undefined,
      "who",
      "who",
    ]);
  });
});

describe("keepHashLinksInFrame", () => {
  it("keeps in-page links in the frame and leaves other links and explicit targets alone", () => {
    expect(keepHashLinksInFrame('<a href="#fn-1" id="r">1</a> <a href="/en/glossary/#qe">QE</a>')).toBe(
      '<a target="_self" href="#fn-1" id="r">1</a> <a href="/en/glossary/#qe">QE</a>',
    );
    expect(keepHashLinksInFrame('<a target="_top" href="#x">x</a>')).toBe('<a target="_top" href="#x">x</a>');
  });
});

describe("relabelFootnotes", () => {
  it("shows the notes heading in the page's language and translates the back links' names", () => {
    const html =
      '<section data-footnotes="true" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>' +
      '<ol><li><a href="#r" aria-label="Back to reference 1-2">↩</a></li></ol></section>';
    const result = relabelFootnotes(html, { heading: "注と出典", backToReference: "本文の参照 {n} に戻る" });
    expect(result).toContain('<h2 id="footnote-label">注と出典</h2>');
    expect(result).toContain('aria-label="本文の参照 1-2 に戻る"');
  });
});
