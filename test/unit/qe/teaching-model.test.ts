import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bankTotals, fedTotals } from "../../../src/charts/qe/balance-sheets";
import { priceFromYield } from "../../../src/charts/qe/bond-math";
import {
  BASE_SPREAD_BP,
  credibilityOf,
  MAX_PRICE_MOVE,
  PRICE_POINTS_PER_10BN,
  PURCHASE_RANGE_BN,
  type QeInputs,
  qeBaseline,
  qeModel,
  SELLING_RANGE_BN,
} from "../../../src/charts/qe/teaching-model";

const calm: QeInputs = { foreignSellingBn: 0, fedPurchasesBn: 0, announcement: false };
const selling = fc.double({ min: SELLING_RANGE_BN.min, max: SELLING_RANGE_BN.max, noNaN: true });
const purchases = fc.double({ min: PURCHASE_RANGE_BN.min, max: PURCHASE_RANGE_BN.max, noNaN: true });
const announcement = fc.oneof(fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }));
const inputs = fc.record({ foreignSellingBn: selling, fedPurchasesBn: purchases, announcement });
/** Any numbers at all, as a page bug might pass them. */
const anyInputs = fc.record({
  foreignSellingBn: fc.double(),
  fedPurchasesBn: fc.double(),
  announcement: fc.double(),
});

describe("qeModel: the market", () => {
  it("starts the 10-year 4% note at 100 and a 4% yield when nobody sells or buys", () => {
    const { market, ripple } = qeModel(calm);
    expect(market.price).toBeCloseTo(100, 10);
    expect(market.yieldRate).toBeCloseTo(0.04, 12);
    expect(market.yieldChangeBp).toBeCloseTo(0, 6);
    expect(ripple.corporateYield).toBeCloseTo(0.04 + BASE_SPREAD_BP / 10_000, 12);
  });

  it("lowers the price by the stated sensitivity for each $10bn of unmet selling", () => {
    const { market } = qeModel({ ...calm, foreignSellingBn: 10 });
    expect(market.priceChange).toBeCloseTo(-PRICE_POINTS_PER_10BN, 12);
    expect(market.price).toBeCloseTo(100 - PRICE_POINTS_PER_10BN, 12);
  });

  it("reads the yield off the real price-yield curve of the baseline bond", () => {
    fc.assert(
      fc.property(inputs, (raw) => {
        const { market } = qeModel(raw);
        const back = priceFromYield({ ...qeBaseline.bond, yieldRate: market.yieldRate });
        expect(back).toBeCloseTo(market.price, 9);
        expect(market.yieldChangeBp).toBeCloseTo((market.yieldRate - qeBaseline.yieldRate) * 10_000, 9);
      }),
    );
  });

  it("gives a lower price and a higher yield for more selling, whatever the Fed does", () => {
    fc.assert(
      fc.property(
        selling,
        fc.double({ min: 0.1, max: 500, noNaN: true }),
        purchases,
        announcement,
        (s, more, p, a) => {
          fc.pre(s + more <= SELLING_RANGE_BN.max);
          const less = qeModel({ foreignSellingBn: s, fedPurchasesBn: p, announcement: a }).market;
          const most = qeModel({ foreignSellingBn: s + more, fedPurchasesBn: p, announcement: a }).market;
          expect(most.price).toBeLessThan(less.price);
          expect(most.yieldRate).toBeGreaterThan(less.yieldRate);
        },
      ),
    );
  });

  it("gives a higher price and a lower yield for more Fed purchases, whatever the selling", () => {
    fc.assert(
      fc.property(
        purchases,
        fc.double({ min: 0.1, max: 500, noNaN: true }),
        selling,
        announcement,
        (p, more, s, a) => {
          fc.pre(p + more <= PURCHASE_RANGE_BN.max);
          const fewer = qeModel({ foreignSellingBn: s, fedPurchasesBn: p, announcement: a }).market;
          const most = qeModel({ foreignSellingBn: s, fedPurchasesBn: p + more, announcement: a }).market;
          expect(most.price).toBeGreaterThan(fewer.price);
          expect(most.yieldRate).toBeLessThan(fewer.yieldRate);
        },
      ),
    );
  });

  it("lets an announcement alone lift the price during a sell-off, and do nothing when nobody sells", () => {
    const panic = { foreignSellingBn: 200, fedPurchasesBn: 0 };
    const silent = qeModel({ ...panic, announcement: false }).market;
    const halfBelieved = qeModel({ ...panic, announcement: 0.5 }).market;
    const believed = qeModel({ ...panic, announcement: true }).market;
    expect(halfBelieved.price).toBeGreaterThan(silent.price);
    expect(believed.price).toBeGreaterThan(halfBelieved.price);
    expect(believed.price).toBeLessThan(100);
    expect(qeModel({ ...calm, announcement: true }).market.price).toBe(qeModel(calm).market.price);
  });

  it("widens the corporate spread with selling and narrows it with Fed buying", () => {
    const panic = qeModel({ ...calm, foreignSellingBn: 300 }).ripple;
    const rescue = qeModel({ ...calm, fedPurchasesBn: 300 }).ripple;
    expect(panic.spreadBp).toBeGreaterThan(BASE_SPREAD_BP);
    expect(rescue.spreadBp).toBeLessThan(BASE_SPREAD_BP);
    expect(panic.corporateYield).toBeGreaterThan(panic.baselineCorporateYield);
    expect(rescue.corporateYield).toBeLessThan(rescue.baselineCorporateYield);
  });

  it("keeps inputs at the range ends inside the price clamp, with finite yields", () => {
    const worst = qeModel({ foreignSellingBn: SELLING_RANGE_BN.max, fedPurchasesBn: 0, announcement: false });
    const best = qeModel({ foreignSellingBn: 0, fedPurchasesBn: PURCHASE_RANGE_BN.max, announcement: true });
    const both = qeModel({
      foreignSellingBn: SELLING_RANGE_BN.max,
      fedPurchasesBn: PURCHASE_RANGE_BN.max,
      announcement: false,
    });
    expect(worst.market.price).toBeCloseTo(100 - MAX_PRICE_MOVE, 10);
    expect(worst.market.yieldRate).toBeGreaterThan(0.05);
    expect(best.market.price).toBeCloseTo(100 + MAX_PRICE_MOVE, 10);
    expect(best.market.yieldRate).toBeLessThan(0.03);
    expect(both.market.price).toBeCloseTo(100, 10);
  });

  it("treats inputs beyond the ranges as the range ends, and NaN as nothing", () => {
    const over = qeModel({ foreignSellingBn: 9_000, fedPurchasesBn: -50, announcement: 3 });
    expect(over.inputs).toEqual({
      foreignSellingBn: SELLING_RANGE_BN.max,
      fedPurchasesBn: 0,
      credibility: 1,
    });
    const blank = qeModel({
      foreignSellingBn: Number.NaN,
      fedPurchasesBn: Number.NaN,
      announcement: Number.NaN,
    });
    expect(blank.inputs).toEqual({ foreignSellingBn: 0, fedPurchasesBn: 0, credibility: 0 });
    fc.assert(
      fc.property(anyInputs, (raw) => {
        const { market } = qeModel(raw);
        expect(Math.abs(market.price - market.baselinePrice)).toBeLessThanOrEqual(MAX_PRICE_MOVE + 1e-9);
        expect(Number.isFinite(market.yieldRate)).toBe(true);
      }),
    );
  });

  it("reads an announcement as a credibility from 0 to 1", () => {
    expect(credibilityOf(true)).toBe(1);
    expect(credibilityOf(false)).toBe(0);
    expect(credibilityOf(0.3)).toBe(0.3);
    expect(credibilityOf(-1)).toBe(0);
    expect(credibilityOf(7)).toBe(1);
  });
});

describe("qeModel: the balance sheets", () => {
  it("always balances: Fed assets = liabilities; bank assets = liabilities + equity", () => {
    fc.assert(
      fc.property(fc.oneof(inputs, anyInputs), (raw) => {
        const { fed, bank } = qeModel(raw);
        const f = fedTotals(fed);
        const b = bankTotals(bank);
        expect(f.assets).toBeCloseTo(f.liabilities, 6);
        expect(b.assets).toBeCloseTo(b.liabilitiesAndEquity, 6);
      }),
    );
  });

  it("raises the Fed's Treasuries and reserves by exactly the amount it buys", () => {
    const before = qeModel(calm).fed;
    fc.assert(
      fc.property(inputs, (raw) => {
        const { fed, inputs: used } = qeModel(raw);
        expect(fed.liabilities.reserves - before.liabilities.reserves).toBeCloseTo(used.fedPurchasesBn, 9);
        expect(fed.assets.treasuries - before.assets.treasuries).toBeCloseTo(used.fedPurchasesBn, 9);
        expect(fed.assets.other).toBe(before.assets.other);
        expect(fed.liabilities.currencyAndOther).toBe(before.liabilities.currencyAndOther);
      }),
    );
  });

  it("has the banks swap Treasuries for the same amount of reserves, the reserves the Fed owes", () => {
    const before = qeModel(calm).bank;
    fc.assert(
      fc.property(inputs, (raw) => {
        const { bank, fed, inputs: used } = qeModel(raw);
        expect(before.assets.treasuries - bank.assets.treasuries).toBeCloseTo(used.fedPurchasesBn, 9);
        expect(bank.assets.reserves - before.assets.reserves).toBeCloseTo(used.fedPurchasesBn, 9);
        expect(bank.assets.loans).toBe(before.assets.loans);
        expect(bank.liabilitiesAndEquity).toEqual(before.liabilitiesAndEquity);
        expect(bank.assets.reserves).toBe(fed.liabilities.reserves);
        expect(bank.assets.treasuries).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("leaves both balance sheets unchanged by foreign selling alone", () => {
    const before = qeModel(calm);
    const after = qeModel({ ...calm, foreignSellingBn: SELLING_RANGE_BN.max, announcement: true });
    expect(after.fed).toEqual(before.fed);
    expect(after.bank).toEqual(before.bank);
  });
});
