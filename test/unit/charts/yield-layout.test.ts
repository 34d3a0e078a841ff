// The yield chart's labels at every size a reader may see: nothing overlaps, nothing is cut off, and the labels
// that carry the story are always there. Plus the placement and wrapping helpers on small fixtures.
import { describe, expect, it } from "vitest";
import type { Rect, TextMark } from "../../../src/charts/scene";
import { yieldData } from "../../../src/charts/yield/data";
import { lineSamples, placeLabels } from "../../../src/charts/yield/label-placement";
import { yieldScene } from "../../../src/charts/yield/model";
import { yieldStates, type YieldState } from "../../../src/charts/yield/steps";
import { overlaps, textBox, textWidth, wrapText } from "../../../src/charts/yield/text-layout";
import { keepAxisLabelsApart } from "../../../src/charts/yield/yield-axes";
import { histogramOf, rankRise } from "../../../src/charts/yield/week-rank";

const data = yieldData();
const widths = [320, 360, 375, 414, 568, 640, 768, 1024, 1280];
const heights = [280, 360, 480];
const langs = ["en", "ja"] as const;

/** Labels each step must always show, whatever the size: the story's key numbers. */
const mustShow: Record<YieldState, { en: string[]; ja: string[] }> = {
  "long-run": { en: ["Apr 2025: 4.48%", "2008–2025"], ja: ["2025年4月: 4.48%", "2008〜2025年"] },
  "zoom-2025": { en: ["Apr 4: 4.01%", "Apr 11: 4.48%"], ja: ["4月4日 4.01%", "4月11日 4.48%"] },
  "april-days": { en: ["Apr 4: 4.01%", "Apr 11: 4.48%"], ja: ["4月4日 4.01%", "4月11日 4.48%"] },
  "week-vs-history": { en: [], ja: [] },
  "article-vs-close": { en: ["Close 4.48%", "Article 4.43%"], ja: ["終値 4.48%", "記事 4.43%"] },
};

function textMarks(state: YieldState, width: number, height: number, lang: "en" | "ja"): TextMark[] {
  return yieldScene(data, state, { width, height }, lang).marks.filter(
    (m): m is TextMark => m.kind === "text",
  );
}

describe("yield chart labels at 320-1280 px, in both languages", () => {
  it("keeps every label inside the frame", () => {
    for (const state of yieldStates)
      for (const lang of langs)
        for (const width of widths)
          for (const height of heights)
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
    for (const state of yieldStates)
      for (const lang of langs)
        for (const width of widths)
          for (const height of heights) {
            const marks = textMarks(state, width, height, lang);
            const boxes = marks.map(textBox);
            for (let i = 0; i < marks.length; i++)
              for (let j = i + 1; j < marks.length; j++) {
                const where = `${state} ${lang} ${width}x${height}: "${marks[i]!.text}" / "${marks[j]!.text}"`;
                expect(overlaps(boxes[i]!, boxes[j]!), where).toBe(false);
              }
          }
  });

  it("always shows the labels that carry the story", () => {
    for (const state of yieldStates)
      for (const lang of langs)
        for (const width of widths)
          for (const height of heights) {
            const shown = textMarks(state, width, height, lang).map((m) => m.text);
            for (const label of mustShow[state][lang])
              expect(shown, `${state} ${lang} ${width}x${height}`).toContain(label);
          }
  });

  it("states the week's change on the histogram's marker at every width", () => {
    for (const lang of langs)
      for (const width of widths) {
        const marker = textMarks("week-vs-history", width, 360, lang).find((m) => m.key === "yw-focus-label");
        expect(marker?.text, `${lang} ${width}`).toMatch(/\+47 ?bp$/);
      }
  });
});

describe("label placement helpers", () => {
  const bounds: Rect = { x: 0, y: 0, width: 300, height: 200 };
  const label = (key: string, x: number, y: number, required = false) => ({
    key,
    text: "4.48%",
    className: "value-label",
    x,
    y,
    sides: ["above", "below"] as const,
    required,
  });

  it("puts a label above its point when that is free, else below", () => {
    const [above] = placeLabels([label("a", 100, 100)], [], bounds);
    expect(above?.kind === "text" && above.baseline).toBe("alphabetic");
    const blocked = [{ x: 80, y: 70, width: 40, height: 25 }];
    const [below] = placeLabels([label("a", 100, 100)], blocked, bounds);
    expect(below?.kind === "text" && below.baseline).toBe("hanging");
  });

  it("leaves out an optional label with no free place, but moves a required one out with a leader", () => {
    const everywhere = [{ x: 60, y: 75, width: 80, height: 50 }];
    expect(placeLabels([label("a", 100, 100)], everywhere, bounds)).toEqual([]);
    const moved = placeLabels([label("a", 100, 100, true)], everywhere, bounds);
    expect(moved.map((m) => m.kind)).toEqual(["text", "line"]);
  });

  it("prefers a place off the drawn line", () => {
    const line = lineSamples(
      [
        [0, 90],
        [300, 90],
      ],
      bounds,
    );
    const [placed] = placeLabels([label("a", 100, 100)], [], bounds, line);
    expect(placed?.kind === "text" && placed.baseline).toBe("hanging");
  });

  it("wraps notes to the frame and never starts a Japanese line with closing punctuation", () => {
    const en = wrapText(
      "The article quoted intraday, delayed prices; FRED records end-of-day yields",
      150,
      "y-note",
      "en",
    );
    expect(en.length).toBeGreaterThan(1);
    for (const line of en) expect(textWidth(line, "y-note")).toBeLessThanOrEqual(150);
    const ja = wrapText(
      "記事の数字は取引時間中の遅延気配値、FREDは各日の終値ベースの定満期利回り。",
      100,
      "y-note",
      "ja",
    );
    expect(ja.join("")).toBe("記事の数字は取引時間中の遅延気配値、FREDは各日の終値ベースの定満期利回り。");
    for (const line of ja) expect(line).not.toMatch(/^[、。]/);
  });

  it("drops an axis label that would collide with the one before it", () => {
    const tick = (key: string, x: number): TextMark => ({
      kind: "text",
      key,
      className: "axis-label",
      x,
      y: 300,
      text: "Apr 2025",
      anchor: "middle",
      baseline: "hanging",
    });
    const kept = keepAxisLabelsApart([tick("a", 60), tick("b", 90), tick("c", 200)], 0, 320);
    expect(kept.map((m) => m.key)).toEqual(["a", "c"]);
  });
});

describe("weekly change ranking and bins", () => {
  const week = (end: number, changeBp: number) => ({ end, previousEnd: end - 7, changeBp, close: 4 });

  it("ranks a rise by how many weeks rose more, with ties sharing the rank", () => {
    const weeks = [week(1, 30), week(2, 60), week(3, 47), week(4, 47), week(5, -10), week(6, 50)];
    const r = rankRise(weeks, weeks[3]!);
    expect(r.rank).toBe(3);
    expect(r.ties).toBe(1);
    expect(r.lastLarger?.end).toBe(2);
    expect(r.atLeastAsLarge.map((w) => w.end)).toEqual([2, 6, 3, 4]);
  });

  it("bins changes in [start, start + width) with 0 on a bin edge", () => {
    const h = histogramOf([-7, -5, -0.5, 0, 4.99, 5, 47], 5);
    expect(h.binStarts[0]).toBe(-10);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(7);
    const at = (start: number) => h.counts[h.binStarts.indexOf(start)];
    expect(at(-10)).toBe(1);
    expect(at(-5)).toBe(2);
    expect(at(0)).toBe(2);
    expect(at(5)).toBe(1);
    expect(at(45)).toBe(1);
  });
});
