import { describe, expect, it } from "vitest";
import { modelAssumptions } from "../../../src/charts/qe/model-assumptions";
import { PRICE_POINTS_PER_10BN } from "../../../src/charts/qe/teaching-model";

describe("modelAssumptions", () => {
  it("labels the model as an illustration, not a forecast, in both languages", () => {
    expect(modelAssumptions.label).toEqual({
      en: "Illustration, not a forecast",
      ja: "予測ではなく説明のための模型です",
    });
  });

  it("states the price sensitivity the model actually uses", () => {
    const item = modelAssumptions.items.find((a) => a.id === "price-impact");
    const cents = Math.round(PRICE_POINTS_PER_10BN * 100);
    expect(item?.text.en).toContain(`${cents} cents`);
    expect(item?.text.ja).toContain(`${cents}セント`);
  });

  it("gives every assumption once, in English and in Japanese, with no unfilled value", () => {
    const ids = modelAssumptions.items.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { text } of modelAssumptions.items) {
      expect(text.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
      expect(text.en).not.toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
      for (const t of [text.en, text.ja]) expect(t).not.toMatch(/undefined|NaN|\[object/);
    }
  });
});
