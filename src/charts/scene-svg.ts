// Prints a scene as SVG markup for the server-rendered frame (first frame, no-JS, print and embeds).
import { compactPath } from "./compact-path";
import { type Mark, type Scene, numericAttributes, round1 } from "./scene";

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");

const dominantBaseline = { alphabetic: "auto", middle: "central", hanging: "hanging" } as const;

/** The clip path's id: derived from the SVG's own id, never random, so server and browser agree. */
export const clipId = (svgId: string) => `${svgId}-clip`;

function markAttributes(mark: Mark, svgId: string): string {
  const attrs: string[] = [`data-key="${escapeAttr(mark.key)}"`];
  if (mark.className) attrs.push(`class="${escapeAttr(mark.className)}"`);
  if (mark.clipped) attrs.push(`clip-path="url(#${clipId(svgId)})"`);
  for (const name of numericAttributes[mark.kind]) {
    attrs.push(`${name}="${round1((mark as unknown as Record<string, number>)[name] ?? 0)}"`);
  }
  if (mark.kind === "path") attrs.push(`d="${escapeAttr(mark.d)}"`);
  if (mark.kind === "text") {
    attrs.push(`text-anchor="${mark.anchor ?? "start"}"`);
    attrs.push(`dominant-baseline="${dominantBaseline[mark.baseline ?? "alphabetic"]}"`);
  }
  return attrs.join(" ");
}

export function markToSvg(mark: Mark, svgId: string): string {
  const attrs = markAttributes(mark, svgId);
  return mark.kind === "text" ? `<text ${attrs}>${escapeText(mark.text)}</text>` : `<${mark.kind} ${attrs}/>`;
}

export interface SvgOptions {
  /** Unique on the page; the clip path's id derives from it. */
  id: string;
  /** Extra classes on the root, e.g. the chart's name for its stylesheet. */
  className: string;
  /** Accessible name; omit when the SVG sits inside an aria-hidden graphic. */
  label?: string | undefined;
}

export function sceneToSvg(scene: Scene, { id, className, label }: SvgOptions): string {
  const a11y = label
    ? `role="img" aria-label="${escapeAttr(label)}"`
    : `aria-hidden="true" focusable="false"`;
  const { x, y, width, height } = scene.clip;
  const clip = `<defs><clipPath id="${clipId(id)}"><rect x="${round1(x)}" y="${round1(y)}" width="${round1(width)}" height="${round1(height)}"/></clipPath></defs>`;
  const body = scene.marks
    .map((mark) => markToSvg(mark.kind === "path" ? { ...mark, d: compactPath(mark.d) } : mark, id))
    .join("");
  const viewBox = `0 0 ${round1(scene.width)} ${round1(scene.height)}`;
  return `<svg id="${escapeAttr(id)}" class="${escapeAttr(className)}" viewBox="${viewBox}" ${a11y}>${clip}${body}</svg>`;
}
