// Chapter 7's cards: the gold sparkline's geometry (pure model, on fixtures and on the real World Bank series)
// and the cards' texts (three groups, both languages, no typed data figures).
import { describe, expect, it } from "vitest";
import type { CircleMark, Mark, PathMark, TextMark } from "../../../src/charts/scene";
import { rippleCards, rippleText } from "../../../src/components/ripple-cards/cards";
import {
  COMPARISON_MONTH,
  comparisonMonth,
  goldSeriesSince,
} from "../../../src/components/ripple-cards/gold-series";
import {
  type GoldSeries,
  SPARK_SIZE,
  describeGoldSparkline,
  goldSparkline,
  sparkLabelBox,
  usdShort,
} from "../../../src/components/ripple-cards/gold-sparkline";
import { getFact } from "../../../src/data/facts";

const utc = (iso: string) => Date.parse(`${iso}-01T00:00:00Z`);
const byKey = <T extends Mark>(marks: Mark[], key: string) => marks.find((m) => m.key === key) as T;
const texts = (marks: Mark[]) => marks.filter((m): m is TextMark => m.kind === "text");

/** Four years of made-up prices: flat, then doubling, with the comparison month in the middle. */
function fixture(): GoldSeries {
  const months = Array.from({ length: 48 }, (_, i) => Date.UTC(2021, i, 1));
  return { months, usd: months.map((_, i) => (i < 24 ? 1000 : 1000 + (i - 23) * 40)) };
}

describe("gold sparkline geometry", () => {
  const series = fixture();
  const marked = utc("2022-12");
  const scene = goldSparkline(series, marked, SPARK_SIZE, "en");
  const line = byKey<PathMark>(scene.marks, "g-line");
  const points = [...line.d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
  }));

  it("draws one point per month, first month at the left edge and the latest at the plot's right edge", () => {
    expect(points).toHaveLength(series.months.length);
    expect(points[0]!.x).toBeCloseTo(2, 1);
    expect(points.at(-1)!.x).toBeCloseTo(SPARK_SIZE.width - 70, 1);
  });

  it("starts the price axis at zero, so a doubling looks twice as high", () => {
    const bottom = SPARK_SIZE.height - 2;
    const first = bottom - points[0]!.y;
    const last = bottom - points.at(-1)!.y;
    expect(last / first).toBeCloseTo(series.usd.at(-1)! / series.usd[0]!, 1);
    expect(points.at(-1)!.y).toBeCloseTo(6, 1);
  });

  it("rings the comparison month on the line and dots the latest month", () => {
    const ring = byKey<CircleMark>(scene.marks, "g-marked-dot");
    const at = series.months.indexOf(marked);
    expect(ring.cx).toBeCloseTo(points[at]!.x, 1);
    expect(ring.cy).toBeCloseTo(points[at]!.y, 1);
    const dot = byKey<CircleMark>(scene.marks, "g-latest-dot");
    expect([dot.cx, dot.cy]).toEqual([points.at(-1)!.x, points.at(-1)!.y].map((v) => expect.closeTo(v, 1)));
  });

  it("labels the start, the comparison month and the latest month with their prices", () => {
    const byText = Object.fromEntries(texts(scene.marks).map((m) => [m.key, m.text]));
    expect(byText["g-latest-month"]).toBe("Dec 2024");
    expect(byText["g-latest-value"]).toBe("$1,960");
    expect(byText["g-start"]).toBe("Jan 2021 $1,000");
    expect(byText["g-marked-text"]).toBe("Dec 2022 $1,000");
  });

  it("keeps the latest month's labels inside the frame even when the latest price is the highest", () => {
    for (const mark of texts(scene.marks)) {
      const box = sparkLabelBox(mark);
      expect(box.y, mark.key).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, mark.key).toBeLessThanOrEqual(SPARK_SIZE.height);
    }
  });

  it("has no comparison ring when the series does not reach that month", () => {
    const keys = goldSparkline(series, utc("2030-01"), SPARK_SIZE, "en").marks.map((m) => m.key);
    expect(keys).not.toContain("g-marked-dot");
    expect(keys).toContain("g-latest-dot");
  });

  it("prints prices the way each language writes them", () => {
    expect(usdShort(4587.21, "en")).toBe("$4,587");
    expect(usdShort(4587.21, "ja")).toBe("4587ドル");
  });
});

describe("gold sparkline on the World Bank series", () => {
  const series = goldSeriesSince();
  const marked = comparisonMonth();

  it("starts in January 2015 and ends on the month of the gold-latest fact", () => {
    expect(new Date(series.months[0]!).toISOString().slice(0, 7)).toBe("2015-01");
    const latest = getFact("gold-latest-month") as { date: Date };
    expect(series.months.at(-1)).toBe(latest.date.getTime());
    expect(series.usd.at(-1)).toBe((getFact("gold-latest") as { value: number }).value);
    expect(COMPARISON_MONTH).toBe("2024-12-01");
    expect(series.usd[series.months.indexOf(marked)]).toBe(
      (getFact("gold-2024-12") as { value: number }).value,
    );
  });

  for (const lang of ["en", "ja"] as const) {
    it(`keeps its ${lang} labels apart, inside the frame and off the line`, () => {
      const scene = goldSparkline(series, marked, SPARK_SIZE, lang);
      const labels = texts(scene.marks);
      const boxes = labels.map(sparkLabelBox);
      for (const [i, box] of boxes.entries()) {
        expect(box.x, labels[i]!.key).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, labels[i]!.key).toBeLessThanOrEqual(SPARK_SIZE.width);
        expect(box.y, labels[i]!.key).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, labels[i]!.key).toBeLessThanOrEqual(SPARK_SIZE.height);
        for (const other of boxes.slice(i + 1)) {
          const apart =
            box.x + box.width <= other.x ||
            other.x + other.width <= box.x ||
            box.y + box.height <= other.y ||
            other.y + other.height <= box.y;
          expect(apart, `${labels[i]!.key} overlaps another label`).toBe(true);
        }
      }
      const line = byKey<PathMark>(scene.marks, "g-line");
      const points = [...line.d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      for (const label of labels) {
        const b = sparkLabelBox(label);
        const hits = points.filter(
          ([x, y]) => x! >= b.x && x! <= b.x + b.width && y! >= b.y && y! <= b.y + b.height,
        );
        expect(hits, `${label.key} "${label.text}" sits on the line`).toEqual([]);
      }
    });
  }

  it("describes the sparkline with its first, comparison and latest prices", () => {
    expect(describeGoldSparkline(series, marked, "en")).toMatch(
      /^Gold price per troy ounce, monthly average, from January 2015 to .+: \$1,251 at the start, \$2,648 in December 2024, \$[\d,]+ in the latest month\.$/,
    );
    expect(describeGoldSparkline(series, marked, "ja")).toContain("2024年12月は2648ドル");
  });
});

describe("ripple cards", () => {
  it("has one card per group the article names, in its order", () => {
    expect(rippleCards.map((c) => c.group)).toEqual(["companies", "central-banks", "equity"]);
  });

  it("gives every card an expectation and two or three things to watch, in both languages", () => {
    for (const card of rippleCards)
      for (const lang of ["en", "ja"] as const) {
        expect(card.heading[lang].length).toBeGreaterThan(1);
        expect(card.expects[lang].length).toBeGreaterThan(60);
        expect(card.watch[lang].length).toBeGreaterThanOrEqual(2);
        expect(card.watch[lang].length).toBeLessThanOrEqual(3);
        expect(card.watch[lang]).toHaveLength(card.watch.en.length);
      }
  });

  it("writes Japanese in です・ます", () => {
    for (const card of rippleCards) expect(card.expects.ja).toMatch(/(です|ます)。$/);
    expect(rippleText.contextOnly.ja).toMatch(/ません。$/);
  });

  it("types no data figure: amounts and rates come from the facts and the sparkline", () => {
    const all = rippleCards.flatMap((c) => [c.expects.en, c.expects.ja, ...c.watch.en, ...c.watch.ja]);
    for (const text of all) {
      const withoutDates = text.replace(/\b(19|20)\d\d\b|\d{4}年|\d{1,2}月/g, "");
      expect(withoutDates, text).not.toMatch(/\d/);
    }
  });

  it("says the gold price is context only", () => {
    expect(rippleText.contextOnly.en).toBe("Context only: a price cannot show who bought.");
  });
});
