// Pure: turns a chapter's top-level HTML into the embed stepper's steps. Each chart section is a group of
// steps of its own; the prose around the charts becomes text steps that start at each heading, keep each
// boxed element (a "Check the data" note) on its own, and stay short enough to read in a fixed-height frame.
import type { TopLevelNode } from "./top-level-html";

export type ProseStep =
  /** A chart section, already rendered as a group of steps (by EmbedScrolly). */
  | { kind: "chart"; html: string }
  /** Prose shown as one step; `anchor` is the id of its first heading or box, for "open at this point". */
  | { kind: "text"; html: string; anchor: string | undefined };

export interface ChapterSteps {
  steps: ProseStep[];
  /** The footnotes section (the chapter's references), shown as the last step. Empty when there are none. */
  notes: string;
  /** Top-level scripts and styles, kept on the page outside every step. */
  assets: string;
}

/** The attribute that marks a chart section rendered by EmbedScrolly. */
export const CHART_GROUP_ATTRIBUTE = "data-embed-chart";

/**
 * How much prose one text step holds, in "display units": a Latin character is 1, a CJK character 2 (it is
 * about twice as wide). About 700 units is 15-18 lines on a phone, what a 640-720 px frame shows without
 * scrolling. A single longer paragraph is never cut.
 */
export const TEXT_STEP_UNITS = 700;

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const ASSETS = new Set(["script", "style", "link", "template"]);
/** Elements that read as a box of their own rather than as running text. */
const BOXES = new Set(["div", "aside", "figure", "table", "section", "details", "dl"]);

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/g;

/** Display width of the visible text in an HTML fragment (script content excluded). */
export function textUnits(html: string): number {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, "")
    .replace(/<[^>]*>/g, "")
    .replace(/&[a-z#0-9]+;/gi, "x")
    .replace(/\s+/g, " ")
    .trim();
  return text.length + (text.match(CJK)?.length ?? 0);
}

/**
 * Hash links target="_self": the embed page opens other links in a new tab (<base target="_blank">), but a
 * footnote reference must stay in the frame, where the stepper moves to the step holding its target.
 */
export function keepHashLinksInFrame(html: string): string {
  return html.replace(/<a\s(?=[^>]*\bhref="#)(?![^>]*\btarget=)/g, '<a target="_self" ');
}

export function chapterSteps(nodes: TopLevelNode[], maxUnits = TEXT_STEP_UNITS): ChapterSteps {
  const steps: ProseStep[] = [];
  const notes: string[] = [];
  const assets: string[] = [];
  let text: { parts: string[]; units: number; anchor: string | undefined; headingOnly: boolean } | undefined;
  // Text that continues a section opens the full chapter at that section's heading.
  let sectionAnchor: string | undefined;

  const close = () => {
    if (text && text.parts.length > 0) {
      steps.push({ kind: "text", html: keepHashLinksInFrame(text.parts.join("\n")), anchor: text.anchor });
    }
    text = undefined;
  };
  const start = (node: TopLevelNode, headingOnly: boolean) => {
    close();
    if (headingOnly) sectionAnchor = node.attributes.id;
    const anchor = node.attributes.id ?? sectionAnchor;
    text = { parts: [node.html], units: textUnits(node.html), anchor, headingOnly };
  };

  for (const node of nodes) {
    const tag = node.tag;
    if (tag === undefined) {
      // Whitespace between elements is layout, not content; stray text joins the running prose.
      if (node.html.trim() === "") continue;
    }
    if (tag !== undefined && CHART_GROUP_ATTRIBUTE in node.attributes) {
      close();
      steps.push({ kind: "chart", html: keepHashLinksInFrame(node.html) });
    } else if (tag === "section" && "data-footnotes" in node.attributes) {
      notes.push(keepHashLinksInFrame(node.html));
    } else if (tag !== undefined && ASSETS.has(tag)) {
      assets.push(node.html);
    } else if (tag !== undefined && HEADINGS.has(tag)) {
      start(node, true);
    } else if (tag !== undefined && BOXES.has(tag)) {
      // A box follows its heading when it is the first thing under it; otherwise it stands alone.
      if (text?.headingOnly) {
        text.parts.push(node.html);
        close();
      } else {
        start(node, false);
        close();
      }
    } else {
      const units = textUnits(node.html);
      if (text && (text.headingOnly || text.units + units <= maxUnits)) {
        text.parts.push(node.html);
        text.units += units;
        text.headingOnly = false;
      } else {
        start(node, false);
      }
    }
  }
  close();
  return { steps, notes: notes.join("\n"), assets: assets.join("\n") };
}

/**
 * Gives the chapter's notes a visible heading in the page's language. remark-gfm prints an English, visually
 * hidden "Footnotes" heading and English "Back to reference" labels whatever the page's language.
 */
export function relabelFootnotes(html: string, labels: { heading: string; backToReference: string }): string {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  return html
    .replace(
      /<h2 class="sr-only" id="footnote-label">[^<]*<\/h2>/,
      `<h2 id="footnote-label">${escape(labels.heading)}</h2>`,
    )
    .replace(
      /aria-label="Back to reference ([\d-]+)"/g,
      (_, n: string) => `aria-label="${escape(labels.backToReference.replace("{n}", n))}"`,
    );
}
