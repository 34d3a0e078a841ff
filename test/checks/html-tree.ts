// Parses built HTML into a queryable tree with html-validate's own parser, so the link check, the page weights
// and the validator read a page the same way (and no second HTML parser joins the dependencies).
import { readFileSync } from "node:fs";
import { Parser, StaticConfigLoader, type HtmlElement } from "html-validate";

export type { HtmlElement };

const loader = new StaticConfigLoader({ extends: [], elements: ["html5"] });
let parser: Parser | undefined;

async function sharedParser(): Promise<Parser> {
  parser ??= new Parser(await loader.getConfigFor("page.html"));
  return parser;
}

export async function parseHtml(source: string): Promise<HtmlElement> {
  return (await sharedParser()).parseHtml(source);
}

export interface ParsedPage {
  root: HtmlElement;
  source: string;
}

export async function parseHtmlFile(file: string): Promise<ParsedPage> {
  const source = readFileSync(file, "utf8");
  return { root: await parseHtml(source), source };
}

/** An attribute's value as a string, or undefined when absent or dynamic. */
export function attr(element: HtmlElement, name: string): string | undefined {
  const value = element.getAttributeValue(name);
  return typeof value === "string" ? value : undefined;
}

/** Whitespace-separated tokens of an attribute such as rel. */
export function tokens(element: HtmlElement, name: string): string[] {
  return (attr(element, name) ?? "").toLowerCase().split(/\s+/).filter(Boolean);
}

// html-validate's parser keeps <svg> itself but not what is inside it, so the chart graphics' ids and links are
// read from the markup: Astro's output always quotes attributes, and scripts and styles are cut out first.
function markupOnly(source: string): string {
  return source.replace(/<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, "");
}

/** Every id in the page, inside SVG too: the targets an `#anchor` may point at. */
export function idsIn(root: HtmlElement, source: string): Set<string> {
  const ids = new Set<string>();
  for (const m of markupOnly(source).matchAll(
    /<[a-zA-Z][^>]*?\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g,
  )) {
    ids.add(m[1] ?? m[2] ?? m[3] ?? "");
  }
  for (const el of root.querySelectorAll("[id]")) {
    const id = attr(el, "id");
    if (id) ids.add(id);
  }
  // <a name> is obsolete but still a fragment target.
  for (const el of root.querySelectorAll("a[name]")) {
    const name = attr(el, "name");
    if (name) ids.add(name);
  }
  return ids;
}

/** href and xlink:href values inside inline <svg> elements (links, <use>, <image>). */
export function svgLinks(source: string): string[] {
  const svgs = markupOnly(source).match(/<svg\b[\s\S]*?<\/svg>/gi) ?? [];
  return svgs.flatMap((svg) =>
    [...svg.matchAll(/<(?!svg\b)[a-zA-Z][^>]*?\s(?:xlink:)?href\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map(
      (m) => m[1] ?? m[2] ?? "",
    ),
  );
}
