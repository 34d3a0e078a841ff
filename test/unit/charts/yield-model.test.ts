// What each step of the yield chart shows, from the real data: windows, the marks that carry the story, and keys
// that stay stable so the browser can morph one step into the next.
import { describe, expect, it } from "vitest";
import { yieldData } from "../../../src/charts/yield/data";
import { lineFrame } from "../../../src/charts/yield/line-frame";
import { describeYield, yieldScene } from "../../../src/charts/yield/model";
import { yieldProbe } from "../../../src/charts/yield/probe";
import { yieldStates, type YieldState } from "../../../src/charts/yield/steps";
import type { Mark, Scene, TextMark } from "../../../src/charts/scene";

const data = yieldData();
const size = { width: 640, height: 400 };
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const scene = (state: YieldState, lang: "en" | "ja" = "en", s = size) => yieldScene(data, state, s, lang);
const byKey = (s: Scene, key: string) => s.marks.find((m) => m.key === key);
const texts = (s: Scene) => s.marks.filter((m): m is TextMark => m.kind === "text").map((m) => m.text);
const commands = (m: Mark | undefined) => (m?.kind === "path" ? (m.d.match(/[ML]/g) ?? []).length : -1);

describe("yield chart steps", () => {
  it("implements the five states the chapter uses, in story order", () => {
    expect(yieldStates).toEqual([
      "long-run",
      "zoom-2025",
      "april-days",
      "week-vs-history",
      "article-vs-close",
    ]);
  });

  it("long-run spans the whole series and zoom-2025 the year 2025", () => {
    const long = lineFrame(data, "long-run", size, "en")
      .x.domain()
      .map((d) => d.getTime());
    expect(long).toEqual([data.extremes.first.date, data.extremes.latest.date]);
    const year = lineFrame(data, "zoom-2025", size, "en")
      .x.domain()
      .map((d) => d.getTime());
    expect(year).toEqual([day("2025-01-01"), day("2025-12-31")]);
  });

  it("april-days shows 1-16 April with less than a day of padding either side", () => {
    const [from, to] = lineFrame(data, "april-days", size, "en")
      .x.domain()
      .map((d) => d.getTime());
    expect(from).toBeLessThan(day("2025-04-01"));
    expect(from).toBeGreaterThan(day("2025-03-31"));
    expect(to).toBeGreaterThan(day("2025-04-16"));
    expect(to).toBeLessThan(day("2025-04-17"));
  });

  it("rescales the value axis when it zooms (the ticks are keyed by value, so they slide)", () => {
    const ticks = (state: YieldState) =>
      scene(state)
        .marks.filter((m) => m.key.startsWith("y-y-") && m.key.endsWith("-label"))
        .map((m) => m.key);
    expect(ticks("long-run")).not.toEqual(ticks("zoom-2025"));
    expect(ticks("zoom-2025")).not.toEqual(ticks("april-days"));
  });

  it("draws the reduced long line in the long run, and zooms it with the axes while it fades out", () => {
    const long = byKey(scene("long-run"), "y-long-recent");
    const zoomed = byKey(scene("zoom-2025"), "y-long-recent");
    expect(long?.className).not.toContain("is-gone");
    expect(zoomed?.className).toContain("is-gone");
    expect(commands(zoomed)).toBe(commands(long));
    expect(byKey(scene("april-days"), "y-long-recent")).toBeUndefined();
  });

  it("keeps one daily path with the same commands from zoom-2025 to article-vs-close, so it morphs", () => {
    const counts = (["zoom-2025", "april-days", "article-vs-close"] as const).map((s) =>
      commands(byKey(scene(s), "y-daily")),
    );
    expect(counts).toEqual([data.daily.dates.length, data.daily.dates.length, data.daily.dates.length]);
    expect(byKey(scene("long-run"), "y-daily")).toBeUndefined();
  });

  it("marks the 11 April close with the same key from the long run down to the April days", () => {
    const key = `y-day-${day("2025-04-11")}`;
    for (const state of ["long-run", "zoom-2025", "april-days", "article-vs-close"] as const) {
      expect(byKey(scene(state), key)?.kind, state).toBe("circle");
    }
  });

  it("emphasises 2008-2025 in the long run with a band, and the early decades are drawn quieter", () => {
    const s = scene("long-run");
    expect(byKey(s, "y-era-band")?.kind).toBe("rect");
    expect(byKey(s, "y-long-early")?.className).toContain("is-quiet");
    expect(texts(s)).toContain("2008–2025");
    expect(texts(s)).toContain("Apr 2025: 4.48%");
  });

  it("shows every trading day of 1-16 April 2025 as a dot, and none on weekends", () => {
    const dots = scene("april-days").marks.filter((m) => m.kind === "circle" && m.key.startsWith("y-day-"));
    const days = dots.map((m) => Number(m.key.slice("y-day-".length)));
    const expected = data.daily.dates.filter((t) => t >= day("2025-04-01") && t <= day("2025-04-16"));
    expect(days).toEqual(expected);
    for (const t of days) expect([0, 6]).not.toContain(new Date(t).getUTCDay());
  });

  it("labels the two ends of the week with date and value, in each language", () => {
    expect(texts(scene("april-days"))).toEqual(expect.arrayContaining(["Apr 4: 4.01%", "Apr 11: 4.48%"]));
    expect(texts(scene("april-days", "ja"))).toEqual(
      expect.arrayContaining(["4月4日 4.01%", "4月11日 4.48%"]),
    );
    expect(texts(scene("april-days"))).toContain("No dot: no trading that day (weekend or holiday)");
  });

  it("week-vs-history draws one bar per bin and marks the focus week's bin and the larger rises", () => {
    const s = scene("week-vs-history");
    const bars = s.marks.filter((m) => m.key.startsWith("yw-bin-"));
    expect(bars).toHaveLength(data.weekly.binStarts.length);
    expect(byKey(s, "yw-bin-45")?.className).toContain("is-focus");
    for (const bar of bars) {
      const start = Number(bar.key.slice("yw-bin-".length));
      expect(bar.className?.includes("is-larger"), bar.key).toBe(start > 47);
    }
    expect(byKey(s, "y-daily")).toBeUndefined();
  });

  it("states the week's rank and the last larger rise, computed from the data", () => {
    const en = texts(scene("week-vs-history")).join(" ");
    expect(en).toContain("+47 bp");
    expect(en).toContain("22nd-largest");
    expect(en).toContain(new Intl.NumberFormat("en-US").format(data.weekly.total));
    expect(en).toContain("Nov 16, 2001");
    const ja = texts(scene("week-vs-history", "ja", { width: 1280, height: 480 })).join("");
    expect(ja).toContain("上昇幅22位");
    expect(ja).toContain("2001年11月16日");
  });

  it("counts the weeks that rose more over the histogram's tail", () => {
    const label = (width: number, lang: "en" | "ja") =>
      byKey(scene("week-vs-history", lang, { width, height: 400 }), "yw-larger-label");
    const larger = data.weekly.focus.rank - 1;
    expect(label(1280, "en")).toMatchObject({ text: `${larger} weeks rose more` });
    expect(label(1280, "ja")).toMatchObject({ text: `これより大きい上昇 ${larger}週` });
    expect(
      byKey(scene("week-vs-history", "en", { width: 320, height: 400 }), "yw-larger-bracket"),
    ).toBeDefined();
  });

  it("puts the article's quotes as rings next to FRED's closes, naming both on 11 April", () => {
    const s = scene("article-vs-close");
    const rings = s.marks.filter((m) => m.key.startsWith("y-article-") && m.kind === "circle");
    expect(rings).toHaveLength(data.article.quotes.length);
    expect(texts(s)).toEqual(expect.arrayContaining(["Close 4.48%", "Article 4.43%"]));
    expect(texts(scene("article-vs-close", "ja"))).toEqual(
      expect.arrayContaining(["終値 4.48%", "記事 4.43%"]),
    );
    const notes = texts(s).join(" ");
    expect(notes).toContain("+10.32%");
    expect(notes).toContain("+11.72%");
    expect(notes).toContain("intraday");
  });

  it("adds x-axis ticks as the frame widens", () => {
    const xLabels = (width: number) =>
      scene("zoom-2025", "en", { width, height: 400 }).marks.filter(
        (m) => m.key.startsWith("y-x-") && m.kind === "text",
      ).length;
    expect(xLabels(320)).toBeLessThan(xLabels(1280));
  });
});

describe("describeYield", () => {
  it("says what every step shows, with its key numbers, in both languages", () => {
    for (const state of yieldStates) {
      expect(describeYield(data, state, "en").length, state).toBeGreaterThan(80);
      expect(describeYield(data, state, "ja").length, state).toBeGreaterThan(40);
    }
    expect(describeYield(data, "long-run", "en")).toContain("15.84%");
    expect(describeYield(data, "long-run", "ja")).toContain("1981年9月30日");
    expect(describeYield(data, "april-days", "en")).toContain("+47 bp in 5 trading days");
    expect(describeYield(data, "april-days", "ja")).toContain("5営業日で+47bp");
    expect(describeYield(data, "week-vs-history", "en")).toContain("22nd-largest");
    expect(describeYield(data, "week-vs-history", "en")).toContain("23 years earlier");
    expect(describeYield(data, "article-vs-close", "en")).toContain("article 4.43%, close 4.48%");
    expect(describeYield(data, "article-vs-close", "ja")).toContain("記事4.43%、終値4.48%");
  });
});

describe("yieldProbe", () => {
  it("reads out the close nearest the pointer on a line step, and nothing outside the window", () => {
    const frame = lineFrame(data, "april-days", size, "en");
    const marks = yieldProbe(data, "april-days", size, "en", frame.x(new Date(day("2025-04-11"))) + 3);
    expect(marks.find((m) => m.key === "probe-value")).toMatchObject({ text: "Apr 11, 2025: 4.48%" });
    expect(yieldProbe(data, "april-days", size, "en", 1)).toEqual([]);
  });

  it("reads out the bin under the pointer on the histogram", () => {
    const s = scene("week-vs-history");
    const bar = byKey(s, "yw-bin-45");
    const x = bar?.kind === "rect" ? bar.x + bar.width / 2 : 0;
    const marks = yieldProbe(data, "week-vs-history", size, "ja", x);
    const count = data.weekly.counts[data.weekly.binStarts.indexOf(45)];
    expect(marks.find((m) => m.key === "probe-value")).toMatchObject({ text: `+45〜+50bp: ${count}週` });
  });
});
