import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type BondTerms,
  type CouponFrequency,
  dv01,
  MAX_SOLVER_ITERATIONS,
  modifiedDuration,
  priceFromYield,
  priceYieldCurve,
  yieldFromPrice,
} from "../../../src/charts/qe/bond-math";

/** Price written out the textbook way, independently of the module: annuity of coupons plus discounted par. */
function closedFormPrice(couponRate: number, yieldRate: number, years: number, frequency: CouponFrequency) {
  const n = years * frequency;
  const r = yieldRate / frequency;
  const coupon = (100 * couponRate) / frequency;
  const annuity = r === 0 ? n : (1 - (1 + r) ** -n) / r;
  return coupon * annuity + 100 * (1 + r) ** -n;
}

const frequencies: CouponFrequency[] = [1, 2];
const tenYearNote: BondTerms = { couponRate: 0.04, years: 10, frequency: 2 };

describe("priceFromYield", () => {
  it("prices a 10-year 4% annual-coupon bond at a 4.5% yield at about 96.04 per 100", () => {
    const price = priceFromYield({ couponRate: 0.04, yieldRate: 0.045, years: 10, frequency: 1 });
    expect(price).toBeCloseTo(96.04, 2);
    expect(price).toBeCloseTo(closedFormPrice(0.04, 0.045, 10, 1), 10);
  });

  it("prices a semiannual 10-year 4% note at a 5% yield as the closed-form annuity does (about 92.21)", () => {
    const price = priceFromYield({ ...tenYearNote, yieldRate: 0.05 });
    const byHand = 2 * ((1 - 1.025 ** -20) / 0.025) + 100 * 1.025 ** -20;
    expect(price).toBeCloseTo(byHand, 10);
    expect(price).toBeCloseTo(92.21, 2);
  });

  it("prices a bond at par when its coupon equals its yield, for annual and semiannual coupons", () => {
    for (const frequency of frequencies) {
      for (const rate of [0.005, 0.04, 0.1]) {
        for (const years of [1, 10, 30]) {
          expect(priceFromYield({ couponRate: rate, yieldRate: rate, years, frequency })).toBeCloseTo(100, 9);
        }
      }
    }
  });

  it("prices a zero-coupon bond as 100 / (1 + y/f)^n", () => {
    for (const frequency of frequencies) {
      for (const [yieldRate, years] of [
        [0.03, 1],
        [0.045, 10],
        [0.07, 30],
        [-0.005, 5],
      ] as const) {
        const price = priceFromYield({ couponRate: 0, yieldRate, years, frequency });
        expect(price).toBeCloseTo(100 / (1 + yieldRate / frequency) ** (years * frequency), 10);
      }
    }
  });

  it("prices a bond at zero yield as the plain sum of its cash flows", () => {
    expect(priceFromYield({ ...tenYearNote, yieldRate: 0 })).toBeCloseTo(140, 10);
    expect(priceFromYield({ couponRate: 0.04, yieldRate: 0, years: 30, frequency: 1 })).toBeCloseTo(220, 10);
    expect(priceFromYield({ couponRate: 0, yieldRate: 0, years: 7, frequency: 2 })).toBe(100);
  });

  it("prices negative yields above the sum of the cash flows, matching the closed form", () => {
    const price = priceFromYield({ ...tenYearNote, yieldRate: -0.005 });
    expect(price).toBeGreaterThan(140);
    expect(price).toBeCloseTo(closedFormPrice(0.04, -0.005, 10, 2), 9);
  });

  it("stays finite for yields down to −0.99 × frequency and refuses −frequency itself", () => {
    for (const frequency of frequencies) {
      const price = priceFromYield({ couponRate: 0.04, yieldRate: -0.99 * frequency, years: 30, frequency });
      expect(Number.isFinite(price)).toBe(true);
      expect(price).toBeGreaterThan(1e50);
      expect(() => priceFromYield({ couponRate: 0.04, yieldRate: -frequency, years: 10, frequency })).toThrow(
        RangeError,
      );
    }
  });

  it("handles the shortest and longest maturities the page offers, 1 and 30 years", () => {
    expect(priceFromYield({ couponRate: 0.05, yieldRate: 0.03, years: 1, frequency: 1 })).toBeCloseTo(
      105 / 1.03,
      10,
    );
    expect(priceFromYield({ couponRate: 0.04, yieldRate: 0.05, years: 30, frequency: 2 })).toBeCloseTo(
      closedFormPrice(0.04, 0.05, 30, 2),
      9,
    );
  });

  it("rounds fractional maturities to whole coupon periods, halves up", () => {
    const at = (years: number) => priceFromYield({ ...tenYearNote, years, yieldRate: 0.05 });
    expect(at(10.2)).toBe(at(10));
    expect(at(10.25)).toBe(at(10.5));
  });

  it("rejects unusable terms with a RangeError", () => {
    const bad: Array<Partial<BondTerms> & { yieldRate?: number }> = [
      { couponRate: -0.01 },
      { couponRate: Number.NaN },
      { years: 0.2 },
      { years: 101 },
      { years: Number.POSITIVE_INFINITY },
      { frequency: 4 as CouponFrequency },
      { yieldRate: Number.NaN },
    ];
    for (const change of bad) {
      expect(() => priceFromYield({ ...tenYearNote, yieldRate: 0.04, ...change })).toThrow(RangeError);
    }
  });

  it("draws the price-yield curve in the order of the yields given", () => {
    const curve = priceYieldCurve(tenYearNote, [0.02, 0.04, 0.06]);
    expect(curve.map((p) => p.yieldRate)).toEqual([0.02, 0.04, 0.06]);
    expect(curve[1]?.price).toBeCloseTo(100, 10);
    expect(curve[0]!.price).toBeGreaterThan(curve[1]!.price);
    expect(curve[1]!.price).toBeGreaterThan(curve[2]!.price);
  });
});

describe("modifiedDuration and dv01", () => {
  it("gives a zero-coupon bond a modified duration of its maturity over (1 + y/f)", () => {
    const duration = modifiedDuration({ couponRate: 0, yieldRate: 0.05, years: 10, frequency: 2 });
    expect(duration).toBeCloseTo(10 / 1.025, 10);
  });

  it("says a 10-year 4% note at par moves about 8 cents per 100 for each basis point", () => {
    const perBp = dv01({ ...tenYearNote, yieldRate: 0.04 });
    expect(perBp).toBeGreaterThan(0.08);
    expect(perBp).toBeLessThan(0.083);
    const up = priceFromYield({ ...tenYearNote, yieldRate: 0.04 + 0.00005 });
    const down = priceFromYield({ ...tenYearNote, yieldRate: 0.04 - 0.00005 });
    expect(perBp).toBeCloseTo(down - up, 8);
  });
});

describe("yieldFromPrice", () => {
  it("finds 4.5% for the annual 10-year 4% bond priced at its 4.5% price", () => {
    const terms = { couponRate: 0.04, years: 10, frequency: 1 } as const;
    const result = yieldFromPrice({ ...terms, price: priceFromYield({ ...terms, yieldRate: 0.045 }) });
    expect(result.ok && result.yieldRate).toBeCloseTo(0.045, 12);
  });

  it("finds the coupon rate for a price of 100, and zero yield for the sum of the cash flows", () => {
    const atPar = yieldFromPrice({ ...tenYearNote, price: 100 });
    expect(atPar.ok && atPar.yieldRate).toBeCloseTo(0.04, 12);
    const atSum = yieldFromPrice({ ...tenYearNote, price: 140 });
    expect(atSum.ok && atSum.yieldRate).toBeCloseTo(0, 12);
  });

  it("solves extreme but positive prices: huge yields for tiny prices, yields near −frequency for huge ones", () => {
    const cheap = yieldFromPrice({ ...tenYearNote, price: 1e-6 });
    expect(cheap.ok && cheap.yieldRate).toBeGreaterThan(10);
    const dear = yieldFromPrice({ ...tenYearNote, price: Number.MAX_VALUE });
    expect(dear.ok).toBe(true);
    if (dear.ok) {
      expect(dear.yieldRate).toBeGreaterThan(-2);
      expect(dear.yieldRate).toBeLessThan(-1.9);
    }
  });

  it("reports a price that implies a yield beyond any double as out of range", () => {
    const tiny = yieldFromPrice({ couponRate: 0, years: 1, frequency: 1, price: Number.MIN_VALUE });
    expect(tiny).toMatchObject({ ok: false, reason: "yield-out-of-range" });
    // 1 + y/2 would have to be about 1e-308 / 1e-309: it rounds to zero, which no yield may reach.
    const huge = yieldFromPrice({ couponRate: 0.04, years: 1, frequency: 2, price: Number.MAX_VALUE });
    expect(huge).toMatchObject({ ok: false, reason: "yield-out-of-range" });
  });

  it("reports unreachable input as a typed failure, not an exception", () => {
    const cases: Array<[number, string]> = [
      [Number.NaN, "price-not-finite"],
      [Number.POSITIVE_INFINITY, "price-not-finite"],
      [Number.NEGATIVE_INFINITY, "price-not-finite"],
      [0, "price-not-positive"],
      [-3, "price-not-positive"],
    ];
    for (const [price, reason] of cases) {
      expect(yieldFromPrice({ ...tenYearNote, price })).toMatchObject({ ok: false, reason });
    }
    expect(yieldFromPrice({ ...tenYearNote, years: 0, price: 100 })).toMatchObject({
      ok: false,
      reason: "invalid-terms",
    });
  });
});

const termsArb = fc.record({
  couponRate: fc.double({ min: 0, max: 0.1, noNaN: true }),
  years: fc.integer({ min: 1, max: 30 }),
  frequency: fc.constantFrom<CouponFrequency>(1, 2),
});
const normalYield = fc.double({ min: -0.005, max: 0.2, noNaN: true });

describe("bond maths, as properties", () => {
  it("price strictly falls when the yield rises", () => {
    fc.assert(
      fc.property(
        termsArb,
        normalYield,
        fc.double({ min: 1e-6, max: 0.1, noNaN: true }),
        (terms, y, rise) => {
          expect(priceFromYield({ ...terms, yieldRate: y + rise })).toBeLessThan(
            priceFromYield({ ...terms, yieldRate: y }),
          );
        },
      ),
    );
  });

  it("recovers the yield from its price within 1e-10, for yields from −0.5% to 20%", () => {
    fc.assert(
      fc.property(termsArb, normalYield, (terms, yieldRate) => {
        const result = yieldFromPrice({ ...terms, price: priceFromYield({ ...terms, yieldRate }) });
        expect(result.ok).toBe(true);
        if (result.ok) expect(Math.abs(result.yieldRate - yieldRate)).toBeLessThan(1e-10);
      }),
      { numRuns: 500 },
    );
  });

  it("terminates on any doubles, NaN and infinities included, with a yield or a documented failure", () => {
    const reasons = ["invalid-terms", "price-not-finite", "price-not-positive", "yield-out-of-range"];
    fc.assert(
      fc.property(
        fc.double(),
        fc.double(),
        fc.double(),
        fc.constantFrom<CouponFrequency>(1, 2),
        (price, couponRate, years, frequency) => {
          const result = yieldFromPrice({ couponRate, years, frequency, price });
          if (result.ok) {
            expect(Number.isFinite(result.yieldRate)).toBe(true);
            expect(result.yieldRate).toBeGreaterThan(-frequency);
            expect(result.iterations).toBeLessThanOrEqual(MAX_SOLVER_ITERATIONS);
            if (price > 1e-100 && price < 1e100) {
              const back = priceFromYield({ couponRate, years, frequency, yieldRate: result.yieldRate });
              expect(Math.abs(back - price) / price).toBeLessThan(1e-8);
            }
          } else {
            expect(reasons).toContain(result.reason);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("solves every price of an ordinary bond, failing only for non-finite, non-positive or absurd prices", () => {
    fc.assert(
      fc.property(termsArb, fc.double(), (terms, price) => {
        const result = yieldFromPrice({ ...terms, price });
        if (result.ok) {
          expect(result.yieldRate).toBeGreaterThan(-terms.frequency);
          expect(result.iterations).toBeLessThanOrEqual(MAX_SOLVER_ITERATIONS);
        } else {
          expect(["price-not-finite", "price-not-positive", "yield-out-of-range"]).toContain(result.reason);
          if (result.reason === "price-not-finite") expect(Number.isFinite(price)).toBe(false);
          if (result.reason === "price-not-positive") expect(price).toBeLessThanOrEqual(0);
          // Out of range only for absurd prices, never for one a page could show.
          if (result.reason === "yield-out-of-range") expect(price < 1e-300 || price > 1e17).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
