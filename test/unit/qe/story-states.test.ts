import { describe, expect, it } from "vitest";
import { qeModel } from "../../../src/charts/qe/teaching-model";
import { qeStoryStates, qeStoryStepIds } from "../../../src/charts/qe/story-states";

const step = (id: (typeof qeStoryStepIds)[number]) => {
  const state = qeStoryStates.find((s) => s.id === id);
  if (!state) throw new Error(`no story state ${id}`);
  return state;
};

describe("qeStoryStates", () => {
  it("tells the six steps in the order of the appendix", () => {
    expect(qeStoryStates.map((s) => s.id)).toEqual([
      "sellers",
      "price-yield",
      "fed-buys",
      "new-reserves",
      "confidence",
      "ripple",
    ]);
  });

  it("computes every step through the same model as the explorable", () => {
    for (const state of qeStoryStates) expect(state.model).toEqual(qeModel(state.inputs));
  });

  it("drops the price in the sell-off, recovers part of it when the Fed buys, and the rest after the announcement", () => {
    const sellers = step("sellers").model.market;
    const fedBuys = step("fed-buys").model.market;
    const confidence = step("confidence").model.market;
    expect(sellers.price).toBeLessThan(sellers.baselinePrice);
    expect(sellers.yieldRate).toBeGreaterThan(sellers.baselineYield);
    expect(fedBuys.price).toBeGreaterThan(sellers.price);
    expect(fedBuys.price).toBeLessThan(fedBuys.baselinePrice);
    expect(confidence.price).toBeGreaterThan(fedBuys.price);
    expect(step("confidence").inputs.fedPurchasesBn).toBe(step("fed-buys").inputs.fedPurchasesBn);
  });

  it("creates reserves only once the Fed buys", () => {
    const before = step("sellers").model.fed.liabilities.reserves;
    const after = step("new-reserves").model;
    expect(after.fed.liabilities.reserves - before).toBe(after.inputs.fedPurchasesBn);
    expect(after.inputs.fedPurchasesBn).toBeGreaterThan(0);
  });

  it("lowers a company's borrowing cost in the ripple step compared with the panic", () => {
    expect(step("ripple").model.ripple.corporateYield).toBeLessThan(
      step("sellers").model.ripple.corporateYield,
    );
  });

  it("quotes the model's own numbers in both languages", () => {
    const sellers = step("sellers");
    const priceText = sellers.model.market.price.toFixed(1);
    expect(sellers.notes.en).toContain(priceText);
    expect(sellers.notes.ja).toContain(priceText);
    const priceYield = step("price-yield");
    const yieldText = `${(priceYield.model.market.yieldRate * 100).toFixed(2)}%`;
    expect(priceYield.notes.en).toContain(yieldText);
    expect(priceYield.notes.ja).toContain(yieldText);
    const ripple = step("ripple");
    const corporate = `${(ripple.model.ripple.corporateYield * 100).toFixed(2)}%`;
    expect(ripple.notes.en).toContain(corporate);
    expect(ripple.notes.ja).toContain(corporate);
  });

  it("writes every note in both languages, with no unfilled value", () => {
    for (const { notes } of qeStoryStates) {
      expect(notes.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
      expect(notes.en).not.toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
      for (const text of [notes.en, notes.ja]) expect(text).not.toMatch(/undefined|NaN|\[object/);
    }
  });
});
