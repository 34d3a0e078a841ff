// Our scales stand in for d3-scale in the browser bundle, so every chart must draw exactly what d3 would:
// these properties hold them side by side with d3-scale (a dev dependency kept for this comparison only).
import { scaleLinear, scaleUtc } from "d3-scale";
import { utcMonth, utcYear } from "d3-time";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linearScale, niceDomain, utcScale } from "../../../src/charts/scales";

/** Chart values: yields, basis points, billions of dollars, to three decimals. */
const finite = fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000);
const pixels = fc.tuple(fc.integer({ min: -50, max: 2000 }), fc.integer({ min: -50, max: 2000 }));
const domains = fc.tuple(finite, finite);
/** Dates from 1962 (the first 10-year yield) to 2030, in ms. */
const times = fc.integer({ min: Date.UTC(1962, 0, 2), max: Date.UTC(2030, 0, 1) });

describe("linearScale", () => {
  it("maps values to the same pixels as d3's scaleLinear, reversed domains and ranges included", () => {
    fc.assert(
      fc.property(domains, pixels, finite, (domain, range, value) => {
        const ours = linearScale(domain, range);
        const d3 = scaleLinear().domain(domain).range(range);
        expect(ours(value)).toBe(d3(value));
        expect(ours.invert(range[0] + 0.5)).toBe(d3.invert(range[0] + 0.5));
      }),
    );
  });

  it("gives the same round ticks as d3 for any count", () => {
    fc.assert(
      fc.property(domains, fc.integer({ min: 1, max: 20 }), (domain, count) => {
        expect(linearScale(domain, [0, 1]).ticks(count)).toEqual(scaleLinear().domain(domain).ticks(count));
      }),
    );
  });

  it("widens the domain to round ends exactly as d3's nice()", () => {
    fc.assert(
      fc.property(domains, (domain) => {
        expect(niceDomain(domain)).toEqual(scaleLinear().domain(domain).nice().domain());
        expect(linearScale(domain, [0, 1], { nice: true }).domain()).toEqual(
          scaleLinear().domain(domain).nice().domain(),
        );
      }),
    );
  });

  it("rounds a yield axis from 3.91-4.59 % out to 3.9-4.6 %", () => {
    expect(niceDomain([3.91, 4.59])).toEqual([3.9, 4.6]);
  });

  it("puts a value in the middle of an empty domain, as d3 does", () => {
    expect(linearScale([2, 2], [0, 100])(2)).toBe(50);
  });
});

describe("utcScale", () => {
  it("places dates where d3's scaleUtc does and inverts pixels to the same instants", () => {
    fc.assert(
      fc.property(times, times, pixels, times, (a, b, range, t) => {
        const domain: [Date, Date] = [new Date(Math.min(a, b)), new Date(Math.max(a, b))];
        const ours = utcScale(domain, range);
        const d3 = scaleUtc().domain(domain).range(range);
        expect(ours(new Date(t))).toBe(d3(new Date(t)));
        expect(ours(t)).toBe(d3(t));
        expect(ours.invert(range[1] - 0.25).getTime()).toBe(d3.invert(range[1] - 0.25).getTime());
      }),
    );
  });

  it("picks the same calendar ticks as d3 for a count or an interval", () => {
    fc.assert(
      fc.property(times, times, fc.integer({ min: 2, max: 15 }), (a, b, count) => {
        const domain: [Date, Date] = [new Date(Math.min(a, b)), new Date(Math.max(a, b))];
        const ours = utcScale(domain, [0, 600]);
        const d3 = scaleUtc().domain(domain).range([0, 600]);
        expect(ours.ticks(count)).toEqual(d3.ticks(count));
        expect(ours.ticks(utcYear.every(5) ?? utcYear)).toEqual(d3.ticks(utcYear.every(5) ?? utcYear));
      }),
      { numRuns: 200 },
    );
  });

  it("ticks the first fortnight of April 2025 day by day, in UTC whatever the machine's zone", () => {
    const april = utcScale([new Date("2025-04-01"), new Date("2025-04-16")], [0, 1200]);
    const ticks = april.ticks(15).map((d) => d.toISOString().slice(0, 10));
    expect(ticks[0]).toBe("2025-04-01");
    expect(ticks).toContain("2025-04-11");
    expect(april.ticks(utcMonth).map((d) => d.toISOString())).toEqual(["2025-04-01T00:00:00.000Z"]);
  });

  it("hands out copies of its domain and range, so a caller cannot bend the scale", () => {
    const x = utcScale([new Date("2000-01-01"), new Date("2025-01-01")], [0, 100]);
    x.domain()[0].setUTCFullYear(1990);
    x.range()[0] = 50;
    expect(x(new Date("2000-01-01"))).toBe(0);
  });
});
