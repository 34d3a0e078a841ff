// The transitions' in-between frames must be the ones d3-interpolate would draw (a dev dependency kept for this).
import * as d3 from "d3-interpolate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { interpolateNumber, interpolateString } from "../../../src/charts/interpolate";

const t = fc.double({ min: 0, max: 1, noNaN: true });
const coordinate = fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 10);
/** Path data like the charts draw: M x,y L x,y ... with any number of points. */
const path = fc
  .array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 12 })
  .map((points) => points.map(([x, y], i) => `${i ? "L" : "M"}${x},${y}`).join(""));

describe("interpolateNumber", () => {
  it("matches d3 at every t", () => {
    fc.assert(
      fc.property(coordinate, coordinate, t, (a, b, at) => {
        expect(interpolateNumber(a, b)(at)).toBe(d3.interpolateNumber(a, b)(at));
      }),
    );
  });
});

describe("interpolateString", () => {
  it("matches d3 between any two paths, with the same or a different number of points", () => {
    fc.assert(
      fc.property(path, path, t, (a, b, at) => {
        expect(interpolateString(a, b)(at)).toBe(d3.interpolateString(a, b)(at));
      }),
    );
  });

  it("starts on the first path and ends exactly on the second", () => {
    const move = interpolateString("M0,10L20,30", "M10,10L40,0");
    expect(move(0)).toBe("M0,10L20,30");
    expect(move(0.5)).toBe("M5,10L30,15");
    expect(move(1)).toBe("M10,10L40,0");
  });

  it("keeps the rest of a longer target path as it is", () => {
    expect(interpolateString("M0,0", "M10,10L20,20")(0.5)).toBe("M5,5L20,20");
  });

  it("reads exponents and signs as d3 does", () => {
    expect(interpolateString("M1e2,-5", "M2e2,+5")(0.5)).toBe(
      d3.interpolateString("M1e2,-5", "M2e2,+5")(0.5),
    );
  });
});
