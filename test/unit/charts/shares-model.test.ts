// The shares chart (chapter 5): the story's numbers on the real TIC data, and the model's behaviour on small
// fixtures where the point is the rule, not the data.
import { describe, expect, it } from "vitest";
import type { LineMark, Mark, PathMark, RectMark, TextMark } from "../../../src/charts/scene";
import { describeShares } from "../../../src/charts/shares/describe";
import { sharesFrame } from "../../../src/charts/shares/frame";
import { sharesScene } from "../../../src/charts/shares/model";
import { sharesProbe } from "../../../src/charts/shares/probe";
import {
  type SharesData,
  addMonths,
  chinaAheadSpans,
  gapsBetween,
  monthsBetween,
  shareSeries,
  sharesHighlights,
} from "../../../src/charts/shares/share-series";
import { sharesData } from "../../../src/charts/shares/data";
import { sharesStates } from "../../../src/charts/shares/steps";
import { getFact } from "../../../src/data/facts";

const month = (t: number | undefined) => (t === undefined ? "" : new Date(t).toISOString().slice(0, 7));
const utc = (iso: string) => Date.parse(`${iso}-01T00:00:00Z`);
const byKey = (marks: Mark[], key: string) => marks.find((m) => m.key === key);
const size = { width: 640, height: 400 };

/** Twelve months: China overtakes Japan in month 3, falls back level in month 6, leads again in 8-9. */
function fixture(): SharesData {
  const months = Array.from({ length: 12 }, (_, i) => Date.UTC(2010, i, 1));
  return {
    months,
    china: [10, 20, 30, 40, 40, 30, 20, 50, 50, 20, 10, 10],
    japan: [30, 30, 30, 30, 30, 30, 20, 30, 30, 30, 30, 30],
    total: months.map(() => 100),
    surveyBreaks: [Date.UTC(2010, 0, 1), Date.UTC(2010, 5, 1)],
    methodChange: Date.UTC(2010, 10, 1),
  };
}

describe("shares on the real TIC data", () => {
  const data = sharesData();
  const h = sharesHighlights(data);

  it("divides each country's holdings by all foreign holdings, the same as the share facts", () => {
    expect(h.latest.china).toBeCloseTo((getFact("china-share-latest") as { value: number }).value, 12);
    expect(h.latest.japan).toBeCloseTo((getFact("japan-share-latest") as { value: number }).value, 12);
    expect(h.chinaSharePeak.value).toBeCloseTo((getFact("china-share-peak") as { value: number }).value, 12);
  });

  it("puts China's share peak in July 2011, a month after the June 2011 survey break, and its dollar peak in November 2013", () => {
    expect(month(h.chinaSharePeak.month)).toBe("2011-07");
    expect(month(h.breakBeforeChinaPeak)).toBe("2011-06");
    expect(month(h.chinaDollarPeak.month)).toBe("2013-11");
    expect(h.chinaDollarPeak.share).toBeLessThan(h.chinaSharePeak.value);
    expect(describeShares(data, "china-peak-share", "en")).toContain(
      "one month after the June 2011 series break",
    );
    expect(describeShares(data, "china-peak-share", "ja")).toContain("2011年6月の統計の区切り");
  });

  it("finds China ahead of Japan from September 2008 to May 2019, as the facts say, with Japan level or ahead in between", () => {
    const spans = chinaAheadSpans(data);
    expect(month(spans[0]?.from)).toBe("2008-09");
    expect(month(spans.at(-1)?.to)).toBe("2019-05");
    expect(spans[0]?.from).toBe((getFact("china-over-japan-from") as { date: Date }).date.getTime());
    expect(spans.at(-1)?.to).toBe((getFact("china-over-japan-to") as { date: Date }).date.getTime());
    const gaps = gapsBetween(spans).map((g) => `${month(g.from)}..${month(g.to)}`);
    expect(gaps).toEqual(["2015-02..2015-02", "2016-10..2017-05"]);
    expect(describeShares(data, "crossing", "en")).toContain(
      "except February 2015 and October 2016 to May 2017",
    );
  });

  it("marks the December 2011 method change apart from the June survey breaks", () => {
    expect(month(data.methodChange)).toBe("2011-12");
    expect(data.surveyBreaks.map(month)).not.toContain("2011-12");
    expect(data.surveyBreaks.filter((t) => new Date(t).getUTCMonth() === 5)).toHaveLength(10);
    const marks = sharesScene(data, "china-peak-share", size, "en").marks;
    expect(byKey(marks, "s-method-change")?.className).toBe("method-rule");
    // The file's first month is a break with nothing before it: no tick.
    expect(byKey(marks, `s-break-${data.months[0]}`)).toBeUndefined();
    expect(byKey(marks, `s-break-${utc("2011-06")}`)?.className).toBe("break-rule");
  });

  it("prints today's shares beside both lines' last points and the custody caveat in the note", () => {
    const en = sharesScene(data, "today", size, "en").marks;
    const texts = (m: Mark[]) => m.filter((x): x is TextMark => x.kind === "text").map((x) => x.text);
    expect(texts(en)).toContain("12.8%");
    expect(texts(en)).toContain("7.4%");
    expect(texts(en).join(" ")).toContain("Belgium");
    expect(texts(sharesScene(data, "today", size, "ja").marks).join("")).toContain("ベルギー");
    expect(describeShares(data, "today", "en")).toContain("Belgium");
  });

  it("labels China's share peak with its value and month in both languages", () => {
    const text = (lang: "en" | "ja") =>
      sharesScene(data, "china-peak-share", size, lang)
        .marks.filter((m): m is TextMark => m.kind === "text" && m.key.startsWith("s-china-share-peak-text"))
        .map((m) => m.text)
        .join(" ");
    expect(text("en")).toBe("Share peak 28.2%, Jul 2011");
    expect(text("ja")).toBe("シェアの最大 28.2%(2011年7月)");
  });
});

describe("shares model", () => {
  const data = fixture();

  it("computes shares as fractions of the total", () => {
    expect(shareSeries(data, "china").slice(0, 3)).toEqual([0.1, 0.2, 0.3]);
  });

  it("counts only months where China held strictly more as China ahead", () => {
    const spans = chinaAheadSpans(data).map((s) => [month(s.from), month(s.to)]);
    expect(spans).toEqual([
      ["2010-04", "2010-05"],
      ["2010-08", "2010-09"],
    ]);
    expect(gapsBetween(chinaAheadSpans(data)).map((g) => [month(g.from), month(g.to)])).toEqual([
      ["2010-06", "2010-07"],
    ]);
  });

  it("counts and steps months in UTC across year ends", () => {
    expect(monthsBetween(utc("2010-11"), utc("2011-02"))).toBe(3);
    expect(month(addMonths(utc("2010-12"), 1))).toBe("2011-01");
    expect(month(addMonths(utc("2011-01"), -1))).toBe("2010-12");
  });

  it("keeps the same line commands in every step, so lines morph while the window moves", () => {
    const real = sharesData();
    const commands = sharesStates.map((state) => {
      const line = byKey(sharesScene(real, state, size, "en").marks, "s-line-china") as PathMark;
      return (line.d.match(/[ML]/g) ?? []).length;
    });
    expect(new Set(commands)).toEqual(new Set([real.months.length]));
  });

  it("keeps the share axis and the plot's height the same in every step", () => {
    const real = sharesData();
    for (const width of [320, 640, 1100]) {
      const frames = sharesStates.map((state) => sharesFrame(real, state, { width, height: 360 }, "en"));
      expect(new Set(frames.map((f) => f.y.domain().join()))).toEqual(new Set(["0,0.4"]));
      expect(new Set(frames.map((f) => f.bottom)).size).toBe(1);
    }
  });

  it("zooms the crossing step to the years around China's lead and shades each span", () => {
    const real = sharesData();
    const frame = sharesFrame(real, "crossing", size, "en");
    expect(month(frame.from)).toBe("2006-01");
    expect(month(frame.to)).toBe("2020-12");
    const bands = sharesScene(real, "crossing", size, "en").marks.filter(
      (m): m is RectMark => m.kind === "rect" && m.key.startsWith("s-ahead-"),
    );
    expect(bands).toHaveLength(chinaAheadSpans(real).length);
    expect(bands.every((b) => b.clipped && b.width > 0)).toBe(true);
  });

  it("draws the series-break ticks clipped to the plot, so zoomed-out ticks never spill into the margins", () => {
    const marks = sharesScene(data, "crossing", size, "en").marks;
    const ticks = marks.filter((m): m is LineMark => m.kind === "line" && /^s-(break|method)/.test(m.key));
    expect(ticks.length).toBe(2);
    expect(ticks.every((t) => t.clipped)).toBe(true);
  });

  it("quiets Japan's line while the step is about China", () => {
    const marks = sharesScene(data, "china-peak-share", size, "en").marks;
    expect(byKey(marks, "s-line-japan")?.className).toContain("is-quiet");
    expect(byKey(marks, "s-line-china")?.className).not.toContain("is-quiet");
    expect(byKey(sharesScene(data, "today", size, "en").marks, "s-line-japan")?.className).not.toContain(
      "is-quiet",
    );
  });

  it("reads out the month and both shares under the pointer, and nothing outside the window", () => {
    const real = sharesData();
    const frame = sharesFrame(real, "crossing", size, "en");
    const marks = sharesProbe(real, "crossing", size, "en", frame.x(new Date(utc("2011-07"))));
    const label = marks.find((m): m is TextMark => m.kind === "text");
    // China's share peak month: the same 28.2% the peak label prints.
    expect(label?.text).toBe("Jul 2011  China 28.2%  Japan 19.0%");
    expect(sharesProbe(real, "crossing", size, "en", frame.right + 20)).toEqual([]);
  });

  it("describes every step in words, in both languages", () => {
    const real = sharesData();
    for (const state of sharesStates) {
      expect(describeShares(real, state, "en").length).toBeGreaterThan(80);
      expect(describeShares(real, state, "ja").length).toBeGreaterThan(40);
    }
  });
});
