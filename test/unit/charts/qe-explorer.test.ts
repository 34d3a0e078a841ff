// The explorer apart from the DOM: what a typed amount does to the reader's choice, and the words and table the
// page shows for a choice.
import { describe, expect, it } from "vitest";
import {
  applyCheck,
  checkTyped,
  type ExplorerChoice,
  sliderValue,
} from "../../../src/charts/qe/explorer-input";
import {
  explorerAnnouncement,
  explorerReadout,
  OUTCOME_GRID_BN,
  outcomeTable,
} from "../../../src/charts/qe/explorer-readout";
import { qeModel } from "../../../src/charts/qe/teaching-model";

const start: ExplorerChoice = { sellingBn: 200, purchasesBn: 100, announcement: false };

describe("typed amounts", () => {
  it("accepts an amount in range and changes only that field", () => {
    const check = checkTyped("purchases", "250", false, "en");
    expect(applyCheck(start, "purchases", check)).toEqual({ ...start, purchasesBn: 250 });
  });

  it("refuses letters, an empty field and amounts out of range, keeping the previous choice", () => {
    for (const [raw, badInput, problem] of [
      ["abc", false, "not-a-number"],
      ["", true, "not-a-number"],
      ["", false, "empty"],
      ["9999", false, "out-of-range"],
      ["-5", false, "out-of-range"],
      ["12.34", false, "too-many-decimals"],
    ] as const) {
      const check = checkTyped("selling", raw, badInput, "en");
      expect(check.ok, raw).toBe(false);
      if (!check.ok) expect(check.problem).toBe(problem);
      expect(applyCheck(start, "selling", check)).toBe(start);
    }
  });

  it("explains a refusal in the reader's language", () => {
    const check = checkTyped("selling", "9999", false, "ja");
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain("0〜500");
  });

  it("reads a slider's value as a number inside its range", () => {
    expect(sliderValue("selling", "340")).toBe(340);
    expect(sliderValue("purchases", "900")).toBe(500);
    expect(sliderValue("purchases", "")).toBe(0);
  });
});

describe("read-out and announcement", () => {
  const model = qeModel({ foreignSellingBn: 200, fedPurchasesBn: 100, announcement: false });

  it("gives price and yield with their change from the start", () => {
    const items = Object.fromEntries(explorerReadout(model, "en").map((i) => [i.key, i.value]));
    expect(items.price).toBe("98.0 (−2.0)");
    expect(items.yield).toBe(`${(model.market.yieldRate * 100).toFixed(2)}% (+25 bp)`);
    expect(items.reserves).toBe("$100bn");
  });

  it("speaks the price and yield first, as a screen-reader user hears them", () => {
    expect(explorerAnnouncement(model, "en")).toMatch(/^Price 98\.0, yield 4\.2\d%/);
    expect(explorerAnnouncement(model, "ja")).toMatch(/^価格98\.0、利回り4\.2\d%/);
  });
});

describe("outcome table for readers without JavaScript", () => {
  it("covers every combination of the grid, each through the model", () => {
    const table = outcomeTable("en");
    expect(table.rows).toHaveLength(OUTCOME_GRID_BN.length);
    expect(table.columns).toEqual(["$0bn", "$200bn", "$400bn"]);
    const selling400buying0 = qeModel({ foreignSellingBn: 400, fedPurchasesBn: 0, announcement: false });
    expect(table.rows[2]!.cells[0]).toBe(
      `${selling400buying0.market.price.toFixed(1)} / ${(selling400buying0.market.yieldRate * 100).toFixed(2)}%`,
    );
    // Equal selling and buying leave the price where it started.
    expect(table.rows[1]!.cells[1]).toMatch(/^100\.0 \/ 4\.00%$/);
  });

  it("says the table is the model's output and not a forecast", () => {
    expect(outcomeTable("en").caption).toContain("not a forecast");
    expect(outcomeTable("ja").caption).toContain("予測ではありません");
  });
});
