import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { separateLabels } from "../../../src/charts/labels";

describe("separateLabels", () => {
  it("leaves labels that are already apart where they are", () => {
    const ys = separateLabels(
      [
        { key: "a", y: 50 },
        { key: "b", y: 120 },
      ],
      18,
      0,
      300,
    );
    expect(ys.get("a")).toBe(50);
    expect(ys.get("b")).toBe(120);
  });

  it("pushes two colliding line-end labels apart", () => {
    const ys = separateLabels(
      [
        { key: "china", y: 100 },
        { key: "japan", y: 105 },
      ],
      18,
      0,
      300,
    );
    expect(Math.abs(ys.get("japan")! - ys.get("china")!)).toBeGreaterThanOrEqual(18);
  });

  it("never overlaps and never leaves the plot, for any positions that fit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 500, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (raw) => {
          const labels = raw.map((y, i) => ({ key: String(i), y }));
          const ys = [...separateLabels(labels, 18, 0, 400).values()].sort((a, b) => a - b);
          for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(18 - 1e-9);
          expect(ys[0]!).toBeGreaterThanOrEqual(0);
          expect(ys[ys.length - 1]!).toBeLessThanOrEqual(400);
        },
      ),
    );
  });
});
