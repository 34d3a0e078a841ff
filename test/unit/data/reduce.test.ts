import { describe, expect, it } from "vitest";
import type { DailyPoint } from "../../../src/data/daily-series";
import { lttb, reduceDaily } from "../../../src/data/reduce";
import { loadDgs10 } from "../../../src/data/series";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const on = (points: Array<{ date: Date; value: number }>, iso: string) =>
  points.find((p) => p.date.getTime() === utc(iso).getTime())?.value;

describe("lttb", () => {
  const zigzag = Array.from({ length: 1000 }, (_, i) => ({ x: i, y: i === 500 ? 100 : i % 2 }));

  it("returns the requested number of points, keeping the first and the last", () => {
    const out = lttb(
      zigzag,
      50,
      (p) => p.x,
      (p) => p.y,
    );
    expect(out).toHaveLength(50);
    expect(out[0]).toBe(zigzag[0]);
    expect(out.at(-1)).toBe(zigzag.at(-1));
  });

  it("keeps a lone spike, the point that shapes the line most", () => {
    expect(
      lttb(
        zigzag,
        50,
        (p) => p.x,
        (p) => p.y,
      ).some((p) => p.y === 100),
    ).toBe(true);
  });

  it("returns short inputs unchanged", () => {
    const three = zigzag.slice(0, 3);
    expect(
      lttb(
        three,
        10,
        (p) => p.x,
        (p) => p.y,
      ),
    ).toEqual(three);
  });
});

describe("reduceDaily on the whole 10-year yield history", () => {
  const series = loadDgs10();
  const reduced = reduceDaily(series, {
    threshold: 1200,
    window: { from: utc("2025-03-15"), to: utc("2025-04-30") },
  });
  const values = series.flatMap((p) => (p.value === null ? [] : [p.value]));

  it("is much smaller than the 16,750 daily rows", () => {
    expect(reduced.length).toBeLessThanOrEqual(1300);
    expect(reduced.length).toBeGreaterThan(1000);
  });

  it("keeps the 4 -> 11 April 2025 move the story is about: 4.01 and 4.48", () => {
    // dgs10_daily.csv: 2025-04-04,4.01 and 2025-04-11,4.48
    expect(on(reduced, "2025-04-04")).toBe(4.01);
    expect(on(reduced, "2025-04-11")).toBe(4.48);
  });

  it("keeps every trading day inside the window", () => {
    const inWindow = (d: Date) => d >= utc("2025-03-15") && d <= utc("2025-04-30");
    const full = series.filter((p) => p.value !== null && inWindow(p.date));
    expect(reduced.filter((p) => inWindow(p.date))).toHaveLength(full.length);
  });

  it("keeps the series maximum and minimum", () => {
    expect(Math.max(...reduced.map((p) => p.value))).toBe(Math.max(...values));
    expect(Math.min(...reduced.map((p) => p.value))).toBe(Math.min(...values));
  });

  it("keeps the first and last days with a value, sorted, without repeats and without nulls", () => {
    const withValue = series.filter((p): p is DailyPoint & { value: number } => p.value !== null);
    expect(reduced[0]?.date).toEqual(withValue[0]?.date);
    expect(reduced.at(-1)?.date).toEqual(withValue.at(-1)?.date);
    const times = reduced.map((p) => p.date.getTime());
    expect(times.every((t, i) => i === 0 || t > times[i - 1]!)).toBe(true);
    expect(reduced.every((p) => Number.isFinite(p.value))).toBe(true);
  });

  it("keeps named days even without a window", () => {
    const plain = reduceDaily(series, { threshold: 400, keep: [utc("2025-04-04"), utc("2025-04-11")] });
    expect([on(plain, "2025-04-04"), on(plain, "2025-04-11")]).toEqual([4.01, 4.48]);
    expect(plain.length).toBeLessThanOrEqual(404);
  });
});
