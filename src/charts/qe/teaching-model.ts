// The QE explainer's teaching model: selling, Fed purchases and an announcement in; price, yield, ripple
// effects and balance sheets out. Deliberately simple and fully stated: an illustration, not a forecast.
//
// The only made-up link is the first one: net selling moves the price by a fixed amount per $10bn. Everything
// after that is exact: the yield comes from the real bond maths, the balance sheets from double-entry
// bookkeeping. Every constant below is a round teaching assumption, NOT an estimate from data; they are
// exported so the page can print them.
import { afterFedPurchase, type BankBalanceSheet, type FedBalanceSheet } from "./balance-sheets";
import { type BondTerms, dv01, priceFromYield, yieldFromPrice } from "./bond-math";

/** What a reader may choose for foreign selling, in billions of USD of 10-year notes offered. */
export const SELLING_RANGE_BN = { min: 0, max: 500 } as const;
/** What a reader may choose for the Fed's purchases, in billions of USD. */
export const PURCHASE_RANGE_BN = { min: 0, max: 500 } as const;
/** Decimal places a reader may type (0.1 = $100 million): finer steps would not move anything visibly. */
export const INPUT_DECIMALS = 1;

/**
 * Teaching assumption: each $10bn of selling that finds no buyer lowers the price by 20 cents per $100 of face
 * value (and each $10bn of net buying raises it by as much). Chosen for readability, not fitted to data: $100bn
 * moves the 10-year note by 2 points (its yield by about a quarter of a percentage point), and the largest
 * sell-off the reader can set moves it by 10 points (yield from 4.0 % to about 5.3 %).
 */
export const PRICE_POINTS_PER_10BN = 0.2;

/** Teaching assumption: the price never moves more than this many points from the start (a safety clamp;
 * inputs inside the ranges never reach it: 500 × 0.2 / 10 = 10). */
export const MAX_PRICE_MOVE = 10;

/**
 * Teaching assumption: a fully credible announcement ("we will buy as much as it takes") persuades half of
 * the panic sellers to hold on, because they no longer fear selling later at an even lower price. A half-
 * believed announcement persuades a quarter, and so on.
 */
export const ANNOUNCEMENT_CALMING_SHARE = 0.5;

/** Teaching assumption: a solid company pays 1 percentage point (100 bp) more than the Treasury to borrow. */
export const BASE_SPREAD_BP = 100;

/** Teaching assumption: that extra cost widens by 1 bp for each $10bn of net selling, and narrows as much
 * for each $10bn of net buying: in a panic lenders ask more to hold anything riskier than a Treasury. */
export const SPREAD_BP_PER_10BN = 1;

export interface QeBaseline {
  /** The bond whose price the page follows. */
  bond: BondTerms;
  /** Its yield before anyone sells. */
  yieldRate: number;
}

/** The 10-year note with a 4 % coupon, paid twice a year, at a 4 % yield: it starts at exactly 100. */
export const qeBaseline: QeBaseline = {
  bond: { couponRate: 0.04, years: 10, frequency: 2 },
  yieldRate: 0.04,
};

export interface QeInputs {
  /** Billions of USD of 10-year notes that foreign holders try to sell. */
  foreignSellingBn: number;
  /** Billions of USD the Fed buys. */
  fedPurchasesBn: number;
  /** Whether the Fed announces it will keep buying: true/false, or how credible it is, 0..1. */
  announcement: boolean | number;
}

export interface QeState {
  /** The inputs the model used: clamped to their ranges, the announcement as a credibility 0..1. */
  inputs: { foreignSellingBn: number; fedPurchasesBn: number; credibility: number };
  market: {
    /** Selling left after the announcement calms some sellers. */
    sellingAfterCalmingBn: number;
    /** Selling minus the Fed's purchases: positive pushes the price down, negative pushes it up. */
    netSellingBn: number;
    baselinePrice: number;
    price: number;
    priceChange: number;
    baselineYield: number;
    yieldRate: number;
    yieldChangeBp: number;
    /** How much the price per 100 moves for 1 bp of yield at the start (DV01). */
    baselinePricePerBp: number;
  };
  ripple: {
    spreadBp: number;
    baselineCorporateYield: number;
    /** What a solid company pays to borrow for 10 years: the Treasury yield plus the spread. */
    corporateYield: number;
  };
  fed: FedBalanceSheet;
  bank: BankBalanceSheet;
}

function clamp(value: number, min: number, max: number): number {
  if (Number.isNaN(value)) return min;
  return Math.min(max, Math.max(min, value));
}

/** The announcement as a credibility between 0 (none, or not believed) and 1 (fully believed). */
export function credibilityOf(announcement: boolean | number): number {
  if (typeof announcement === "boolean") return announcement ? 1 : 0;
  return clamp(announcement, 0, 1);
}

/** Everything the explorable shows for one set of inputs. Inputs outside their ranges count as the range end. */
export function qeModel(raw: QeInputs, baseline: QeBaseline = qeBaseline): QeState {
  const foreignSellingBn = clamp(raw.foreignSellingBn, SELLING_RANGE_BN.min, SELLING_RANGE_BN.max);
  const fedPurchasesBn = clamp(raw.fedPurchasesBn, PURCHASE_RANGE_BN.min, PURCHASE_RANGE_BN.max);
  const credibility = credibilityOf(raw.announcement);

  const sellingAfterCalmingBn = foreignSellingBn * (1 - ANNOUNCEMENT_CALMING_SHARE * credibility);
  const netSellingBn = sellingAfterCalmingBn - fedPurchasesBn;

  const baselineTerms = { ...baseline.bond, yieldRate: baseline.yieldRate };
  const baselinePrice = priceFromYield(baselineTerms);
  const priceChange = clamp((-netSellingBn / 10) * PRICE_POINTS_PER_10BN, -MAX_PRICE_MOVE, MAX_PRICE_MOVE);
  const price = baselinePrice + priceChange;
  const solved = yieldFromPrice({ ...baseline.bond, price });
  if (!solved.ok) {
    throw new RangeError(
      `The baseline bond cannot take a price ${MAX_PRICE_MOVE} points lower: ${solved.message}`,
    );
  }

  const spreadBp = BASE_SPREAD_BP + (netSellingBn / 10) * SPREAD_BP_PER_10BN;
  const { fed, bank } = afterFedPurchase(fedPurchasesBn);

  return {
    inputs: { foreignSellingBn, fedPurchasesBn, credibility },
    market: {
      sellingAfterCalmingBn,
      netSellingBn,
      baselinePrice,
      price,
      priceChange,
      baselineYield: baseline.yieldRate,
      yieldRate: solved.yieldRate,
      yieldChangeBp: (solved.yieldRate - baseline.yieldRate) * 10_000,
      baselinePricePerBp: dv01(baselineTerms),
    },
    ripple: {
      spreadBp,
      baselineCorporateYield: baseline.yieldRate + BASE_SPREAD_BP / 10_000,
      corporateYield: solved.yieldRate + spreadBp / 10_000,
    },
    fed,
    bank,
  };
}
