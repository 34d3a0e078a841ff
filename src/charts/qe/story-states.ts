// The QE story's scripted steps as data: each step's inputs go through the same teaching model as the
// explorable, so the scroll story and the "your turn" panel always agree.
import { intlLocale, type Lang, type Localized } from "../../i18n/locales";
import { billionsShort, percentLabel } from "../format";
import { ANNOUNCEMENT_CALMING_SHARE, type QeInputs, qeModel, type QeState } from "./teaching-model";
import { numberFormat } from "../../i18n/intl-formats";

export const qeStoryStepIds = [
  "sellers",
  "price-yield",
  "fed-buys",
  "new-reserves",
  "confidence",
  "ripple",
] as const;
export type QeStoryStepId = (typeof qeStoryStepIds)[number];

export interface QeStoryState {
  id: QeStoryStepId;
  inputs: QeInputs;
  /** What the model gives for those inputs. */
  model: QeState;
  /** The step's text, with its numbers taken from `model`. */
  notes: Localized;
}

/** The script: a sell-off, the Fed's purchases, then an announcement. Round numbers, easy to follow. */
const script: Record<QeStoryStepId, QeInputs> = {
  sellers: { foreignSellingBn: 200, fedPurchasesBn: 0, announcement: false },
  "price-yield": { foreignSellingBn: 200, fedPurchasesBn: 0, announcement: false },
  "fed-buys": { foreignSellingBn: 200, fedPurchasesBn: 100, announcement: false },
  "new-reserves": { foreignSellingBn: 200, fedPurchasesBn: 100, announcement: false },
  confidence: { foreignSellingBn: 200, fedPurchasesBn: 100, announcement: true },
  ripple: { foreignSellingBn: 200, fedPurchasesBn: 100, announcement: true },
};

const price = (value: number, lang: Lang) =>
  numberFormat(intlLocale[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
const rate = (value: number, lang: Lang) => percentLabel(value * 100, lang, 2);
const money = billionsShort;

type Notes = (m: QeState, panic: QeState) => Localized;

const notes: Record<QeStoryStepId, Notes> = {
  sellers: (m) => ({
    en: `Foreign holders try to sell ${money(m.inputs.foreignSellingBn, "en")} of 10-year notes at once. Buyers step in only at a lower price, so the price falls from ${price(m.market.baselinePrice, "en")} to ${price(m.market.price, "en")}.`,
    ja: `海外の保有者が10年物米国債を一度に${money(m.inputs.foreignSellingBn, "ja")}売ろうとします。買い手は安い価格でしか買わないので、価格は${price(m.market.baselinePrice, "ja")}から${price(m.market.price, "ja")}に下がります。`,
  }),
  "price-yield": (m) => ({
    en: `A lower price means a higher yield. The note still pays the same coupons, so a buyer who pays ${price(m.market.price, "en")} and holds it to the end earns ${rate(m.market.yieldRate, "en")} a year instead of ${rate(m.market.baselineYield, "en")}. The point slides along the curve.`,
    ja: `価格が下がると、利回りは上がります。受け取る利息は変わらないので、${price(m.market.price, "ja")}で買って満期まで持つ人の利回りは、年${rate(m.market.baselineYield, "ja")}ではなく${rate(m.market.yieldRate, "ja")}になります。点は曲線に沿って動きます。`,
  }),
  "fed-buys": (m) => ({
    en: `The Fed becomes the buyer of last resort and buys ${money(m.inputs.fedPurchasesBn, "en")}. With fewer bonds left without a buyer, the price recovers to ${price(m.market.price, "en")} and the yield falls back to ${rate(m.market.yieldRate, "en")}, along the same curve.`,
    ja: `FRBが「最後の買い手」になり、${money(m.inputs.fedPurchasesBn, "ja")}分を買います。買い手のいない国債が減るので、価格は${price(m.market.price, "ja")}まで戻り、利回りは同じ曲線に沿って${rate(m.market.yieldRate, "ja")}まで下がります。`,
  }),
  "new-reserves": (m) => ({
    en: `The Fed pays with reserves it creates: its Treasuries rise by ${money(m.inputs.fedPurchasesBn, "en")}, and so do the reserves it owes the banks. The banks swap ${money(m.inputs.fedPurchasesBn, "en")} of Treasuries for the same amount of reserves.`,
    ja: `FRBは、新しく作った準備預金で代金を払います。FRBの国債は${money(m.inputs.fedPurchasesBn, "ja")}増え、銀行に対して負う準備預金も同じだけ増えます。銀行は${money(m.inputs.fedPurchasesBn, "ja")}分の国債を、同じ額の準備預金と交換します。`,
  }),
  confidence: (m) => ({
    en: `The Fed also announces it will keep buying as long as needed. Believing it, ${percentLabel(ANNOUNCEMENT_CALMING_SHARE * m.inputs.credibility * 100, "en", 0)} of the sellers hold on, and only ${money(m.market.sellingAfterCalmingBn, "en")} is still offered. The price returns to ${price(m.market.price, "en")} and the yield to ${rate(m.market.yieldRate, "en")}.`,
    ja: `FRBは「必要なだけ買い続ける」とも発表します。それを信じて売り手の${percentLabel(ANNOUNCEMENT_CALMING_SHARE * m.inputs.credibility * 100, "ja", 0)}が売るのをやめ、売りに出るのは${money(m.market.sellingAfterCalmingBn, "ja")}だけになります。価格は${price(m.market.price, "ja")}、利回りは${rate(m.market.yieldRate, "ja")}に戻ります。`,
  }),
  ripple: (m, panic) => ({
    en: `The calm spreads beyond Treasuries. In the panic, a solid company had to pay ${rate(panic.ripple.corporateYield, "en")} to borrow for 10 years; now it pays ${rate(m.ripple.corporateYield, "en")}, because Treasury yields are lower and lenders ask for less extra.`,
    ja: `落ち着きは国債の外にも広がります。パニックのときは、信用力の高い企業でも10年の借入に${rate(panic.ripple.corporateYield, "ja")}の金利を払う必要がありましたが、今は${rate(m.ripple.corporateYield, "ja")}です。国債の利回りが下がり、貸し手が求める上乗せ分も小さくなったからです。`,
  }),
};

const panic = qeModel(script.sellers);

export const qeStoryStates: QeStoryState[] = qeStoryStepIds.map((id) => {
  const model = qeModel(script[id]);
  return { id, inputs: script[id], model, notes: notes[id](model, panic) };
});
