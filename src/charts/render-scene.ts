// Browser side: moves an SVG from whatever it shows to a new scene, matching marks by key.
// Marks that stay slide to their new place, new ones fade in, old ones fade out. Starting a new update
// interrupts the running one, so the end state is always the latest scene, however fast the reader scrolls.
// Written on requestAnimationFrame and two small interpolators rather than d3-selection/d3-transition: the same
// behaviour for about a tenth of the bytes.
import { easeCubicInOut } from "d3-ease";
import { interpolateNumber, interpolateString } from "./interpolate";
import type { Mark, Scene } from "./scene";
import { numericAttributes, round1 } from "./scene";
import { clipId } from "./scene-svg";

const SVG_NS = "http://www.w3.org/2000/svg";
const dominantBaseline = { alphabetic: "auto", middle: "central", hanging: "hanging" } as const;

/** Reads the motion token, so CSS and the charts agree and reduced motion means no animation at all. */
export function motionDuration(element: Element): number {
  const raw = getComputedStyle(element).getPropertyValue("--motion-duration").trim();
  const ms = raw.endsWith("ms") ? Number.parseFloat(raw) : Number.parseFloat(raw) * 1000;
  return Number.isFinite(ms) ? ms : 0;
}

function geometry(mark: Mark): Array<[string, string]> {
  const values = numericAttributes[mark.kind].map((name): [string, string] => [
    name,
    String(round1((mark as unknown as Record<string, number>)[name] ?? 0)),
  ]);
  if (mark.kind === "path") values.push(["d", mark.d]);
  return values;
}

function setStaticAttributes(element: SVGElement, mark: Mark, svg: SVGSVGElement): void {
  if (mark.className) element.setAttribute("class", mark.className);
  else element.removeAttribute("class");
  if (mark.clipped) element.setAttribute("clip-path", `url(#${clipId(svg.id)})`);
  else element.removeAttribute("clip-path");
  if (mark.kind === "text") {
    element.textContent = mark.text;
    element.setAttribute("text-anchor", mark.anchor ?? "start");
    element.setAttribute("dominant-baseline", dominantBaseline[mark.baseline ?? "alphabetic"]);
  }
}

type Tween = (t: number) => void;

/** What an interrupted update must still finish: elements on their way out. */
interface Running {
  frame: number;
  exiting: Element[];
}
const running = new WeakMap<SVGSVGElement, Running>();

function attrTween(element: Element, name: string, to: string): Tween | undefined {
  const from = element.getAttribute(name);
  if (from === null || from === to) {
    element.setAttribute(name, to);
    return undefined;
  }
  if (name === "d") {
    const interpolate = interpolateString(from, to);
    return (t) => element.setAttribute(name, t === 1 ? to : interpolate(t));
  }
  const interpolate = interpolateNumber(Number(from), Number(to));
  return (t) => element.setAttribute(name, t === 1 ? to : String(round1(interpolate(t))));
}

export function renderScene(svg: SVGSVGElement, scene: Scene, duration: number): void {
  const previous = running.get(svg);
  if (previous) {
    cancelAnimationFrame(previous.frame);
    for (const element of previous.exiting) element.remove();
    running.delete(svg);
  }
  svg.setAttribute("viewBox", `0 0 ${round1(scene.width)} ${round1(scene.height)}`);
  const clipRect = svg.querySelector("clipPath rect");
  for (const [name, value] of Object.entries(scene.clip)) clipRect?.setAttribute(name, String(round1(value)));

  const animate = duration > 0;
  const existing = new Map<string, SVGElement>();
  for (const child of svg.children) {
    const key = child.getAttribute("data-key");
    if (key !== null) existing.set(key, child as SVGElement);
  }
  // Marks go in scene order, before anything that is not a mark (the hover read-out layer stays on top).
  const firstOther =
    [...svg.children].find((c) => !c.hasAttribute("data-key") && c.tagName !== "defs") ?? null;
  const tweens: Tween[] = [];

  for (const mark of scene.marks) {
    let element = existing.get(mark.key);
    existing.delete(mark.key);
    if (element && element.tagName !== mark.kind) {
      element.remove();
      element = undefined;
    }
    if (!element) {
      element = document.createElementNS(SVG_NS, mark.kind) as SVGElement;
      element.setAttribute("data-key", mark.key);
      for (const [name, value] of geometry(mark)) element.setAttribute(name, value);
      element.setAttribute("opacity", animate ? "0" : "1");
    }
    setStaticAttributes(element, mark, svg);
    svg.insertBefore(element, firstOther);
    for (const [name, value] of [...geometry(mark), ["opacity", "1"] as [string, string]]) {
      if (!animate) element.setAttribute(name, value);
      else {
        const tween = attrTween(element, name, value);
        if (tween) tweens.push(tween);
      }
    }
  }

  const exiting = [...existing.values()];
  if (!animate) {
    for (const element of exiting) element.remove();
    return;
  }
  for (const element of exiting) {
    const tween = attrTween(element, "opacity", "0");
    if (tween) tweens.push(tween);
  }
  const state: Running = { frame: 0, exiting };
  const start = performance.now();
  const step = (now: number) => {
    const k = Math.min(1, (now - start) / duration);
    const t = k === 1 ? 1 : easeCubicInOut(k);
    for (const tween of tweens) tween(t);
    if (k < 1) state.frame = requestAnimationFrame(step);
    else {
      for (const element of exiting) element.remove();
      running.delete(svg);
    }
  };
  state.frame = requestAnimationFrame(step);
  running.set(svg, state);
}
