// The auction chart's story, on the real auction file: which auctions it draws, where the week of the spike ranks,
// what each step shows and says, and that the same auction stays the same mark from step to step.
import { describe, expect, it } from "vitest";
import { aprilAuction, auctionsAfter, tenorRow } from "../../../src/charts/auctions/auctions-data";
import { auctionsData } from "../../../src/charts/auctions/data";
import { explainerFrame } from "../../../src/charts/auctions/explainer-view";
import { auctionsScene, describeAuctions } from "../../../src/charts/auctions/model";
import { auctionsStates, auctionsStepSpecs, auctionTenors } from "../../../src/charts/auctions/steps";
import { stripFrame } from "../../../src/charts/auctions/strip-view";
import type { CircleMark, Mark, RectMark, TextMark } from "../../../src/charts/scene";
import { getFact } from "../../../src/data/facts";
import { loadAuctions } from "../../../src/data/series";

const data = auctionsData();
const size = { width: 640, height: 400 };
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const circles = (marks: Mark[]) => marks.filter((m): m is CircleMark => m.kind === "circle");
const texts = (marks: Mark[]) => marks.filter((m): m is TextMark => m.kind === "text");
const byKey = <M extends Mark>(marks: M[], key: string) => marks.find((m) => m.key === key);
const stripStates = auctionsStates.filter((s) => auctionsStepSpecs[s].view === "strip");
const factPrefix = { "3-Year": "3y", "10-Year": "10y", "30-Year": "30y" } as const;

describe("auctions data", () => {
  it("draws every nominal 3-, 10- and 30-year auction, reopenings with their tenor and no TIPS", () => {
    for (const tenor of auctionTenors) {
      const expected = loadAuctions().filter(
        (a) => a.tenorGroup === tenor && !a.isTips && a.securityType !== "Bill",
      );
      const row = tenorRow(data, tenor);
      expect(row.dates).toEqual(expected.map((a) => a.date.getTime()));
      expect(row.ratios).toEqual(expected.map((a) => a.bidToCover));
    }
    // The 10-year of 9 April 2025 was a reopening ("9-Year 10-Month") and belongs in the 10-year row.
    const tenYear = tenorRow(data, "10-Year");
    expect(tenYear.terms[tenYear.april]).toBe("9-Year 10-Month");
  });

  it("finds the 8-10 April 2025 auctions and ranks them as the prose's facts do", () => {
    for (const tenor of auctionTenors) {
      const row = tenorRow(data, tenor);
      const april = aprilAuction(row);
      const p = factPrefix[tenor];
      expect(getFact(`btc-${p}-rank-low`)).toMatchObject({ value: april.rank, of: row.dates.length });
      expect(getFact(`btc-${p}-median`)).toMatchObject({ value: row.median });
      expect(getFact(`btc-${p}-count`)).toMatchObject({ value: row.dates.length });
    }
    expect(iso(aprilAuction(tenorRow(data, "3-Year")).date)).toBe("2025-04-08");
    expect(iso(aprilAuction(tenorRow(data, "10-Year")).date)).toBe("2025-04-09");
    expect(iso(aprilAuction(tenorRow(data, "30-Year")).date)).toBe("2025-04-10");
  });

  it("ranks April 2025 9th lowest of 46 (3-year), 43rd (10-year) and 32nd (30-year), counting ties as one", () => {
    const rankOf = (tenor: (typeof auctionTenors)[number]) => {
      const row = tenorRow(data, tenor);
      const a = aprilAuction(row);
      return { rank: row.ratios.filter((v) => v < a.ratio).length + 1, of: row.dates.length, chart: a.rank };
    };
    expect(rankOf("3-Year")).toEqual({ rank: 9, of: 46, chart: 9 });
    expect(rankOf("10-Year")).toEqual({ rank: 43, of: 46, chart: 43 });
    expect(rankOf("30-Year")).toEqual({ rank: 32, of: 46, chart: 32 });
  });
});

describe("auctions steps", () => {
  it("what-is-btc: the bids bar is the ratio times the amount-on-sale bar, split where the sale is covered", () => {
    const marks = auctionsScene(data, "what-is-btc", size, "en").marks;
    const rect = (key: string) => byKey(marks, key) as RectMark;
    const example = aprilAuction(tenorRow(data, "3-Year"));
    const offer = rect("a-offer").width;
    const bids = rect("a-bids-accepted").width + rect("a-bids-rest").width;
    expect(bids / offer).toBeCloseTo(example.ratio, 6);
    expect(rect("a-bids-accepted").width).toBeCloseTo(offer, 6);
    expect(texts(marks).map((m) => m.text)).toContain("Bids received: 2.47 times the amount on sale");
    // No dollar amounts: the data has none, so the bars carry no $ figure.
    expect(texts(marks).some((m) => /\$|billion|億/.test(m.text))).toBe(false);
  });

  it("ratio: the bars flatten onto a number line and the example auction becomes one dot and one number", () => {
    const marks = auctionsScene(data, "ratio", size, "ja").marks;
    const example = aprilAuction(tenorRow(data, "3-Year"));
    const { x } = explainerFrame(data, size);
    const dot = byKey(circles(marks), "a-dot-3-Year-2025-04-08");
    expect(dot?.cx).toBeCloseTo(x(example.ratio), 6);
    expect(byKey(texts(marks), "a-big-number")?.text).toBe("2.47");
    const flat = marks.filter((m): m is RectMark => m.kind === "rect");
    expect(flat.map((m) => m.key).sort()).toEqual(["a-bids-accepted", "a-bids-rest", "a-offer"]);
    for (const bar of flat) expect(bar.height).toBeLessThanOrEqual(6);
  });

  it("keeps each auction's dot key from step to step, so the example dot moves into its row", () => {
    const keysOf = (state: (typeof auctionsStates)[number]) =>
      circles(auctionsScene(data, state, size, "en").marks).map((m) => m.key);
    expect(keysOf("ratio")).toEqual(["a-dot-3-Year-2025-04-08"]);
    for (const state of stripStates) {
      const keys = keysOf(state);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toHaveLength(data.tenors.reduce((n, t) => n + t.dates.length, 0));
      expect(keys).toContain("a-dot-3-Year-2025-04-08");
    }
  });

  it("never moves a dot between the strip steps, only changes what is picked out", () => {
    const where = (state: (typeof auctionsStates)[number]) =>
      new Map(circles(auctionsScene(data, state, size, "ja").marks).map((m) => [m.key, [m.cx, m.cy]]));
    const base = where("three-tenors");
    for (const state of stripStates) expect(where(state)).toEqual(base);
  });

  it("three-tenors: one row per tenor, each median drawn where the median is", () => {
    const marks = auctionsScene(data, "three-tenors", size, "en").marks;
    const { x } = stripFrame(data, "three-tenors", size, "en");
    for (const row of data.tenors) {
      const line = byKey(marks, `a-median-${row.tenor}`);
      expect(line?.kind === "line" && line.x1).toBeCloseTo(x(row.median), 6);
    }
    expect(texts(marks).map((m) => m.text)).toEqual(
      expect.arrayContaining(["3-year", "10-year", "30-year", "median 2.58", "median 2.51", "median 2.38"]),
    );
    expect(circles(marks).every((m) => m.className === "a-dot")).toBe(true);
  });

  it("april-2025: highlights exactly the three auctions of 8-10 April and labels each with its rank", () => {
    const marks = auctionsScene(data, "april-2025", size, "en").marks;
    const picked = circles(marks).filter((m) => m.className?.includes("is-april"));
    expect(new Set(picked.map((m) => m.key))).toEqual(
      new Set(["a-dot-3-Year-2025-04-08", "a-dot-10-Year-2025-04-09", "a-dot-30-Year-2025-04-10"]),
    );
    expect(texts(marks).map((m) => m.text)).toEqual(
      expect.arrayContaining([
        "Apr 8: 2.47, 9th lowest of 46",
        "Apr 9: 2.67, 43rd lowest of 46",
        "Apr 10: 2.43, 32nd lowest of 46",
      ]),
    );
    const ja = texts(auctionsScene(data, "april-2025", size, "ja").marks).map((m) => m.text);
    expect(ja).toContain("4月8日 2.47・46回中低い方から9位");
  });

  it("after: picks out every auction after April 2025 and labels each tenor's lowest of them", () => {
    const marks = auctionsScene(data, "after", size, "en").marks;
    for (const row of data.tenors) {
      const after = auctionsAfter(row);
      const picked = circles(marks).filter(
        (m) => m.key.includes(row.tenor) && m.className?.includes("is-after"),
      );
      expect(picked).toHaveLength(after.length);
      const lowest = after.reduce((lo, p) => (p.ratio < lo.ratio ? p : lo));
      const label = byKey(texts(marks), `a-story-${row.tenor}`);
      expect(label?.text).toContain(`${lowest.rank}`);
      expect(label?.text).toContain(lowest.ratio.toFixed(2));
    }
    // The week of the spike stays marked, as a ring.
    expect(byKey(circles(marks), "a-dot-3-Year-2025-04-08")?.className).toContain("is-past");
  });
});

describe("auctions descriptions", () => {
  it("say what bid-to-cover is, with the example's ratio and no invented amounts", () => {
    const en = describeAuctions(data, "what-is-btc", "en");
    expect(en).toContain("2.47 times the amount on sale");
    expect(en).not.toMatch(/\$|billion/);
    expect(describeAuctions(data, "ratio", "en")).toMatch(
      /divided by the amount on sale.*does not show who bid/,
    );
    expect(describeAuctions(data, "ratio", "ja")).toContain("誰が買ったかはわかりません");
  });

  it("give each tenor's count, median and range on the strip", () => {
    const en = describeAuctions(data, "three-tenors", "en");
    expect(en).toContain("3-year: 46 auctions, median 2.58, from 2.33 to 2.93");
    expect(en).toContain("Jan 2022 to Oct 2025");
  });

  it("rank the April 2025 auctions and name each tenor's lowest in the file", () => {
    const en = describeAuctions(data, "april-2025", "en");
    expect(en).toContain("9th lowest of 46, below its median of 2.58");
    expect(en).toContain("43rd lowest of 46, above its median of 2.51");
    expect(en).toContain("32nd lowest of 46, above its median of 2.38");
    expect(en).toContain("3-year 2.33 on Feb 7, 2023");
    const ja = describeAuctions(data, "april-2025", "ja");
    expect(ja).toContain("46回中低い方から43位");
  });

  it("bear out the chapter's after step: later 10- and 30-year lows below April's, no new low for the file", () => {
    for (const tenor of ["10-Year", "30-Year"] as const) {
      const row = tenorRow(data, tenor);
      const weakestAfter = Math.min(...auctionsAfter(row).map((p) => p.ratio));
      expect(weakestAfter, tenor).toBeLessThan(aprilAuction(row).ratio);
    }
    const threeYear = tenorRow(data, "3-Year");
    expect(Math.min(...auctionsAfter(threeYear).map((p) => p.ratio))).toBeGreaterThan(
      aprilAuction(threeYear).ratio,
    );
  });

  it("say whether any auction after April 2025 set a new low", () => {
    const noNewLow = data.tenors.every((row) => auctionsAfter(row).every((p) => p.rank > 1));
    expect(noNewLow).toBe(true);
    expect(describeAuctions(data, "after", "en")).toContain("None set a new low");
    expect(describeAuctions(data, "after", "en")).toContain("May to Oct 2025");
  });
});
