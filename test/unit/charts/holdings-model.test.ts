import { describe, expect, it } from "vitest";
import {
  describeHoldings,
  holdingsHighlights,
  holdingsScene,
  type HoldingsData,
} from "../../../src/charts/holdings/model";
import { holdingsStates } from "../../../src/charts/holdings/steps";
import type { Mark, TextMark } from "../../../src/charts/scene";

/** A small made-up series with the same shape as the TIC table: monthly, China peaking mid-way. */
function fixture(): HoldingsData {
  const months: number[] = [];
  const china: number[] = [];
  const japan: number[] = [];
  for (let year = 2000; year <= 2025; year++) {
    for (let month = 0; month < 12; month++) {
      if (year === 2000 && month < 2) continue;
      const t = Date.UTC(year, month, 1);
      const k = months.length;
      months.push(t);
      china.push(k < 160 ? 70 + k * 7.5 : 1270 - (k - 160) * 3.4);
      japan.push(300 + k * 3 + (year === 2024 && month === 11 ? -40 : 0));
    }
  }
  return {
    months,
    china,
    japan,
    breaks: [Date.UTC(2010, 5, 1), Date.UTC(2011, 5, 1)],
    article: [{ month: Date.UTC(2024, 11, 1), china: 759, japan: 1059.8 }],
  };
}

const size = { width: 640, height: 400 };
const byKey = (marks: Mark[], key: string) => marks.find((m) => m.key === key);

describe("holdings model", () => {
  const data = fixture();

  it("finds China's peak and the last month China held as little as in December 2024", () => {
    const h = holdingsHighlights(data);
    const peak = data.months[data.china.indexOf(Math.max(...data.china))];
    expect(h.chinaPeak).toBe(peak);
    const dec2024 = data.china[data.months.indexOf(Date.UTC(2024, 11, 1))]!;
    const lowSince = data.months.indexOf(h.chinaLowSince!);
    expect(data.china[lowSince]).toBeLessThanOrEqual(dec2024);
    for (let i = lowSince + 1; i < data.months.indexOf(Date.UTC(2024, 11, 1)); i++) {
      expect(data.china[i]).toBeGreaterThan(dec2024);
    }
  });

  it("labels both lines directly at their ends, in the reader's language", () => {
    for (const [lang, china, japan] of [
      ["en", "China", "Japan"],
      ["ja", "中国", "日本"],
    ] as const) {
      const scene = holdingsScene(data, "long-view", size, lang);
      expect((byKey(scene.marks, "h-name-china") as TextMark).text).toBe(china);
      expect((byKey(scene.marks, "h-name-japan") as TextMark).text).toBe(japan);
    }
  });

  it("keeps the same line commands in every step, so lines can morph while the axes rescale", () => {
    const commands = holdingsStates.map((state) => {
      const line = byKey(holdingsScene(data, state, size, "en").marks, "h-line-china");
      return line?.kind === "path" ? (line.d.match(/[ML]/g) ?? []).length : -1;
    });
    expect(new Set(commands).size).toBe(1);
    expect(commands[0]).toBe(data.months.length);
  });

  it("marks the article's printed figure where it differs from the current data", () => {
    const scene = holdingsScene(data, "article-table", size, "en");
    const keys = scene.marks.map((m) => m.key);
    expect(keys).toContain(`h-article-china-${Date.UTC(2024, 11, 1)}-dot`);
    // Japan's printed 1,059.8 differs from the fixture's value: a hollow marker shows the printed figure.
    expect(keys).toContain(`h-article-japan-${Date.UTC(2024, 11, 1)}-printed`);
  });

  it("keeps every text label inside the frame at phone and desktop widths", () => {
    for (const width of [320, 375, 640, 1100]) {
      for (const state of holdingsStates) {
        const scene = holdingsScene(data, state, { width, height: 360 }, "ja");
        for (const mark of scene.marks) {
          if (mark.kind !== "text") continue;
          expect(mark.y, `${state} ${mark.key} at ${width}`).toBeGreaterThanOrEqual(0);
          expect(mark.y, `${state} ${mark.key} at ${width}`).toBeLessThanOrEqual(360);
          expect(mark.x, `${state} ${mark.key} at ${width}`).toBeGreaterThanOrEqual(0);
          expect(mark.x, `${state} ${mark.key} at ${width}`).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it("describes every step in words, in both languages", () => {
    for (const state of holdingsStates) {
      expect(describeHoldings(data, state, "en").length).toBeGreaterThan(40);
      expect(describeHoldings(data, state, "ja").length).toBeGreaterThan(20);
    }
  });
});

describe("holdings labels at the frame's edges", () => {
  it("keeps every annotation's full estimated width inside the frame", async () => {
    const { estimateTextWidth } = await import("../../../src/charts/labels");
    const data = fixture();
    for (const width of [320, 375, 640]) {
      for (const state of holdingsStates) {
        for (const lang of ["ja", "en"] as const) {
          for (const mark of holdingsScene(data, state, { width, height: 360 }, lang).marks) {
            if (mark.kind !== "text" || mark.className !== "annotation") continue;
            const w = estimateTextWidth(mark.text, 12.5);
            const left =
              mark.anchor === "start" ? mark.x : mark.anchor === "end" ? mark.x - w : mark.x - w / 2;
            expect(left, `${state} ${mark.key}`).toBeGreaterThanOrEqual(0);
            expect(left + w, `${state} ${mark.key}`).toBeLessThanOrEqual(width);
          }
        }
      }
    }
  });
});

describe("holdings model on the real TIC data", () => {
  it("puts China's peak in November 2013 and says December 2024 was the lowest since February 2009", async () => {
    const { holdingsData } = await import("../../../src/charts/holdings/data");
    const data = holdingsData();
    const h = holdingsHighlights(data);
    expect(new Date(h.chinaPeak).toISOString().slice(0, 7)).toBe("2013-11");
    expect(new Date(h.chinaLowSince!).toISOString().slice(0, 7)).toBe("2009-02");
    expect(describeHoldings(data, "china-peak", "en")).toContain("lowest since February 2009");
    expect(describeHoldings(data, "china-peak", "ja")).toContain("2009年2月");
  });

  it("marks the article's revised Japan December 2024 figure with a hollow ring", async () => {
    const { holdingsData } = await import("../../../src/charts/holdings/data");
    const data = holdingsData();
    const keys = holdingsScene(data, "article-table", size, "en").marks.map((m) => m.key);
    // Article: 1,059.8; current vintage: 1,061.5 (SOURCES.md, 2024 revised 15 Jan 2026).
    expect(keys).toContain(`h-article-japan-${Date.UTC(2024, 11, 1)}-printed`);
    // China's December 2024 figure was not revised: no ring.
    expect(keys).not.toContain(`h-article-china-${Date.UTC(2024, 11, 1)}-printed`);
  });
});
