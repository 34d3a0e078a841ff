// Browser side: moves an SVG from whatever it shows to a new scene, matching marks by key.
// Marks that stay slide to their new place, new ones fade in, old ones fade out. Starting a new update
// interrupts the running one, so the end state is always the latest scene, however fast the reader scrolls.
import { type Selection, select } from "d3-selection";
import "d3-transition";
import type { Mark, Scene } from "./scene";
import { numericAttributes, round1 } from "./scene";
import { clipId } from "./scene-svg";

const SVG_NS = "http://www.w3.org/2000/svg";
const dominantBaseline = { alphabetic: "auto", middle: "central", hanging: "hanging" } as const;

/** Reads the motion token, so CSS and D3 agree and reduced motion means no animation at all. */
export function motionDuration(element: Element): number {
  const raw = getComputedStyle(element).getPropertyValue("--motion-duration").trim();
  const ms = raw.endsWith("ms") ? Number.parseFloat(raw) : Number.parseFloat(raw) * 1000;
  return Number.isFinite(ms) ? ms : 0;
}

function setStaticAttributes(selection: Selection<SVGElement, Mark, SVGSVGElement, unknown>): void {
  selection
    .attr("class", (d) => d.className ?? null)
    .attr("clip-path", function (d) {
      const svg = this.ownerSVGElement;
      return d.clipped && svg ? `url(#${clipId(svg.id)})` : null;
    })
    .each(function (d) {
      if (d.kind === "text") {
        this.textContent = d.text;
        this.setAttribute("text-anchor", d.anchor ?? "start");
        this.setAttribute("dominant-baseline", dominantBaseline[d.baseline ?? "alphabetic"]);
      }
    });
}

function geometry(mark: Mark): Array<[string, string]> {
  const values = numericAttributes[mark.kind].map((name): [string, string] => [
    name,
    String(round1((mark as unknown as Record<string, number>)[name] ?? 0)),
  ]);
  if (mark.kind === "path") values.push(["d", mark.d]);
  return values;
}

/** Transitions share one name, so a new update interrupts the running one (and cancels pending removals). */
const TRANSITION = "scene";

export function renderScene(svg: SVGSVGElement, scene: Scene, duration: number): void {
  const root = select(svg);
  root.attr("viewBox", `0 0 ${round1(scene.width)} ${round1(scene.height)}`);
  const clipRect = root.select<SVGRectElement>("clipPath rect");
  for (const [name, value] of Object.entries(scene.clip)) clipRect.attr(name, round1(value));

  const animate = duration > 0;
  const marks = root
    .selectAll<SVGElement, Mark>(":scope > [data-key]")
    // Marks printed by the server carry no bound datum yet: their key comes from data-key.
    .data(scene.marks, function (d) {
      return (d as Mark | undefined)?.key ?? (this as Element).getAttribute("data-key") ?? "";
    })
    .join(
      (enter) =>
        enter
          .append((d) => document.createElementNS(SVG_NS, d.kind) as SVGElement)
          .attr("data-key", (d) => d.key)
          .each(function (d) {
            for (const [name, value] of geometry(d)) this.setAttribute(name, value);
          })
          .attr("opacity", animate ? 0 : 1),
      (update) => update,
      (exit) => {
        exit.interrupt(TRANSITION);
        if (animate) exit.transition(TRANSITION).duration(duration).attr("opacity", 0).remove();
        else exit.remove();
        return exit;
      },
    );
  setStaticAttributes(marks);
  marks.order();

  marks.each(function (d) {
    const element = select(this);
    element.interrupt(TRANSITION);
    if (!animate) {
      element.attr("opacity", 1);
      for (const [name, value] of geometry(d)) element.attr(name, value);
      return;
    }
    const transition = element.transition(TRANSITION).duration(duration).attr("opacity", 1);
    for (const [name, value] of geometry(d)) transition.attr(name, value);
  });
}
