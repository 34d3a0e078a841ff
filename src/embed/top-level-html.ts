// Splits server-rendered HTML (a chapter's MDX output) into its top-level elements, so the embed stepper can
// turn a chapter's flowing prose into steps on the server, with no flash of the unsplit text in the browser.
// Enough of an HTML tokenizer for well-formed output from Astro and MDX: quoted attributes, comments, void
// elements, self-closing SVG tags and raw-text elements (script, style) whose content may hold "<".

export interface TopLevelNode {
  /** Lower-case tag name; undefined for text (including whitespace) and comments between elements. */
  tag: string | undefined;
  /** The element's attributes as written (values decoded only for &quot; &amp; &#39;). */
  attributes: Record<string, string>;
  /** The node's exact source. */
  html: string;
}

const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);
const RAW_TEXT_ELEMENTS = new Set(["script", "style", "textarea", "title"]);

const OPEN_TAG =
  /<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const CLOSE_TAG = /<\/([a-zA-Z][^\s/>]*)\s*>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase();
    if (name) attributes[name] = decode(match[2] ?? match[3] ?? match[4] ?? "");
  }
  return attributes;
}

interface Tag {
  kind: "open" | "close" | "comment";
  name: string;
  attributes: string;
  selfClosing: boolean;
  end: number;
}

/** Reads the tag starting at `at` (which holds "<"), or undefined when "<" does not start a tag. */
function readTag(html: string, at: number): Tag | undefined {
  if (html.startsWith("<!--", at)) {
    const close = html.indexOf("-->", at + 4);
    return {
      kind: "comment",
      name: "",
      attributes: "",
      selfClosing: true,
      end: close < 0 ? html.length : close + 3,
    };
  }
  CLOSE_TAG.lastIndex = at;
  const close = CLOSE_TAG.exec(html);
  if (close)
    return {
      kind: "close",
      name: close[1]!.toLowerCase(),
      attributes: "",
      selfClosing: false,
      end: CLOSE_TAG.lastIndex,
    };
  OPEN_TAG.lastIndex = at;
  const open = OPEN_TAG.exec(html);
  if (!open) return undefined;
  const name = open[1]!.toLowerCase();
  return {
    kind: "open",
    name,
    attributes: open[2] ?? "",
    selfClosing: open[3] === "/" || VOID_ELEMENTS.has(name),
    end: OPEN_TAG.lastIndex,
  };
}

/** Where the raw text of a <script> or <style> opened before `from` ends (after its closing tag). */
function endOfRawText(html: string, name: string, from: number): number {
  const close = html.toLowerCase().indexOf(`</${name}`, from);
  if (close < 0) return html.length;
  const end = html.indexOf(">", close);
  return end < 0 ? html.length : end + 1;
}

/** The end of the element whose open tag ends at `from`: tracks nesting by name, tolerating stray close tags. */
function endOfElement(html: string, name: string, from: number): number {
  const open: string[] = [name];
  let at = from;
  while (open.length > 0) {
    const next = html.indexOf("<", at);
    if (next < 0) return html.length;
    const tag = readTag(html, next);
    if (!tag) {
      at = next + 1;
      continue;
    }
    at = tag.end;
    if (tag.kind === "open" && RAW_TEXT_ELEMENTS.has(tag.name) && !tag.selfClosing) {
      at = endOfRawText(html, tag.name, at);
    } else if (tag.kind === "open" && !tag.selfClosing) {
      open.push(tag.name);
    } else if (tag.kind === "close") {
      const depth = open.lastIndexOf(tag.name);
      if (depth >= 0) open.length = depth;
    }
  }
  return at;
}

export function splitTopLevel(html: string): TopLevelNode[] {
  const nodes: TopLevelNode[] = [];
  let at = 0;
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) nodes.push({ tag: undefined, attributes: {}, html: html.slice(textStart, end) });
  };
  while (at < html.length) {
    const next = html.indexOf("<", at);
    if (next < 0) break;
    const tag = readTag(html, next);
    if (!tag || tag.kind !== "open") {
      // Comments and stray close tags stay part of the surrounding text.
      at = tag ? tag.end : next + 1;
      continue;
    }
    flushText(next);
    let end = tag.end;
    if (!tag.selfClosing) {
      end = RAW_TEXT_ELEMENTS.has(tag.name)
        ? endOfRawText(html, tag.name, tag.end)
        : endOfElement(html, tag.name, tag.end);
    }
    nodes.push({ tag: tag.name, attributes: parseAttributes(tag.attributes), html: html.slice(next, end) });
    at = end;
    textStart = end;
  }
  flushText(html.length);
  return nodes;
}
