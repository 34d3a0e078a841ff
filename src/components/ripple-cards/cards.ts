// What chapter 7's three cards say, in both languages: for each group the article names, what it expects and
// what to watch. Retold from the article's section 「資産クラスと地域全体への影響」, never quoted.
import type { Localized } from "../../i18n/locales";

export type RippleGroup = "companies" | "central-banks" | "equity";

export interface RippleCard {
  group: RippleGroup;
  heading: Localized;
  /** One short paragraph: the article's expectation for this group. */
  expects: Localized;
  /** Two or three things a reader can follow from here on. */
  watch: Localized<string[]>;
  /** A chapter of this site that follows the first item further (its slug). */
  followedIn?: { slug: string; label: Localized };
}

export const rippleCards: readonly RippleCard[] = [
  {
    group: "companies",
    heading: { ja: "米国企業", en: "US companies" },
    expects: {
      ja: "しばらくは安く借りられるようになります。QEで米国債の利回りが下がり、FRBに国債を売った投資家が資金の置き場所を探して社債にも向かうからです。一方で記事は、値動きの荒さへの上乗せ(ボラティリティ・プレミアム)が高まり、米国の債券を避ける海外の買い手が増えるとも見ています。",
      en: "Cheaper borrowing, for a while: QE pulls Treasury yields down, and investors who sell bonds to the Fed look for other homes for the cash, company bonds among them. But the article also expects a higher “volatility premium” for a jumpier market, and fewer foreign buyers, who may keep their distance from all American debt.",
    },
    watch: {
      ja: [
        "社債のスプレッド。米国債に対する上乗せ金利で、2025年4月初めに急に広がりました。",
        "市場の値動きが荒いというだけで求められる上乗せが高まるかどうか。",
        "海外の投資家が米国の社債を買い続けるかどうか。",
      ],
      en: [
        "Corporate bond spreads: the extra yield companies pay over Treasuries, which jumped in early April 2025.",
        "Whether investors demand more yield simply because markets swing more.",
        "Whether foreign investors keep buying US company bonds.",
      ],
    },
    followedIn: {
      slug: "borrowing-costs",
      label: { ja: "スプレッドの動きは第3章で", en: "Chapter 3 follows the spread" },
    },
  },
  {
    group: "central-banks",
    heading: { ja: "外国の中央銀行", en: "Foreign central banks" },
    expects: {
      ja: "ドルからの分散が速まる、と記事は見ています。描かれているのは「多極的」な外貨準備の管理です。誰の借金でもなく、外国の政府に凍結されることもない金を増やし、近隣の中央銀行どうしで通貨を融通し合う地域の取り決めを広げていきます。",
      en: "Faster diversification away from the dollar. The article foresees “multipolar” reserve management: more gold, which is nobody’s debt and cannot be frozen by a foreign government, and more regional arrangements in which neighbouring central banks lend each other their currencies.",
    },
    watch: {
      ja: [
        "中央銀行が金をどれだけ買ったかの報告。価格だけではわかりません。",
        "世界の外貨準備に占めるドルの割合。",
        "中央銀行どうしの通貨の取り決めが新しくできたり、広がったりするかどうか。",
      ],
      en: [
        "Reports of how much gold central banks bought: the price alone cannot show it.",
        "The dollar’s share of the world’s foreign-exchange reserves.",
        "New or larger currency arrangements between central banks.",
      ],
    },
  },
  {
    group: "equity",
    heading: { ja: "株式投資家", en: "Equity investors" },
    expects: {
      ja: "QEを助け舟ではなく、当局があわてている兆しと受け取るかもしれません。FRBが国債を買うほどなら、事態は見た目より悪いはずだ、というわけです。記事の筋書きでは、発表を受けて短く上がったあと、インフレが想定を上回ったり、実質的な借り入れコストの上昇が企業の利益に表れたりすれば、急な調整が来ます。",
      en: "QE read as panic, not help: if the Fed has to buy Treasuries, things must be worse than they look. The article sketches a short rally on the news, then a sharp correction if inflation overshoots or company profits start to show higher real borrowing costs.",
    },
    watch: {
      ja: [
        "国債の買い入れが始まったあとのインフレ。上がれば、低い金利は長続きしないかもしれません。",
        "実質の借り入れコスト。金利からインフレ率を差し引いたものです。",
        "企業の利益。最初の上昇を支えるだけの稼ぎがあるかどうか。",
      ],
      en: [
        "Inflation after any new bond buying: if it rises, lower rates may not last.",
        "Real borrowing costs: interest rates minus inflation.",
        "Company profits: whether an early rally has earnings to stand on.",
      ],
    },
  },
];

/** The labels around the cards. */
export const rippleText = {
  expects: { ja: "記事の見立て", en: "What the article expects" },
  watch: { ja: "注目点", en: "What to watch" },
  goldTitle: {
    ja: "金価格(月平均、1トロイオンス当たりドル)",
    en: "Gold price, monthly average (US dollars per troy ounce)",
  },
  /** "{latest}" is the latest month and price, "{change}" the change since "{since}". */
  goldValues: {
    ja: "{month}は{latest}。{since}から{change}。",
    en: "{month}: {latest}, {change} since {since}.",
  },
  contextOnly: {
    ja: "参考として示しています。価格からは、誰が買ったかはわかりません。",
    en: "Context only: a price cannot show who bought.",
  },
} satisfies Record<string, Localized>;
