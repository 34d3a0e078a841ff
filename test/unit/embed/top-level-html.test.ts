import { describe, expect, it } from "vitest";
import { splitTopLevel } from "../../../src/embed/top-level-html";

const elements = (html: string) => splitTopLevel(html).filter((node) => node.tag !== undefined);

describe("splitTopLevel", () => {
  it("returns each top-level element with its exact source, and loses nothing", () => {
    const html = '<p>One <em>two</em></p>\n<h2 id="x">Three</h2>\n<ul><li>four</li></ul>';
    const nodes = splitTopLevel(html);
    expect(nodes.map((n) => n.html).join("")).toBe(html);
    expect(elements(html).map((n) => n.tag)).toEqual(["p", "h2", "ul"]);
    expect(elements(html)[1]?.html).toBe('<h2 id="x">Three</h2>');
  });

  it("keeps an element's nested elements of the same name inside it", () => {
    const html = '<div class="a"><div><p>x</p></div><p>y</p></div><p>z</p>';
    expect(elements(html).map((n) => n.html)).toEqual([
      '<div class="a"><div><p>x</p></div><p>y</p></div>',
      "<p>z</p>",
    ]);
  });

  it("does not read tags inside a script, even ones that look like closing tags", () => {
    const html = '<p>a<script type="module">if (a < b) x = "</p><div>";</script> b</p><p>c</p>';
    expect(elements(html).map((n) => n.tag)).toEqual(["p", "p"]);
    expect(elements(html)[0]?.html).toContain("</script> b</p>");
  });

  it("treats void elements and self-closing SVG tags as complete", () => {
    const html =
      '<hr><section><svg viewBox="0 0 1 1"><path d="M0 0"/><rect x="1"/></svg><br></section><p>after</p>';
    expect(elements(html).map((n) => n.tag)).toEqual(["hr", "section", "p"]);
  });

  it("reads quoted, unquoted and bare attributes, with '>' inside quotes", () => {
    const [node] = elements(
      `<section data-embed-chart="holdings" data-footnotes class=notes title='a > b' hidden></section>`,
    );
    expect(node?.attributes).toEqual({
      "data-embed-chart": "holdings",
      "data-footnotes": "",
      class: "notes",
      title: "a > b",
      hidden: "",
    });
  });

  it("keeps comments and text between elements as text, not elements", () => {
    const nodes = splitTopLevel("<!-- <p>not a paragraph</p> -->\nloose text<p>p</p>");
    expect(nodes.map((n) => n.tag)).toEqual([undefined, "p"]);
    expect(nodes[0]?.html).toBe("<!-- <p>not a paragraph</p> -->\nloose text");
  });
});
