// Price and yield of a plain fixed-coupon bond: the real maths behind the QE explainer's price–yield curve.
//
// Conventions (the textbook "street" convention on a coupon date):
// - Prices are clean prices per 100 of face value, on a coupon date: the coupon just paid is gone, the next
//   one is a full period away, so there is no accrued interest and clean price = dirty price.
// - Rates are decimals: 0.04 is 4 %.
// - `frequency` is the number of coupons a year: 1 (annual) or 2 (semiannual, the US Treasury convention).
//   Each coupon is 100 × couponRate / frequency.
// - The yield is compounded at the coupon frequency: each period's cash flow is discounted by
//   (1 + yieldRate / frequency) per period. For semiannual bonds this is the bond-equivalent yield that
//   Treasury quotes use.
// - Maturity is rounded to whole coupon periods: periods = round(years × frequency), halves rounded up
//   (10.2 years semiannual → 20 periods). At least one period and at most MAX_YEARS years.
// - Yields must keep 1 + yieldRate / frequency above zero (yieldRate > −frequency). Zero and negative yields
//   are fine; at zero yield the price is the plain sum of the cash flows.
//
// Internally the maths runs on the log growth per period, x = ln(1 + yieldRate / frequency), which is defined
// for every allowed yield, makes the price a smooth, strictly falling function on the whole real line, and
// never divides by the yield (so zero yield needs no special case).

export type CouponFrequency = 1 | 2;

export interface BondTerms {
  /** Annual coupon as a decimal (0.04 = 4 %), zero or more. */
  couponRate: number;
  /** Time to maturity in years; rounded to whole coupon periods. */
  years: number;
  frequency: CouponFrequency;
}

/** Longest maturity accepted: past it a "bond" is a perpetuity, which this explainer does not need. */
export const MAX_YEARS = 100;

/** Upper bound on the root finder's iterations; it usually stops after fewer than ten. */
export const MAX_SOLVER_ITERATIONS = 200;

/** Number of coupon periods for a maturity in years (halves rounded up). */
export function couponPeriods(years: number, frequency: CouponFrequency): number {
  return Math.round(years * frequency);
}

/** What is wrong with a set of terms, in words, or undefined when they are usable. */
export function bondTermsProblem(terms: BondTerms): string | undefined {
  const { couponRate, years, frequency } = terms;
  if (frequency !== 1 && frequency !== 2) return `frequency must be 1 or 2, got ${String(frequency)}`;
  if (!Number.isFinite(couponRate) || couponRate < 0) return `couponRate must be a finite number ≥ 0`;
  if (!Number.isFinite(years) || years > MAX_YEARS) return `years must be finite and at most ${MAX_YEARS}`;
  if (couponPeriods(years, frequency) < 1) return `years must round to at least one coupon period`;
  return undefined;
}

/** Price per 100 face and its derivative with respect to x = ln(1 + y/f), for a valid bond. */
function priceAtLogRate(terms: BondTerms, x: number): { price: number; slope: number } {
  const n = couponPeriods(terms.years, terms.frequency);
  const coupon = (100 * terms.couponRate) / terms.frequency;
  let price = 0;
  let slope = 0;
  for (let k = 1; k <= n; k++) {
    const cashFlow = k === n ? coupon + 100 : coupon;
    const discounted = cashFlow * Math.exp(-k * x);
    price += discounted;
    slope -= k * discounted;
  }
  return { price, slope };
}

function assertValid(terms: BondTerms, yieldRate: number): void {
  const problem = bondTermsProblem(terms);
  if (problem) throw new RangeError(`Invalid bond terms: ${problem}`);
  if (!Number.isFinite(yieldRate) || yieldRate <= -terms.frequency) {
    throw new RangeError(
      `yieldRate must be finite and above −frequency (${-terms.frequency}), got ${yieldRate}`,
    );
  }
}

export interface PricingInput extends BondTerms {
  yieldRate: number;
}

/**
 * Price per 100 face: the present value of the remaining coupons and the principal.
 * Throws a RangeError for invalid terms or a yield at or below −frequency: those are programming errors
 * (the page only passes terms it chose and yields it computed), unlike a reader's input, which the teaching
 * model validates before it gets here.
 */
export function priceFromYield(input: PricingInput): number {
  assertValid(input, input.yieldRate);
  return priceAtLogRate(input, Math.log1p(input.yieldRate / input.frequency)).price;
}

/**
 * Modified duration in years: the percentage fall in price for a one-unit rise in the yield, i.e.
 * −(1/P)·dP/dy. A 10-year note near par has about 8: a 0.01 (100 bp) rise costs about 8 % of the price.
 */
export function modifiedDuration(input: PricingInput): number {
  assertValid(input, input.yieldRate);
  const x = Math.log1p(input.yieldRate / input.frequency);
  const { price, slope } = priceAtLogRate(input, x);
  // dx/dy = 1 / (f·(1 + y/f)) = exp(−x) / f
  return (-slope * Math.exp(-x)) / input.frequency / price;
}

/** DV01: how much the price per 100 face falls when the yield rises by one basis point (0.0001). */
export function dv01(input: PricingInput): number {
  return priceFromYield(input) * modifiedDuration(input) * 0.0001;
}

/** Points on the price–yield curve of one bond, for drawing it: yields in, prices out, same order. */
export function priceYieldCurve(
  terms: BondTerms,
  yieldRates: readonly number[],
): Array<{ yieldRate: number; price: number }> {
  return yieldRates.map((yieldRate) => ({ yieldRate, price: priceFromYield({ ...terms, yieldRate }) }));
}

export interface PriceInput extends BondTerms {
  /** Clean price per 100 face. */
  price: number;
}

export type YieldFailure =
  /** Coupon, maturity or frequency unusable (see bondTermsProblem). */
  | "invalid-terms"
  /** Price is NaN or infinite. */
  | "price-not-finite"
  /** Price is zero or negative: no yield gives that, since every cash flow is positive. */
  | "price-not-positive"
  /** Price is positive but so extreme that its yield cannot be represented: near zero the yield overflows a
   * double; near the largest double, 1 + yield/frequency rounds to zero. */
  | "yield-out-of-range";

/**
 * The outcome of yieldFromPrice. A result type rather than an exception, because the explorable asks for a
 * yield on every move of a slider or keystroke: a failure is an ordinary outcome the caller must handle (the
 * compiler insists on checking `ok`), never an exception escaping an input handler.
 */
export type YieldResult =
  { ok: true; yieldRate: number; iterations: number } | { ok: false; reason: YieldFailure; message: string };

const failure = (reason: YieldFailure, message: string): YieldResult => ({ ok: false, reason, message });

/**
 * The yield (compounded at the coupon frequency) at which the bond's price is `price`. Never throws.
 *
 * Root finder: the price is strictly falling in x = ln(1 + y/f), from +∞ to 0, so every positive price has
 * exactly one x. We bracket it by doubling an interval around zero, then run Newton's method safeguarded by
 * bisection: a Newton step that leaves the bracket, is not a number or converges too slowly is replaced by
 * the midpoint, and the bracket shrinks every iteration. The loop is capped at MAX_SOLVER_ITERATIONS, so
 * it always terminates; for ordinary bonds it reaches machine precision in under a dozen steps.
 */
export function yieldFromPrice(input: PriceInput): YieldResult {
  const problem = bondTermsProblem(input);
  if (problem) return failure("invalid-terms", `Invalid bond terms: ${problem}`);
  const { price: target, frequency } = input;
  if (!Number.isFinite(target)) return failure("price-not-finite", `price must be finite, got ${target}`);
  if (target <= 0) return failure("price-not-positive", `price must be above zero, got ${target}`);

  const priceAt = (x: number) => priceAtLogRate(input, x);
  // Bracket: P(lo) ≥ target ≥ P(hi). |x| ≤ 1024 covers every double price (e^±1024 over/underflows).
  let lo = -1;
  let hi = 1;
  while (priceAt(lo).price < target && lo > -1024) lo *= 2;
  while (priceAt(hi).price > target && hi < 1024) hi *= 2;

  // Start from the usual approximation: (coupon + pull to par per period) / average of price and par.
  const n = couponPeriods(input.years, frequency);
  const coupon = (100 * input.couponRate) / frequency;
  const guess = Math.log1p((coupon + (100 - target) / n) / ((100 + target) / 2));
  let x = guess > lo && guess < hi ? guess : (lo + hi) / 2;
  // Newton runs on ln P(x) − ln(target): nearly a straight line in x (exactly one for a zero-coupon bond),
  // so steps stay accurate far from the root, where Newton on P itself would crawl.
  let step = hi - lo;
  let previousStep = step;
  let iterations = 0;
  while (iterations < MAX_SOLVER_ITERATIONS) {
    iterations++;
    const { price, slope } = priceAt(x);
    const gap = Math.log(price) - Math.log(target);
    if (gap === 0) break;
    if (gap > 0) lo = x;
    else hi = x;
    const newton = gap / (slope / price);
    const next = x - newton;
    // Converged: the correction is down to the last few bits of x (it may not even change x any more).
    if (Math.abs(newton) <= 4 * Number.EPSILON * Math.max(1, Math.abs(x))) {
      x = next;
      break;
    }
    // Bisect when Newton leaves the bracket, is not a number, or is not at least halving the step every
    // other iteration (the safeguard of Numerical Recipes' rtsafe).
    const bisect = !(next > lo && next < hi) || Math.abs(2 * newton) > Math.abs(previousStep);
    previousStep = step;
    step = bisect ? (hi - lo) / 2 : newton;
    x = bisect ? lo + step : next;
    if (Math.abs(step) <= 4 * Number.EPSILON * Math.max(1, Math.abs(x))) break;
  }

  const yieldRate = frequency * Math.expm1(x);
  // Only for absurd prices: near 0 the yield overflows; near the largest double, 1 + y/f rounds to 0.
  if (!Number.isFinite(yieldRate) || yieldRate <= -frequency) {
    return failure("yield-out-of-range", `price ${target} implies a yield too extreme to represent`);
  }
  return { ok: true, yieldRate, iterations };
}
