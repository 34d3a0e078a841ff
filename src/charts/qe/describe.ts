// What the QE chart shows at each step, in words, with the model's numbers: for screen readers and the no-JS caption.
import type { Lang } from "../../i18n/locales";
import { type QeData, storyModels } from "./model";
import { accountSheets } from "./panel-accounts";
import { marketParts } from "./panel-market";
import {
  amountText,
  bpChangeText,
  bpText,
  compactAmountText,
  couponText,
  priceText,
  yieldText,
} from "./qe-format";
import type { QeChartState } from "./steps";
import { qeBaseline, type QeState } from "./teaching-model";

const { bond } = qeBaseline;

function numbers(m: QeState, lang: Lang) {
  const p = marketParts(m);
  return {
    selling: amountText(p.selling, lang),
    purchases: amountText(p.purchases, lang),
    met: amountText(p.met, lang),
    unmet: amountText(p.unmet, lang),
    held: amountText(p.heldBack, lang),
    offered: amountText(p.met + p.unmet, lang),
    price0: priceText(m.market.baselinePrice, lang),
    price: priceText(m.market.price, lang),
    yield0: yieldText(m.market.baselineYield, lang),
    yield: yieldText(m.market.yieldRate, lang),
    yieldChange: bpChangeText(m.market.yieldChangeBp, lang),
    corporate: yieldText(m.ripple.corporateYield, lang),
    spread: bpText(m.ripple.spreadBp, lang),
    p,
  };
}

function describeAccounts(m: QeState, lang: Lang): string {
  const [fed, bank] = accountSheets(m);
  const get = (sheet: typeof fed, key: string) =>
    sheet?.columns.flatMap((c) => c.items).find((i) => i.key === key) ?? { amount: 0, change: 0 };
  const a = (bn: number) => amountText(Math.abs(bn), lang);
  const fedT = get(fed, "treasuries");
  const fedR = get(fed, "reserves");
  const bankT = get(bank, "treasuries");
  const bankR = get(bank, "reserves");
  const c = compactAmountText;
  if (lang === "ja") {
    return `FRBと銀行のバランスシート(箱の高さは金額に比例)。FRBは資産の米国債が${a(fedT.change)}増えて${c(fedT.amount, lang)}、負債の準備預金も${a(fedR.change)}増えて${c(fedR.amount, lang)}。両側とも${c(fed?.total ?? 0, lang)}です。銀行は米国債が${a(bankT.change)}減って${c(bankT.amount, lang)}、準備預金が${a(bankR.change)}増えて${c(bankR.amount, lang)}。合計は${c(bank?.total ?? 0, lang)}のままです。`;
  }
  return `The balance sheets of the Fed and of the banks, with box heights proportional to the amounts. The Fed's Treasuries rise by ${a(fedT.change)} to ${c(fedT.amount, lang)} on the asset side, and the reserves it owes rise by ${a(fedR.change)} to ${c(fedR.amount, lang)}; each side totals ${c(fed?.total ?? 0, lang)}. The banks' Treasuries fall by ${a(bankT.change)} to ${c(bankT.amount, lang)} and their reserves rise by ${a(bankR.change)} to ${c(bankR.amount, lang)}; their total stays ${c(bank?.total ?? 0, lang)}.`;
}

export function describeQe(data: QeData, state: QeChartState, lang: Lang): string {
  const models = storyModels(data);
  const m = models[state];
  const n = numbers(m, lang);
  const ja = lang === "ja";
  const coupon = couponText(bond.couponRate, lang);
  switch (state) {
    case "sellers":
      return ja
        ? `10年物米国債の注文。海外の保有者が${n.selling}の売り注文を出し、FRBの買い注文はありません。${n.unmet}が元の価格では買い手を見つけられず、価格は額面100ドルあたり${n.price0}から${n.price}に下がります。`
        : `Orders for 10-year Treasury notes: foreign holders place ${n.selling} of sell orders and the Fed places none. ${n.unmet} finds no buyer at the old price, so the price falls from ${n.price0} to ${n.price} per $100 of face value.`;
    case "price-yield":
      return ja
        ? `利率${coupon}の${bond.years}年債の価格と利回りの曲線。点は、価格${n.price0}・利回り${n.yield0}から、曲線に沿って価格${n.price}・利回り${n.yield}まで動きました(利回りは${n.yieldChange})。`
        : `The price–yield curve of a ${bond.years}-year note with a ${coupon} coupon. The point has slid along the curve from a price of ${n.price0} and a yield of ${n.yield0} to a price of ${n.price} and a yield of ${n.yield} (${n.yieldChange}).`;
    case "fed-buys":
      return ja
        ? `FRBが${n.purchases}の買い注文を出し、売り注文のうち${n.met}を引き受けます。元の価格で買い手のない売りは${n.unmet}に減り、曲線上の点は価格${n.price}・利回り${n.yield}まで戻ります。`
        : `The Fed places ${n.purchases} of buy orders, which meet ${n.met} of the selling; ${n.unmet} is left without a buyer at the old price. On the curve the point moves back to a price of ${n.price} and a yield of ${n.yield}.`;
    case "new-reserves":
      return describeAccounts(m, lang);
    case "confidence": {
      const rest =
        n.p.unmet > 0
          ? ja
            ? `残る${n.offered}のうち${n.unmet}は元の価格では買い手がいません。`
            : `Of the ${n.offered} still offered, ${n.unmet} finds no buyer at the old price.`
          : ja
            ? `残る${n.offered}はすべてFRBの買い注文${n.purchases}が引き受けます。`
            : `The ${n.offered} still offered is all met by the Fed's ${n.purchases} of buy orders.`;
      return ja
        ? `FRBの発表を受けて、${n.selling}の売り注文のうち${n.held}が取り下げられます。${rest}価格は${n.price}、利回りは${n.yield}になります。`
        : `After the Fed's announcement, ${n.held} of the ${n.selling} of sell orders are held back. ${rest} The price is ${n.price} and the yield ${n.yield}.`;
    }
    case "ripple": {
      const panic = numbers(models.sellers, lang);
      return ja
        ? `信用力の高い企業が10年借りるときの金利は、パニックのとき${panic.corporate}(国債利回り${panic.yield}+上乗せ${panic.spread})、いまは${n.corporate}(${n.yield}+${n.spread})です。`
        : `What a solid company pays to borrow for 10 years: ${panic.corporate} in the panic (the Treasury yield of ${panic.yield} plus a spread of ${panic.spread}); ${n.corporate} now (${n.yield} plus ${n.spread}).`;
    }
  }
}
