// The explorer's interface words, in both languages (the model's own words live in src/charts/qe).
import type { Localized } from "../../i18n/locales";
import type { ExplorerField } from "../../charts/qe/explorer-input";

export const explorerText = {
  region: { en: "Try the QE teaching model", ja: "QEの学習用モデルを動かす" },
  legend: { en: "Your choices", ja: "あなたの設定" },
  announcement: {
    en: "The Fed announces it will keep buying as long as needed",
    ja: "FRBが「必要なだけ買い続ける」と発表する",
  },
  unitHint: {
    en: "In billions of dollars; drag the slider or type an amount.",
    ja: "単位は10億ドル。スライダーを動かすか、数を入力してください。",
  },
  results: { en: "What the model gives", ja: "モデルの計算結果" },
  noScript: {
    en: "The controls need JavaScript. The picture shows the model for the choices above, and the table below gives its outcomes for a few other choices.",
    ja: "操作にはJavaScriptが必要です。図は上の設定でのモデルの結果で、下の表ではほかのいくつかの組み合わせの結果を見られます。",
  },
  outcomes: { en: "Outcomes for a few choices", ja: "いくつかの組み合わせの結果" },
  assumptionsIntro: {
    en: "The picture responds through a deliberately simple teaching model. Its assumptions:",
    ja: "図は、わざと単純にした学習用モデルで動いています。その前提は次のとおりです。",
  },
} satisfies Record<string, Localized>;

export const fieldText: Record<ExplorerField, Localized> = {
  selling: { en: "Foreign selling ($ billion)", ja: "海外の売り(10億ドル)" },
  purchases: { en: "Fed purchases ($ billion)", ja: "FRBの購入(10億ドル)" },
};
