// Scenarios graphic, pure: step + size -> scene. Stages appear one at a time: the stage being read is
// highlighted, earlier ones stay (dimmed), later ones wait as empty outlines so the length of each road shows.
import type { Lang } from "../../i18n/locales";
import type { Mark, Rect, Scene, Size } from "../scene";
import { type PlacedLine, type ScenariosLayout, scenariosLayout } from "./layout";
import { type ScenarioId, type ScenariosState, scenariosStepSpecs } from "./steps";
import { sizeClass } from "./type-scale";

/** The graphic draws no data: its words live in ./steps.ts, which the browser bundles anyway. */
export type ScenariosData = Record<string, never>;

export type StageStatus = "current" | "past" | "future" | "done";

/** How far each road has been told at a step. */
export function stageStatus(state: ScenariosState, scenario: ScenarioId, stage: number): StageStatus {
  const { focus, stage: reached } = scenariosStepSpecs[state];
  if (focus === "both") return "done";
  if (focus === scenario) return stage < reached ? "past" : stage === reached ? "current" : "future";
  // Scenario 1 is told in full before scenario 2 starts.
  return scenario === "s1" ? "past" : "future";
}

const CORNER = 6;

/** A rounded rectangle as a path with a fixed command list, so boxes morph smoothly between sizes. */
export function roundedRect({ x, y, width, height }: Rect, radius = CORNER): string {
  const r = Math.max(0, Math.min(radius, width / 2, height / 2));
  const n = (v: number) => Math.round(v * 10) / 10;
  return [
    `M${n(x + r)},${n(y)}H${n(x + width - r)}`,
    `A${n(r)},${n(r)} 0 0 1 ${n(x + width)},${n(y + r)}V${n(y + height - r)}`,
    `A${n(r)},${n(r)} 0 0 1 ${n(x + width - r)},${n(y + height)}H${n(x + r)}`,
    `A${n(r)},${n(r)} 0 0 1 ${n(x)},${n(y + height - r)}V${n(y + r)}`,
    `A${n(r)},${n(r)} 0 0 1 ${n(x + r)},${n(y)}Z`,
  ].join("");
}

/** A downward arrow: shaft and an open head, one stroked path. */
function arrowPath(x: number, y1: number, y2: number): string {
  const head = Math.min(4.5, (y2 - y1) / 2);
  const n = (v: number) => Math.round(v * 10) / 10;
  return `M${n(x)},${n(y1)}V${n(y2)}M${n(x - head)},${n(y2 - head)}L${n(x)},${n(y2)}L${n(x + head)},${n(y2 - head)}`;
}

function lineMarks(key: string, lines: PlacedLine[], className: string, anchor: "start" | "middle"): Mark[] {
  return lines.map((line, i) => ({
    kind: "text",
    key: `${key}-${i}`,
    className,
    x: line.x,
    y: line.y,
    text: line.text,
    anchor,
    baseline: "middle",
  }));
}

function headerMarks(layout: ScenariosLayout, state: ScenariosState, size: string): Mark[] {
  const { focus } = scenariosStepSpecs[state];
  return layout.headers.flatMap((h) => {
    const quiet = focus !== "both" && focus !== h.scenario ? " is-quiet" : "";
    return [
      {
        kind: "text",
        key: `sc-${h.scenario}-kicker`,
        className: `sc-kicker ${size}${quiet}`,
        x: h.kicker.x,
        y: h.kicker.y,
        text: h.kicker.text,
        baseline: "middle",
      },
      ...lineMarks(`sc-${h.scenario}-title`, h.title, `sc-title ${size}${quiet}`, "start"),
    ];
  });
}

function foldedMarks(layout: ScenariosLayout, state: ScenariosState, size: string): Mark[] {
  return layout.folded.flatMap((f) => {
    // Scenario 2 folded is still to come; scenario 1 folded has been told.
    const status = stageStatus(state, f.scenario, 1) === "future" ? "is-future" : "is-past";
    return [
      { kind: "path", key: `sc-${f.scenario}-fold`, className: `sc-fold ${status}`, d: roundedRect(f.box) },
      ...lineMarks(`sc-${f.scenario}-fold-text`, f.lines, `sc-fold-text ${size} ${status}`, "start"),
    ];
  });
}

function stageMarks(layout: ScenariosLayout, state: ScenariosState, size: string): Mark[] {
  return layout.boxes.flatMap((b) => {
    const status = stageStatus(state, b.scenario, b.stage);
    const key = `sc-${b.scenario}-${b.stage}`;
    const marks: Mark[] = [
      { kind: "path", key: `${key}-box`, className: `sc-box is-${status}`, d: roundedRect(b.box) },
      {
        kind: "text",
        key: `${key}-number`,
        className: `sc-number ${size} is-${status}`,
        x: b.number.x,
        y: b.number.y,
        text: b.number.text,
        anchor: "middle",
        baseline: "middle",
      },
    ];
    // A stage not reached yet is an empty outline: its words come with its step.
    if (status !== "future")
      marks.push(...lineMarks(`${key}-label`, b.lines, `sc-label ${size} is-${status}`, "start"));
    return marks;
  });
}

function arrowMarks(layout: ScenariosLayout, state: ScenariosState): Mark[] {
  return layout.arrows.map((a) => {
    // An arrow is travelled once the stage it points to is reached.
    const status = stageStatus(state, a.scenario, a.stage + 1);
    return {
      kind: "path",
      key: `sc-${a.scenario}-arrow-${a.stage}`,
      className: `sc-arrow is-${status}`,
      d: arrowPath(a.x, a.y1, a.y2),
    };
  });
}

function bannerMarks(layout: ScenariosLayout, state: ScenariosState, size: string): Mark[] {
  if (state !== "compare" || !layout.banner) return [];
  return [
    { kind: "path", key: "sc-banner", className: "sc-banner", d: roundedRect(layout.banner.box) },
    ...lineMarks("sc-banner-text", layout.banner.lines, `sc-banner-text ${size}`, "middle"),
  ];
}

export function scenariosScene(_data: ScenariosData, state: ScenariosState, frame: Size, lang: Lang): Scene {
  const layout = scenariosLayout(state, frame, lang);
  const size = sizeClass(layout.fontSize);
  const marks: Mark[] = [
    ...headerMarks(layout, state, size),
    ...foldedMarks(layout, state, size),
    ...arrowMarks(layout, state),
    ...stageMarks(layout, state, size),
    ...bannerMarks(layout, state, size),
  ];
  const clip = { x: 0, y: 0, width: layout.width, height: layout.height };
  return { width: layout.width, height: layout.height, clip, marks };
}
