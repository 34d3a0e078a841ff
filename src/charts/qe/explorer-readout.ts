// The explorer's numbers in words: the read-out beside the controls, the sentence the live region speaks, and
// the small table of pre-computed outcomes that stands in for the controls without JavaScript.
import type { Lang, Localized } from "../../i18n/locales";
import {
  amountText,
  bpChangeText,
  compactAmountText,
  priceChangeText,
  priceText,
  yieldText,
} from "./qe-format";
import { qeModel, type QeState } from "./teaching-model";

export type ReadoutKey = "price" | "yield" | "corporate" | "reserves" | "fed-size" | "bank-treasuries";

export interface ReadoutItem {
  key: ReadoutKey;
  label: string;
  value: string;
}

const labels: Record<ReadoutKey, Localized> = {
  price: { en: "Price (per $100 of face value)", ja: "価格(額面100ドルあたり)" },
  yield: { en: "10-year yield", ja: "10年債の利回り" },
  corporate: { en: "What a solid company pays to borrow", ja: "信用力の高い企業の借入金利" },
  reserves: { en: "New reserves the Fed created", ja: "FRBが新たに作った準備預金" },
  "fed-size": { en: "The Fed's balance sheet", ja: "FRBのバランスシート" },
  "bank-treasuries": { en: "The banks' Treasuries", ja: "銀行の米国債" },
};

export function explorerReadout(model: QeState, lang: Lang): ReadoutItem[] {
  const { market, ripple, fed, bank, inputs } = model;
  const values: Record<ReadoutKey, string> = {
    price: `${priceText(market.price, lang)} (${priceChangeText(market.priceChange, lang)})`,
    yield: `${yieldText(market.yieldRate, lang)} (${bpChangeText(market.yieldChangeBp, lang)})`,
    corporate: yieldText(ripple.corporateYield, lang),
    reserves: amountText(inputs.fedPurchasesBn, lang),
    "fed-size": compactAmountText(fed.assets.treasuries + fed.assets.other, lang),
    "bank-treasuries": compactAmountText(bank.assets.treasuries, lang),
  };
  return (Object.keys(labels) as ReadoutKey[]).map((key) => ({
    key,
    label: labels[key][lang],
    value: values[key],
  }));
}

/** One sentence for the polite live region after the reader changes something. */
export function explorerAnnouncement(model: QeState, lang: Lang): string {
  const { market, ripple, inputs } = model;
  const price = priceText(market.price, lang);
  const rate = yieldText(market.yieldRate, lang);
  const corporate = yieldText(ripple.corporateYield, lang);
  const reserves = amountText(inputs.fedPurchasesBn, lang);
  return lang === "ja"
    ? `価格${price}、利回り${rate}、企業の借入金利${corporate}、新たな準備預金${reserves}。`
    : `Price ${price}, yield ${rate}, company borrowing cost ${corporate}, new reserves ${reserves}.`;
}

/** The choices in the no-JavaScript table: none, some and a lot, in round numbers inside both ranges. */
export const OUTCOME_GRID_BN = [0, 200, 400] as const;

export interface OutcomeTable {
  caption: string;
  corner: string;
  columns: string[];
  rows: Array<{ header: string; cells: string[] }>;
}

export function outcomeTable(lang: Lang): OutcomeTable {
  const ja = lang === "ja";
  return {
    caption: ja
      ? "学習用モデルの計算結果:価格/利回り(FRBの発表なし)。予測ではありません。"
      : "Teaching-model outputs: price / yield (no Fed announcement). An illustration, not a forecast.",
    corner: ja ? "海外の売り \\ FRBの購入" : "Foreign selling \\ Fed purchases",
    columns: OUTCOME_GRID_BN.map((bn) => amountText(bn, lang)),
    rows: OUTCOME_GRID_BN.map((selling) => ({
      header: amountText(selling, lang),
      cells: OUTCOME_GRID_BN.map((purchases) => {
        const m = qeModel({ foreignSellingBn: selling, fedPurchasesBn: purchases, announcement: false });
        return `${priceText(m.market.price, lang)} / ${yieldText(m.market.yieldRate, lang)}`;
      }),
    })),
  };
}
