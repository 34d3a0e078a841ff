// The scenarios layout at every size a reader may see, in both languages: boxes never overlap, every line of
// text stays inside its box, arrows join consecutive stages, phones get one road at a time, and nothing moves
// between the steps of one road.
import { describe, expect, it } from "vitest";
import {
  SIDE_BY_SIDE_MIN_WIDTH,
  type PlacedLine,
  type ScenariosLayout,
  scenariosLayout,
} from "../../../src/charts/scenarios/layout";
import { type ScenariosState, scenarios, scenariosStates } from "../../../src/charts/scenarios/steps";
import { textWidth } from "../../../src/charts/scenarios/type-scale";
import type { Rect } from "../../../src/charts/scene";

const widths = [320, 340, 360, 375, 390, 414, 480, 539, 540, 600, 640, 768, 900, 1024, 1280];
const heights = [240, 280, 344, 440, 600];
const langs = ["ja", "en"] as const;
const readingStates = scenariosStates.filter((s) => s !== "compare");

function* everySize() {
  for (const state of scenariosStates)
    for (const lang of langs)
      for (const width of widths)
        for (const height of heights) {
          const layout = scenariosLayout(state, { width, height }, lang);
          yield { state, lang, width, height, layout, where: `${state} ${lang} ${width}x${height}` };
        }
}

/** The rectangle a line of text covers: its estimated width, and the em box around its middle. */
function lineRect(
  line: PlacedLine,
  layout: ScenariosLayout,
  bold: boolean,
  anchor: "start" | "middle",
): Rect {
  const width = textWidth(line.text, layout.fontSize, bold);
  const half = layout.fontSize * 0.6;
  const x = anchor === "middle" ? line.x - width / 2 : line.x;
  return { x, y: line.y - half, width, height: 2 * half };
}

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

const overlap = (a: Rect, b: Rect, gap = 0) =>
  a.x < b.x + b.width + gap &&
  b.x < a.x + a.width + gap &&
  a.y < b.y + b.height + gap &&
  b.y < a.y + a.height + gap;

/** Every box drawn: stages, folded roads and the closing note. */
function boxes(layout: ScenariosLayout): Array<{ name: string; box: Rect }> {
  return [
    ...layout.boxes.map((b) => ({ name: `${b.scenario}-${b.stage}`, box: b.box })),
    ...layout.folded.map((f) => ({ name: `${f.scenario}-folded`, box: f.box })),
    ...(layout.banner ? [{ name: "banner", box: layout.banner.box }] : []),
  ];
}

describe("scenarios layout from 320 to 1280 px, in both languages", () => {
  it("never lets two boxes overlap or touch", () => {
    for (const { layout, where } of everySize()) {
      const all = boxes(layout);
      for (const [i, a] of all.entries())
        for (const b of all.slice(i + 1))
          expect(overlap(a.box, b.box, 4), `${where}: ${a.name} and ${b.name}`).toBe(false);
    }
  });

  it("keeps every line of text, and every stage number, inside its box", () => {
    for (const { layout, where } of everySize()) {
      for (const b of layout.boxes) {
        for (const line of b.lines)
          expect(inside(lineRect(line, layout, false, "start"), b.box), `${where}: "${line.text}"`).toBe(
            true,
          );
        expect(inside(lineRect(b.number, layout, true, "middle"), b.box), `${where}: number ${b.stage}`).toBe(
          true,
        );
      }
      for (const f of layout.folded)
        for (const line of f.lines)
          expect(inside(lineRect(line, layout, true, "start"), f.box), `${where}: "${line.text}"`).toBe(true);
      for (const line of layout.banner?.lines ?? [])
        expect(inside(lineRect(line, layout, true, "middle"), layout.banner!.box), where).toBe(true);
    }
  });

  it("keeps the roads' headings inside the frame and clear of every box", () => {
    for (const { layout, where } of everySize()) {
      const frame = { x: 0, y: 0, width: layout.width, height: layout.height };
      for (const h of layout.headers)
        for (const line of [h.kicker, ...h.title]) {
          const rect = lineRect(line, layout, true, "start");
          expect(inside(rect, frame), `${where}: "${line.text}"`).toBe(true);
          for (const { name, box } of boxes(layout))
            expect(overlap(rect, box), `${where}: "${line.text}" on ${name}`).toBe(false);
        }
      for (const { name, box } of boxes(layout)) expect(inside(box, frame), `${where}: ${name}`).toBe(true);
    }
  });

  it("draws each arrow from one stage's box down to the next one's", () => {
    for (const { layout, where } of everySize())
      for (const a of layout.arrows) {
        const from = layout.boxes.find((b) => b.scenario === a.scenario && b.stage === a.stage)!.box;
        const to = layout.boxes.find((b) => b.scenario === a.scenario && b.stage === a.stage + 1)!.box;
        expect(a.y1, where).toBeGreaterThanOrEqual(from.y + from.height);
        expect(a.y2, where).toBeLessThanOrEqual(to.y);
        expect(a.y2 - a.y1, where).toBeGreaterThan(3);
        expect(a.x, where).toBeGreaterThan(from.x);
        expect(a.x, where).toBeLessThan(from.x + from.width);
      }
  });

  it("prints every label in full while a road is being read", () => {
    for (const { state, lang, layout, where } of everySize()) {
      if (state === "compare") continue;
      for (const b of layout.boxes) {
        const label = scenarios[b.scenario].stages[b.stage - 1]!.label[lang];
        const text = b.lines.map((l) => l.text).join(lang === "ja" ? "" : " ");
        expect(text, where).toBe(label);
      }
    }
  });
});

describe("scenarios layout on phones and on wide screens", () => {
  it("shows only the road being read on a phone, with the other folded where it comes in the story", () => {
    const s1 = scenariosLayout("s1-calm", { width: 375, height: 344 }, "en");
    expect(s1.mode).toBe("stack");
    expect(new Set(s1.boxes.map((b) => b.scenario))).toEqual(new Set(["s1"]));
    expect(s1.folded.map((f) => f.scenario)).toEqual(["s2"]);
    expect(s1.folded[0]!.box.y).toBeGreaterThan(Math.max(...s1.boxes.map((b) => b.box.y)));

    const s2 = scenariosLayout("s2-repriced", { width: 375, height: 344 }, "en");
    expect(new Set(s2.boxes.map((b) => b.scenario))).toEqual(new Set(["s2"]));
    expect(s2.folded.map((f) => f.scenario)).toEqual(["s1"]);
    expect(s2.folded[0]!.box.y).toBeLessThan(Math.min(...s2.boxes.map((b) => b.box.y)));
  });

  it("puts both roads side by side from 540 px, and always for the comparison", () => {
    for (const lang of langs) {
      expect(scenariosLayout("s1-act", { width: SIDE_BY_SIDE_MIN_WIDTH, height: 400 }, lang).mode).toBe(
        "side",
      );
      expect(scenariosLayout("s1-act", { width: SIDE_BY_SIDE_MIN_WIDTH - 1, height: 400 }, lang).mode).toBe(
        "stack",
      );
      const compare = scenariosLayout("compare", { width: 320, height: 280 }, lang);
      expect(compare.mode).toBe("side");
      expect(compare.boxes).toHaveLength(9);
      expect(compare.banner).toBeDefined();
    }
  });

  it("fits a phone's graphic (375×344 and 390×443) at every step without shrinking the picture", () => {
    for (const [width, height] of [
      [375, 344],
      [390, 443],
    ] as const)
      for (const lang of langs)
        for (const state of scenariosStates) {
          const layout = scenariosLayout(state, { width, height }, lang);
          expect(layout.height, `${state} ${lang} ${width}x${height}`).toBe(height);
        }
  });

  it("uses large type on a desktop graphic", () => {
    for (const lang of langs)
      for (const state of scenariosStates)
        expect(scenariosLayout(state, { width: 712, height: 598 }, lang).fontSize).toBeGreaterThanOrEqual(15);
  });

  it("keeps every box in place between the steps of a road, so only the highlight moves", () => {
    const rects = (state: ScenariosState, width: number, lang: "ja" | "en") =>
      scenariosLayout(state, { width, height: 440 }, lang).boxes.map((b) => b.box);
    for (const lang of langs) {
      for (const state of readingStates) expect(rects(state, 768, lang)).toEqual(rects("s1-act", 768, lang));
      for (const state of readingStates.filter((s) => s.startsWith("s1")))
        expect(rects(state, 375, lang)).toEqual(rects("s1-act", 375, lang));
      for (const state of readingStates.filter((s) => s.startsWith("s2")))
        expect(rects(state, 375, lang)).toEqual(rects("s2-selling", 375, lang));
    }
  });
});
