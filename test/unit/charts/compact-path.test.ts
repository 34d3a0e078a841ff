import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compactPath } from "../../../src/charts/compact-path";

/** The absolute points a path of M, L/l and Z commands visits, to a tenth of a pixel. */
function points(d: string): string[] {
  const visited: string[] = [];
  let x = 0;
  let y = 0;
  for (const [, letter = "", rest = ""] of d.matchAll(/([MLlZ])([^MLlZ]*)/g)) {
    if (letter === "Z") continue;
    const [a = 0, b = 0] = rest.split(/,|(?=-)/).map(Number);
    [x, y] = letter === "l" ? [x + a, y + b] : [a, b];
    visited.push(`${letter === "M" ? "M" : "L"}${Math.round(x * 10)},${Math.round(y * 10)}`);
  }
  return visited;
}

const coordinate = fc.integer({ min: -20_000, max: 20_000 }).map((n) => n / 10);
const polyline = fc
  .array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 400 })
  .map((pts) => pts.map(([x, y], i) => `${i ? "L" : "M"}${x},${y}`).join(""));

describe("compactPath", () => {
  it("visits exactly the same points, however long the line", () => {
    fc.assert(
      fc.property(polyline, (d) => {
        expect(points(compactPath(d))).toEqual(points(d));
      }),
    );
  });

  it("writes each step as a short relative move", () => {
    expect(compactPath("M8,146.7L12.2,150.1L16.4,148.3")).toBe("M8,146.7l4.2,3.4l4.2-1.8");
  });

  it("keeps gaps (a second M) and closed areas", () => {
    expect(compactPath("M0,0L10,0M20,5L30,5")).toBe("M0,0l10,0M20,5l10,0");
    expect(compactPath("M0,0L10,0L10,10Z")).toBe("M0,0l10,0l0,10Z");
  });

  it("leaves any other path as it was: curves, arcs, h/v, relative or malformed commands", () => {
    for (const d of [
      "M0,0C1,1,2,2,3,3",
      "M0,0h10v10h-10Z",
      "M0,0A5,5,0,0,1,10,0",
      "m0,0l1,1",
      "M0,0L1",
      "",
    ]) {
      expect(compactPath(d)).toBe(d);
    }
  });

  it("does not let rounding errors add up along thousands of points", () => {
    const d = Array.from(
      { length: 3000 },
      (_, i) => `${i ? "L" : "M"}${(i * 0.33).toFixed(2)},${(i % 7) * 0.15}`,
    ).join("");
    expect(points(compactPath(d))).toEqual(points(d));
  });
});
