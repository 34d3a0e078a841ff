// The numbers behind the QE chart: the accessible table and the "get the data" CSV. There is no dataset: every
// value is the teaching model's output for one step of the story, and the first column says so.
import type { Lang } from "../../i18n/locales";
import type { CsvTable, DataTable } from "../chart";
import { plainNumber } from "../format";
import { type QeData, storyModels } from "./model";
import { marketParts } from "./panel-market";
import { qeStates, qeStepNames } from "./steps";
import { numberFormat } from "../../i18n/intl-formats";

const columns = {
  en: [
    "Step (teaching-model output, not data)",
    "Foreign selling ($bn)",
    "Held back after the announcement ($bn)",
    "Fed purchases ($bn)",
    "Price (per $100 of face value)",
    "10-year yield (%)",
    "Company borrowing cost (%)",
    "Spread (bp)",
    "Fed's Treasuries ($bn)",
    "Reserves the Fed owes ($bn)",
    "Banks' Treasuries ($bn)",
  ],
  ja: [
    "ステップ(データではなく学習用モデルの計算結果)",
    "海外の売り(10億ドル)",
    "発表を受けて控えた売り(10億ドル)",
    "FRBの購入(10億ドル)",
    "価格(額面100ドルあたり)",
    "10年債利回り(%)",
    "企業の借入金利(%)",
    "スプレッド(bp)",
    "FRBの米国債(10億ドル)",
    "FRBの準備預金(10億ドル)",
    "銀行の米国債(10億ドル)",
  ],
} satisfies Record<Lang, string[]>;

/** One row of model outputs per step, as numbers. */
function outputs(data: QeData) {
  const models = storyModels(data);
  return qeStates.map((state) => {
    const m = models[state];
    const parts = marketParts(m);
    return {
      state,
      selling: parts.selling,
      heldBack: parts.heldBack,
      purchases: parts.purchases,
      price: m.market.price,
      yieldPct: m.market.yieldRate * 100,
      corporatePct: m.ripple.corporateYield * 100,
      spreadBp: m.ripple.spreadBp,
      fedTreasuries: m.fed.assets.treasuries,
      fedReserves: m.fed.liabilities.reserves,
      bankTreasuries: m.bank.assets.treasuries,
      bankReserves: m.bank.assets.reserves,
    };
  });
}

export function qeTable(data: QeData, lang: Lang): DataTable {
  const n = (v: number, digits: number) =>
    numberFormat(lang === "ja" ? "ja-JP" : "en-US", {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(v);
  return {
    columns: columns[lang],
    rows: outputs(data).map((r) => [
      qeStepNames[r.state][lang],
      plainNumber(r.selling, lang, 1),
      plainNumber(r.heldBack, lang, 1),
      plainNumber(r.purchases, lang, 1),
      n(r.price, 1),
      n(r.yieldPct, 2),
      n(r.corporatePct, 2),
      n(r.spreadBp, 0),
      plainNumber(r.fedTreasuries, lang, 1),
      plainNumber(r.fedReserves, lang, 1),
      plainNumber(r.bankTreasuries, lang, 1),
    ]),
  };
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

export function qeCsv(data: QeData): CsvTable {
  return {
    header: [
      "teaching_model_step",
      "foreign_selling_busd",
      "held_back_busd",
      "fed_purchases_busd",
      "price_per_100",
      "yield_10y_pct",
      "company_borrowing_cost_pct",
      "spread_bp",
      "fed_treasuries_busd",
      "fed_reserves_busd",
      "bank_treasuries_busd",
      "bank_reserves_busd",
    ],
    rows: outputs(data).map((r) => [
      r.state,
      r.selling,
      r.heldBack,
      r.purchases,
      round(r.price, 4),
      round(r.yieldPct, 4),
      round(r.corporatePct, 4),
      round(r.spreadBp, 2),
      r.fedTreasuries,
      r.fedReserves,
      r.bankTreasuries,
      r.bankReserves,
    ]),
  };
}
