// What each step of the spreads chart shows, from the real data: what the browser receives, the story's numbers,
// the article's table in its two groups, and keys that stay stable so the browser can morph one step into the next.
import { describe, expect, it } from "vitest";
import type { Mark, Scene, TextMark } from "../../../src/charts/scene";
import { buildSpreadsData, spreadsData, toBp } from "../../../src/charts/spreads/data";
import { lineFrame } from "../../../src/charts/spreads/frame";
import { describeSpreads, spreadsHighlights, spreadsScene } from "../../../src/charts/spreads/model";
import { spreadsProbe } from "../../../src/charts/spreads/probe";
import { articleGroups } from "../../../src/charts/spreads/spreads-data";
import { type SpreadsState, spreadsStates } from "../../../src/charts/spreads/steps";
import { loadArticleFigures, loadOas } from "../../../src/data/series";

const data = spreadsData();
const size = { width: 640, height: 400 };
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const scene = (state: SpreadsState, lang: "en" | "ja" = "en") => spreadsScene(data, state, size, lang);
const byKey = (s: Scene, key: string) => s.marks.find((m) => m.key === key);
const texts = (s: Scene) => s.marks.filter((m): m is TextMark => m.kind === "text").map((m) => m.text);
const commands = (m: Mark | undefined) => (m?.kind === "path" ? (m.d.match(/[ML]/g) ?? []).length : -1);
const lineStates = spreadsStates.filter((s) => s !== "what-is-spread");

describe("spreads chart data", () => {
  it("ships January to May 2025 only, not the whole history in the file", () => {
    expect(loadOas().length).toBeGreaterThan(7000);
    expect(data.dates.length).toBeLessThan(130);
    expect(Math.min(...data.dates)).toBeGreaterThanOrEqual(day("2025-01-01"));
    expect(Math.max(...data.dates)).toBeLessThanOrEqual(day("2025-05-31"));
    expect(data.ig).toHaveLength(data.dates.length);
    expect(data.hy).toHaveLength(data.dates.length);
  });

  it("converts the file's percent to whole basis points, without float noise", () => {
    expect(toBp(0.96)).toBe(96);
    expect(toBp(1.21)).toBe(121);
    const i = data.dates.indexOf(day("2025-04-09"));
    expect(data.ig[i]).toBe(121);
    expect(data.ig.every((v) => v === null || Number.isInteger(v))).toBe(true);
  });

  it("skips days the file has no value for (Good Friday 2025) instead of shipping zeros", () => {
    expect(data.dates).not.toContain(day("2025-04-18"));
    expect(data.ig.every((v) => v === null || v > 0)).toBe(true);
  });

  it("reads the article's six table rows from article_figures.csv, A-rated for 1-3 April, AA-rated for 4-8 April", () => {
    const figures = loadArticleFigures().filter((f) => f.figure === "ig-oas-a" || f.figure === "ig-oas-aa");
    expect(data.article.rows).toHaveLength(figures.length);
    for (const f of figures) {
      const row = data.article.rows.find((r) => r.date === f.date?.getTime());
      expect(row?.value).toBe(f.value);
      expect(row?.rating).toBe(f.figure === "ig-oas-a" ? "A" : "AA");
    }
    const groups = articleGroups(data.article.rows).map((g) => ({
      rating: g.rating,
      days: g.rows.map((r) => new Date(r.date).toISOString().slice(0, 10)),
    }));
    expect(groups).toEqual([
      { rating: "A", days: ["2025-04-01", "2025-04-02", "2025-04-03"] },
      { rating: "AA", days: ["2025-04-04", "2025-04-07", "2025-04-08"] },
    ]);
  });

  it("fails the build with the day's name when a day the story needs is missing", () => {
    const withoutApril9 = loadOas().filter((d) => d.date.getTime() !== day("2025-04-09"));
    expect(() => buildSpreadsData(withoutApril9, loadArticleFigures())).toThrow(/ig spread on 2025-04-09/);
  });
});

describe("the story's numbers", () => {
  const h = spreadsHighlights(data);

  it("measures 2 -> 9 April 2025 as +25 bp, against the article's 'nearly 30'", () => {
    expect(h.week.from).toEqual({ date: day("2025-04-02"), value: 96 });
    expect(h.week.to).toEqual({ date: day("2025-04-09"), value: 121 });
    expect(h.week.changeBp).toBe(25);
    expect(data.article.wideningBp).toBe(
      loadArticleFigures().find((f) => f.id === "article-ig-spread-widening")?.value,
    );
  });

  it("finds where the table switches index: A's 89 on 3 April to AA's 70 on 4 April, while the index went 106 -> 114", () => {
    expect(h.switch?.before).toMatchObject({ date: day("2025-04-03"), value: 89, rating: "A" });
    expect(h.switch?.after).toMatchObject({ date: day("2025-04-04"), value: 70, rating: "AA" });
    expect([h.switch?.indexBefore, h.switch?.indexAfter]).toEqual([106, 114]);
  });

  it("pairs only moves within one rating group with the index's move on the same days", () => {
    expect(h.pairedMoves.map((m) => [m.rating, m.articleBp, m.indexBp])).toEqual([
      ["A", -1, -2],
      ["A", 8, 10],
      ["AA", 3, 6],
      ["AA", -3, -2],
    ]);
  });

  it("gives the early-2025 low, high and high-yield jump from the daily data", () => {
    expect(h.low).toEqual({ date: day("2025-02-18"), value: 79 });
    expect(h.high).toEqual({ date: day("2025-04-09"), value: 121 });
    expect([h.highYield.from.value, h.highYield.to.value, h.highYield.changeBp]).toEqual([342, 461, 119]);
    expect(h.investmentGradeSameDays.changeBp).toBe(24);
  });
});

describe("spreads chart steps", () => {
  it("implements the five states the chapter uses, in story order", () => {
    expect(spreadsStates).toEqual([
      "what-is-spread",
      "early-2025",
      "april-move",
      "article-table",
      "high-yield",
    ]);
  });

  it("opens with a picture, not data: the spread sits on the Treasury floor, no line is drawn", () => {
    const s = scene("what-is-spread");
    expect(byKey(s, "s-line-ig")).toBeUndefined();
    const treasury = byKey(s, "s-bar-treasury");
    const floor = byKey(s, "s-bar-corporate-floor");
    const spread = byKey(s, "s-bar-corporate-spread");
    if (treasury?.kind !== "rect" || floor?.kind !== "rect" || spread?.kind !== "rect")
      throw new Error("bars");
    expect(floor.y).toBe(treasury.y);
    expect(floor.height).toBe(treasury.height);
    expect(spread.y + spread.height).toBeCloseTo(floor.y);
    expect(texts(s).join(" ")).toMatch(/100 bp = 1 percentage point/);
  });

  it("zooms from January-May to the weeks around 2-9 April and then to the table's days", () => {
    const domain = (state: SpreadsState) =>
      lineFrame(data, state, size, "en")
        .x.domain()
        .map((d) => d.getTime());
    expect(domain("early-2025")).toEqual([day("2025-01-01"), day("2025-05-31")]);
    const [moveFrom = 0, moveTo = 0] = domain("april-move");
    expect(moveFrom).toBeLessThan(day("2025-04-02"));
    expect(moveTo).toBeGreaterThan(day("2025-04-09"));
    const [tableFrom = 0, tableTo = 0] = domain("article-table");
    expect(tableFrom).toBeLessThan(day("2025-04-01"));
    expect(tableTo).toBeGreaterThan(day("2025-04-08"));
    expect(tableTo - tableFrom).toBeLessThan(14 * 86_400_000);
  });

  it("keeps the investment-grade line's key and command count in every line step, so it morphs", () => {
    const counts = lineStates.map((state) => commands(byKey(scene(state), "s-line-ig")));
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBe(data.ig.filter((v) => v !== null).length);
  });

  it("draws high yield only in its own step, on an axis from zero", () => {
    for (const state of lineStates)
      expect(byKey(scene(state), "s-line-hy") !== undefined, state).toBe(state === "high-yield");
    expect(lineFrame(data, "high-yield", size, "en").y.domain()[0]).toBe(0);
    expect(lineFrame(data, "early-2025", size, "en").y.domain()[0]).toBeGreaterThan(0);
  });

  it("marks 2 and 9 April with their values and the rise between them", () => {
    const s = scene("april-move");
    expect(texts(s)).toEqual(expect.arrayContaining(["Apr 2: 96 bp", "Apr 9: 121 bp", "+25 bp"]));
    expect(texts(s).join(" ")).toMatch(/Apr 2 → Apr 9: \+25 bp \(the article: "nearly 30 bp"\)/);
    const rise = byKey(s, "s-week-rise");
    const frame = lineFrame(data, "april-move", size, "en");
    if (rise?.kind !== "line") throw new Error("no rise rule");
    expect(rise.y1).toBeCloseTo(frame.y(96));
    expect(rise.y2).toBeCloseTo(frame.y(121));
  });

  it("shows the article's rows as two visibly different groups: A rings on one band, AA squares on another", () => {
    const s = scene("article-table");
    const bandA = byKey(s, "s-band-A");
    const bandAA = byKey(s, "s-band-AA");
    if (bandA?.kind !== "rect" || bandAA?.kind !== "rect") throw new Error("bands");
    expect(bandA.x + bandA.width).toBeLessThan(bandAA.x);
    for (const row of data.article.rows) {
      const mark = byKey(s, `s-article-${row.date}`);
      expect(mark?.kind).toBe(row.rating === "A" ? "circle" : "rect");
      expect(mark?.className).toContain(row.rating === "A" ? "is-a" : "is-aa");
    }
    expect(texts(s)).toEqual(expect.arrayContaining(["Article: A-rated", "Article: AA-rated", "89", "70"]));
    expect(texts(s).join(" ")).toMatch(/89 → 70 from Apr 3 to Apr 4 is a switch of index, not a market move/);
    expect(byKey(s, `s-article-switch-${day("2025-04-04")}`)?.className).toBe("s-switch");
  });

  it("keeps a dot that two steps share under one key (9 April in early-2025 and april-move)", () => {
    const key = `s-ig-${day("2025-04-09")}`;
    expect(byKey(scene("early-2025"), key)).toBeDefined();
    expect(byKey(scene("april-move"), key)).toBeDefined();
  });
});

describe("spreads chart descriptions", () => {
  it("states each step's numbers in both languages", () => {
    expect(describeSpreads(data, "april-move", "en")).toMatch(
      /96 bp.*121 bp.*widened by 25 bp.*nearly 30 bp/,
    );
    expect(describeSpreads(data, "april-move", "ja")).toMatch(/96bp.*121bp.*\+25bp.*30bp近く/);
    expect(describeSpreads(data, "article-table", "en")).toMatch(/A-rated index \(82, 81, and 89 bp\)/);
    expect(describeSpreads(data, "article-table", "en")).toMatch(/from 106 to 114 bp/);
    expect(describeSpreads(data, "article-table", "en")).toMatch(/no A or AA index/);
    expect(describeSpreads(data, "article-table", "ja")).toMatch(/89→70bp.*106から114bp/);
    expect(describeSpreads(data, "high-yield", "en")).toMatch(/342 bp to 461 bp \(\+119 bp\)/);
    expect(describeSpreads(data, "early-2025", "ja")).toMatch(/2月18日の79bp/);
    expect(describeSpreads(data, "what-is-spread", "en")).toMatch(/79 bp to 121 bp/);
  });

  it("says whether the table's moves within each group go the index's way", () => {
    expect(describeSpreads(data, "article-table", "en")).toMatch(
      /Every day-to-day move within a group goes the same way/,
    );
  });
});

describe("spreads chart read-out", () => {
  it("reads the day under the pointer on the line steps, and nothing on the picture", () => {
    const frame = lineFrame(data, "april-move", size, "en");
    const marks = spreadsProbe(data, "april-move", size, "en", frame.x(new Date(day("2025-04-09"))));
    const labels = marks.filter((m): m is TextMark => m.kind === "text").map((m) => m.text);
    expect(labels).toEqual(["Apr 9, 2025", "Investment grade 121 bp"]);
    const both = spreadsProbe(
      data,
      "high-yield",
      size,
      "ja",
      lineFrame(data, "high-yield", size, "ja").x(new Date(day("2025-04-07"))),
    );
    expect(both.filter((m): m is TextMark => m.kind === "text").map((m) => m.text)).toEqual([
      "2025年4月7日",
      "ハイイールド 461bp",
      "投資適格 120bp",
    ]);
    expect(spreadsProbe(data, "what-is-spread", size, "en", 300)).toEqual([]);
  });
});
