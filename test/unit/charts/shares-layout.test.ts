// The shares chart's labels at every size a reader may see, 320-1280 px wide, in both languages: nothing
// overlaps, nothing is cut off, the notes fit under the axis, and the labels that carry the story are there.
import { describe, expect, it } from "vitest";
import type { TextMark } from "../../../src/charts/scene";
import { sharesData } from "../../../src/charts/shares/data";
import { sharesFrame } from "../../../src/charts/shares/frame";
import { above, below, placeLabel } from "../../../src/charts/shares/label-spots";
import { sharesScene } from "../../../src/charts/shares/model";
import { type SharesState, sharesStates } from "../../../src/charts/shares/steps";
import { overlaps, textBox, textWidth, wrapText } from "../../../src/charts/shares/text-layout";

const data = sharesData();
const widths = [320, 360, 375, 414, 568, 640, 768, 1024, 1280];
const heights = [280, 360, 480, 600];
const langs = ["en", "ja"] as const;

function textMarks(state: SharesState, width: number, height: number, lang: "en" | "ja"): TextMark[] {
  return sharesScene(data, state, { width, height }, lang).marks.filter(
    (m): m is TextMark => m.kind === "text",
  );
}

function* everySize() {
  for (const state of sharesStates)
    for (const lang of langs)
      for (const width of widths) for (const height of heights) yield { state, lang, width, height };
}

/** Keys of labels each step must show at every size. */
const mustShow: Record<SharesState, string[]> = {
  "china-peak-share": ["s-china-share-peak-text", "s-china-dollar-peak-text", "s-name-china", "s-name-japan"],
  crossing: ["s-ahead-title", "s-ahead-from", "s-ahead-to"],
  today: ["s-latest-china-text", "s-latest-japan-text"],
};

describe("shares chart labels at 320-1280 px, in both languages", () => {
  it("keeps every label inside the frame", () => {
    for (const { state, lang, width, height } of everySize())
      for (const mark of textMarks(state, width, height, lang)) {
        const box = textBox(mark);
        const where = `${state} ${lang} ${width}x${height} ${mark.key} "${mark.text}"`;
        expect(box.x, where).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, where).toBeLessThanOrEqual(width);
        expect(box.y, where).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, where).toBeLessThanOrEqual(height);
      }
  });

  it("never lets two labels overlap", () => {
    for (const { state, lang, width, height } of everySize()) {
      const marks = textMarks(state, width, height, lang);
      const boxes = marks.map(textBox);
      for (let i = 0; i < marks.length; i++)
        for (let j = i + 1; j < marks.length; j++) {
          const where = `${state} ${lang} ${width}x${height}: "${marks[i]!.text}" / "${marks[j]!.text}"`;
          expect(overlaps(boxes[i]!, boxes[j]!), where).toBe(false);
        }
    }
  });

  it("keeps step labels in the plot, left of the line-end names", () => {
    for (const { state, lang, width, height } of everySize()) {
      const frame = sharesFrame(data, state, { width, height }, lang);
      for (const mark of textMarks(state, width, height, lang)) {
        if (!mark.className?.includes("annotation")) continue;
        const box = textBox(mark);
        expect(box.x + box.width, `${state} ${lang} ${width}x${height} ${mark.key}`).toBeLessThanOrEqual(
          frame.right,
        );
        expect(box.y + box.height, `${state} ${lang} ${width}x${height} ${mark.key}`).toBeLessThanOrEqual(
          frame.bottom,
        );
      }
    }
  });

  it("always shows the labels that carry the story", () => {
    for (const { state, lang, width, height } of everySize()) {
      const keys = textMarks(state, width, height, lang).map((m) => m.key);
      for (const key of mustShow[state]) expect(keys, `${state} ${lang} ${width}x${height}`).toContain(key);
    }
  });

  it("prints the whole step note under the time axis, at most three lines on a phone", () => {
    for (const { state, lang, width, height } of everySize()) {
      const frame = sharesFrame(data, state, { width, height }, lang);
      const note = textMarks(state, width, height, lang).filter((m) => m.className === "chart-note");
      expect(note.length, `${state} ${lang} ${width}`).toBeGreaterThan(0);
      expect(note.length, `${state} ${lang} ${width}`).toBeLessThanOrEqual(3);
      for (const line of note) expect(line.y).toBeGreaterThan(frame.bottom + 20);
    }
  });
});

describe("shares text layout", () => {
  it("wraps English at spaces and never makes a line wider than asked", () => {
    const lines = wrapText(
      "Both shares divide by the same total, so the lines cross",
      120,
      "chart-note",
      "en",
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("Both shares divide by the same total, so the lines cross");
    for (const line of lines) expect(textWidth(line, "chart-note")).toBeLessThanOrEqual(120);
  });

  it("wraps Japanese between characters but never starts a line with closing punctuation", () => {
    const lines = wrapText(
      "両国とも同じ外国保有総額で割っているので、線が交わる月は同じです。",
      96,
      "chart-note",
      "ja",
    );
    expect(lines.join("")).toBe("両国とも同じ外国保有総額で割っているので、線が交わる月は同じです。");
    for (const line of lines) expect(line).not.toMatch(/^[、。]/);
  });

  it("keeps Latin runs whole in Japanese lines", () => {
    const lines = wrapText("実線:2011年12月からの新方式", 60, "chart-note", "ja");
    expect(lines.some((l) => l.includes("2011"))).toBe(true);
  });
});

describe("label spots", () => {
  const bounds = { x: 0, y: 0, width: 300, height: 200 };
  const at = { x: 150, y: 100 };

  it("takes the first spot that is clear of other labels and of the lines", () => {
    const taken = [textBox({ kind: "text", key: "t", x: 150, y: 91, text: "Blocker", anchor: "middle" })];
    const placed = placeLabel("k", ["Label"], at, [above("center"), below("center")], {
      bounds,
      taken,
      points: [],
    });
    expect(placed.spot).toEqual(below("center"));
  });

  it("avoids the lines when another spot is free of them", () => {
    const points = [{ x: 150, y: 88 }];
    const placed = placeLabel("k", ["Label"], at, [above("center"), above("right")], {
      bounds,
      taken: [],
      points,
    });
    expect(placed.marks[0]?.anchor).toBe("start");
  });

  it("stacks a two-line label upwards when it sits above its dot", () => {
    const placed = placeLabel("k", ["Share peak", "28.2%"], at, [above("center")], {
      bounds,
      taken: [],
      points: [],
    });
    expect(placed.marks.map((m) => m.key)).toEqual(["k", "k-2"]);
    expect(placed.marks[1]!.y).toBe(at.y - 9);
    expect(placed.marks[0]!.y).toBeLessThan(placed.marks[1]!.y);
  });
});
