import { describe, expect, it } from "vitest";
import {
  type InputProblem,
  validatePurchaseInput,
  validateSellingInput,
} from "../../../src/charts/qe/input-validation";
import { PURCHASE_RANGE_BN, SELLING_RANGE_BN } from "../../../src/charts/qe/teaching-model";

const validators = [
  ["selling", validateSellingInput, SELLING_RANGE_BN],
  ["purchases", validatePurchaseInput, PURCHASE_RANGE_BN],
] as const;

const badInputs: Array<[string, InputProblem]> = [
  ["", "empty"],
  ["   ", "empty"],
  ["abc", "not-a-number"],
  ["12abc", "not-a-number"],
  ["1e2", "not-a-number"],
  ["Infinity", "not-a-number"],
  ["0x10", "not-a-number"],
  [".", "not-a-number"],
  ["1.2.3", "not-a-number"],
  ["-1", "out-of-range"],
  ["−20", "out-of-range"],
  ["500.1", "out-of-range"],
  ["1,000", "out-of-range"],
  ["12.34", "too-many-decimals"],
  ["0.05", "too-many-decimals"],
];

describe("validateSellingInput and validatePurchaseInput", () => {
  for (const [name, validate, range] of validators) {
    it(`accepts plain amounts for ${name}, the range ends, full-width digits and one decimal place`, () => {
      const accepted: Array<[string, number]> = [
        ["120", 120],
        [" 42 ", 42],
        ["120.5", 120.5],
        ["12.50", 12.5],
        [".5", 0.5],
        ["+7", 7],
        ["１２０", 120],
        ["３０．５", 30.5],
        [String(range.min), range.min],
        [String(range.max), range.max],
        ["-0", 0],
      ];
      for (const [raw, value] of accepted) {
        expect(validate(raw, "en"), raw).toEqual({ ok: true, value });
        expect(validate(raw, "ja"), raw).toEqual({ ok: true, value });
      }
    });

    it(`names what is wrong with bad ${name} input`, () => {
      for (const [raw, problem] of badInputs) {
        expect(validate(raw, "en"), raw).toMatchObject({ ok: false, problem });
      }
    });
  }

  it("answers each kind of bad input with its own short message naming the range, in English", () => {
    const messages = new Set<string>();
    for (const raw of ["", "abc", "600", "1.25"]) {
      const result = validatePurchaseInput(raw, "en");
      if (result.ok) throw new Error(`expected "${raw}" to be refused`);
      expect(result.message).toMatch(/from 0 to 500 \(billions of dollars\)/);
      expect(result.message.length).toBeLessThan(110);
      messages.add(result.message);
    }
    expect(messages.size).toBe(4);
  });

  it("answers each kind of bad input with its own short message naming the range, in Japanese", () => {
    const messages = new Set<string>();
    for (const raw of ["", "あいう", "600", "1.25"]) {
      const result = validateSellingInput(raw, "ja");
      if (result.ok) throw new Error(`expected "${raw}" to be refused`);
      expect(result.message).toContain("0〜500");
      expect(result.message).toContain("10億ドル");
      expect(result.message).toMatch(/ください/);
      messages.add(result.message);
    }
    expect(messages.size).toBe(4);
  });

  it("tells a reader who types too many decimals how many are allowed", () => {
    const en = validateSellingInput("10.25", "en");
    const ja = validateSellingInput("10.25", "ja");
    expect(!en.ok && en.message).toContain("one decimal place");
    expect(!ja.ok && ja.message).toContain("小数は1桁まで");
  });
});
