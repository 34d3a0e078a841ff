// The Fed chart's labels at every size a reader may see, in both languages: nothing overlaps, nothing is cut
// off, no label sits on a line, and the labels that carry the story are always there. Plus the lane and the
// geometry helpers on small fixtures.
import { describe, expect, it } from "vitest";
import { fedData } from "../../../src/charts/fed/data";
import { layOutLane } from "../../../src/charts/fed/lane";
import { fedFrame } from "../../../src/charts/fed/frame";
import { linePoints } from "../../../src/charts/fed/callouts";
import { fedScene } from "../../../src/charts/fed/model";
import { type FedState, fedStates, fedStepSpecs } from "../../../src/charts/fed/steps";
import { inflate, lineCrosses, overlaps, textBox } from "../../../src/charts/fed/text-boxes";
import type { TextMark } from "../../../src/charts/scene";

const data = fedData();
const widths = [320, 360, 375, 414, 568, 640, 768, 1024, 1280];
const heights = [280, 360, 480];
const langs = ["en", "ja"] as const;

function* sizes() {
  for (const state of fedStates)
    for (const lang of langs)
      for (const width of widths) for (const height of heights) yield { state, lang, width, height };
}

function textMarks(state: FedState, width: number, height: number, lang: "en" | "ja"): TextMark[] {
  return fedScene(data, state, { width, height }, lang).marks.filter((m): m is TextMark => m.kind === "text");
}

/** The labels a step is about, which must be printed at every size. */
function required(state: FedState): string[] {
  const spec = fedStepSpecs[state];
  return [
    "fed-unit",
    "fed-name-total",
    "fed-name-total-value",
    "fed-name-treasuries",
    "fed-name-treasuries-value",
    ...spec.focus.map((id) => `fed-lane-${id}`),
    ...spec.decisions.map((id) => `fed-lane-${id}`),
    ...(spec.spike ? ["fed-lane-spike"] : []),
  ];
}

describe("Fed chart labels at 320-1280 px, in both languages", () => {
  it("keeps every label inside the frame", () => {
    for (const { state, lang, width, height } of sizes())
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
    for (const { state, lang, width, height } of sizes()) {
      const marks = textMarks(state, width, height, lang);
      const boxes = marks.map(textBox);
      for (let i = 0; i < marks.length; i++)
        for (let j = i + 1; j < marks.length; j++) {
          const where = `${state} ${lang} ${width}x${height}: "${marks[i]!.text}" / "${marks[j]!.text}"`;
          expect(overlaps(boxes[i]!, boxes[j]!), where).toBe(false);
        }
    }
  });

  it("never puts a line's name or a value on top of a line", () => {
    for (const { state, lang, width, height } of sizes()) {
      const frame = fedFrame(data, state, { width, height }, lang);
      const lines = [linePoints(data, "total", frame), linePoints(data, "treasuries", frame)];
      for (const mark of textMarks(state, width, height, lang)) {
        if (!/series-label|series-value|value-label/.test(mark.className ?? "")) continue;
        const where = `${state} ${lang} ${width}x${height} "${mark.text}"`;
        for (const line of lines) expect(lineCrosses(line, textBox(mark)), where).toBe(false);
      }
    }
  });

  it("always prints the lines' names and values and the labels the step is about", () => {
    for (const { state, lang, width, height } of sizes()) {
      const keys = new Set(textMarks(state, width, height, lang).map((m) => m.key));
      for (const key of required(state))
        expect(keys.has(key), `${state} ${lang} ${width}x${height} ${key}`).toBe(true);
    }
  });

  it("prints every value the step calls out (sizes before and after programmes), at every size", () => {
    const all: string[] = [];
    for (const { state, lang, width, height } of sizes()) {
      const keys = new Set(textMarks(state, width, height, lang).map((m) => m.key));
      const failures: string[] = [];
      for (const callout of fedStepSpecs[state].callouts) {
        const at =
          typeof callout.at === "string"
            ? callout.at
            : "before" in callout.at
              ? `before-${callout.at.before}`
              : `end-${callout.at.end}`;
        const key = `fed-callout-${at}-${callout.series}-text`;
        if (!keys.has(key)) failures.push(`${state} ${lang} ${width}x${height} ${key}`);
      }
      all.push(...failures);
    }
    expect(all).toEqual([]);
  });

  it("gives year ticks one label each, however wide the chart", () => {
    for (const width of widths) {
      const labels = textMarks("qt", width, 360, "en")
        .filter((m) => m.className === "axis-label" && /^\d{4}$/.test(m.text))
        .map((m) => m.text);
      expect(new Set(labels).size, `${width}`).toBe(labels.length);
      expect(labels.length, `${width}`).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("the label lane", () => {
  const options = { left: 0, right: 200, firstRowY: 30, rowHeight: 16, rows: 2 };
  const item = (key: string, x: number, required = false, long = "Long label", short = "Short") => ({
    key,
    x,
    long,
    short,
    required,
    className: "",
  });

  it("puts labels that would touch in different rows", () => {
    const { marks, rows } = layOutLane([item("a", 100), item("b", 110)], options);
    expect(rows).toBe(2);
    expect(new Set(marks.map((m) => m.y)).size).toBe(2);
  });

  it("switches to the short form before giving up a label", () => {
    // "Long label" is about 80 px wide: centred 80 px apart, two of them would touch; the short form fits.
    const { marks } = layOutLane([item("a", 40), item("b", 120)], { ...options, rows: 1 });
    expect(marks.map((m) => m.text)).toEqual(["Long label", "Short"]);
  });

  it("leaves out a label the step is not about when there is no room, but never a required one", () => {
    const crowded = [item("a", 50, true), item("b", 50, true), item("c", 50, true), item("d", 50)];
    const { marks } = layOutLane(crowded, { ...options, rows: 1, right: 100 });
    expect(marks.map((m) => m.key).sort()).toEqual(["a", "b", "c"]);
  });

  it("keeps labels inside its edges", () => {
    const { marks } = layOutLane([item("edge", 2)], options);
    expect(textBox(marks[0]!).x).toBeGreaterThanOrEqual(0);
  });
});

describe("label geometry", () => {
  it("finds a line passing through a box, even between two points outside it", () => {
    const box = { x: 10, y: 10, width: 10, height: 10 };
    expect(
      lineCrosses(
        [
          [0, 0],
          [30, 30],
        ],
        box,
      ),
    ).toBe(true);
    expect(
      lineCrosses(
        [
          [0, 40],
          [30, 40],
        ],
        box,
      ),
    ).toBe(false);
    expect(
      lineCrosses(
        [
          [15, 0],
          [15, 5],
          [15, 30],
        ],
        box,
      ),
    ).toBe(true);
  });

  it("grows a box evenly", () => {
    expect(inflate({ x: 10, y: 10, width: 4, height: 4 }, 2)).toEqual({ x: 8, y: 8, width: 8, height: 8 });
  });
});
