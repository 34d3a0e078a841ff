// The teaching model's assumptions in plain words, for the page to print beside the explorable.
// Numbers are read from the exported constants, so the text cannot drift from what the model does.
import type { Localized } from "../../i18n/locales";
import { billionsShort } from "../format";
import { bankBaseline, fedBaseline } from "./balance-sheets";
import {
  ANNOUNCEMENT_CALMING_SHARE,
  BASE_SPREAD_BP,
  PRICE_POINTS_PER_10BN,
  PURCHASE_RANGE_BN,
  qeBaseline,
  SELLING_RANGE_BN,
  SPREAD_BP_PER_10BN,
} from "./teaching-model";

export interface ModelAssumption {
  id: "bond" | "price-impact" | "yield" | "announcement" | "ripple" | "balance-sheets" | "left-out";
  text: Localized;
}

const percent = (rate: number, digits = 0) => `${(rate * 100).toFixed(digits)}%`;
const { bond } = qeBaseline;
const cents = Math.round(PRICE_POINTS_PER_10BN * 100);
const calmed = ANNOUNCEMENT_CALMING_SHARE;
const perTimes =
  bond.frequency === 2 ? { en: "twice a year", ja: "年2回払い" } : { en: "once a year", ja: "年1回払い" };

export const modelAssumptions: { label: Localized; items: ModelAssumption[] } = {
  label: {
    en: "Illustration, not a forecast",
    ja: "予測ではなく説明のための模型です",
  },
  items: [
    {
      id: "bond",
      text: {
        en: `The bond is a ${bond.years}-year US Treasury note with a ${percent(bond.couponRate)} coupon paid ${perTimes.en}. It starts at a ${percent(qeBaseline.yieldRate, 1)} yield. You can choose ${SELLING_RANGE_BN.min} to ${SELLING_RANGE_BN.max} billion dollars of selling and ${PURCHASE_RANGE_BN.min} to ${PURCHASE_RANGE_BN.max} billion dollars of Fed purchases.`,
        ja: `債券は、利率${percent(bond.couponRate)}(${perTimes.ja})の${bond.years}年物米国債です。利回り${percent(qeBaseline.yieldRate, 1)}から始めます。海外の売りは${SELLING_RANGE_BN.min}〜${billionsShort(SELLING_RANGE_BN.max, "ja")}、FRBの購入は${PURCHASE_RANGE_BN.min}〜${billionsShort(PURCHASE_RANGE_BN.max, "ja")}の範囲で選べます。`,
      },
    },
    {
      id: "price-impact",
      text: {
        en: `Each $10bn of selling that finds no buyer lowers the price by ${cents} cents per $100 of face value; each $10bn of Fed buying beyond the selling raises it by as much. This number was picked to make the effect easy to see. It was not measured in real markets.`,
        ja: `買い手のつかない売りが100億ドル増えるごとに、額面100ドルあたりの価格が${cents}セント下がります。FRBの買いが売りを100億ドル上回るごとに、同じだけ上がります。この数字は動きを見やすくするために選んだもので、実際の市場で測ったものではありません。`,
      },
    },
    {
      id: "yield",
      text: {
        en: "The yield is not assumed: it is calculated exactly from the price with standard bond maths. That is why the price and the yield always move in opposite directions.",
        ja: "利回りは仮定ではありません。価格から、債券の標準的な計算式で正確に求めています。だから価格と利回りはいつも逆向きに動きます。",
      },
    },
    {
      id: "announcement",
      text: {
        en: `If everyone believes the Fed when it says it will keep buying, ${percent(calmed)} of the panic sellers decide to hold on instead of selling. If only half believe it, ${percent(calmed / 2)} do.`,
        ja: `「必要なだけ買い続ける」というFRBの発表をみんなが信じれば、慌てて売ろうとしていた人の${percent(calmed)}が売るのをやめます。半分の人しか信じなければ、やめるのは${percent(calmed / 2)}です。`,
      },
    },
    {
      id: "ripple",
      text: {
        en: `A solid company pays ${BASE_SPREAD_BP / 100} percentage point more than the Treasury yield to borrow. Each $10bn of selling that finds no buyer widens that gap by ${SPREAD_BP_PER_10BN} bp (0.01 points); Fed buying beyond the selling narrows it by as much.`,
        ja: `信用力の高い企業がお金を借りる金利は、米国債の利回りより${BASE_SPREAD_BP / 100}%ポイント高いとします。買い手のつかない売りが100億ドル増えるごとに、この差は${SPREAD_BP_PER_10BN}bp(0.01%ポイント)広がり、FRBの買いが売りを上回ると同じだけ縮みます。`,
      },
    },
    {
      id: "balance-sheets",
      text: {
        en: `The Fed buys from the banks and pays with new reserves that it creates, so the Fed's Treasuries and the banks' reserves both rise by the amount bought. All US banks are drawn as one bank. The starting amounts are round numbers (the Fed starts with ${billionsShort(fedBaseline.assets.treasuries, "en")} of Treasuries, the banks with ${billionsShort(bankBaseline.assets.reserves, "en")} of reserves). In reality the Fed often buys from investment funds through dealers; then the banks' deposits rise as well.`,
        ja: `FRBは銀行から国債を買い、新しく作った準備預金で代金を払います。そのため、FRBの国債と銀行の準備預金は、どちらも購入額と同じだけ増えます。米国の銀行全体を1つの銀行として描き、最初の金額はきりのよい数字にしています(FRBの国債は${billionsShort(fedBaseline.assets.treasuries, "ja")}、銀行の準備預金は${billionsShort(bankBaseline.assets.reserves, "ja")}から始めます)。実際には、FRBがディーラーを通じて投資ファンドなどから買うことも多く、その場合は銀行の預金も増えます。`,
      },
    },
    {
      id: "left-out",
      text: {
        en: "Left out: the Fed's interest-rate decisions, inflation, other countries' reactions and how long any effect lasts. Everything happens at once. The bonds that foreign holders sell are bought by other investors at the lower price; those trades do not change the two balance sheets.",
        ja: "FRBの政策金利の判断、インフレ、ほかの国の反応、効果がどれだけ続くかは含めていません。すべての動きは一度に起きるものとしています。海外の保有者が売った国債は、下がった価格でほかの投資家が買います。この売買は、ここに描いた2つのバランスシートを変えません。",
      },
    },
  ],
};
