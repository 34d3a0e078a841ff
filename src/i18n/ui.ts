// Interface strings (navigation, controls, labels). Chapter prose lives in content/chapters.
import type { Lang } from "./locales";

const strings = {
  siteTitle: { ja: "米国債が売られた週", en: "The week Treasuries wobbled" },
  siteTagline: {
    ja: "中国と日本の米国債売却、利回りの急騰、そしてFRBの量的緩和を、データで読み解く",
    en: "China, Japan, a spike in US yields and the Fed's emergency toolkit, told with the data",
  },
  skipToContent: { ja: "本文へ移動", en: "Skip to content" },
  languageName: { ja: "日本語", en: "English" },
  switchLanguage: { ja: "English で読む", en: "日本語で読む" },
  switchLanguageLabel: { ja: "言語を切り替える", en: "Change language" },
  chapters: { ja: "章の一覧", en: "Chapters" },
  chapterN: { ja: "第{n}章", en: "Chapter {n}" },
  readingTime: { ja: "約{n}分で読めます", en: "{n} min read" },
  previousChapter: { ja: "前の章", en: "Previous chapter" },
  nextChapter: { ja: "次の章", en: "Next chapter" },
  backToCover: { ja: "表紙に戻る", en: "Back to the cover" },
  startReading: { ja: "第1章から読む", en: "Start reading" },
  keyTakeaways: { ja: "この章のポイント", en: "Key takeaways" },
  articleSection: { ja: "元記事の節", en: "Article section" },
  basedOn: {
    ja: "ALQ Capital の記事「中国と日本が米国債を売却、FRBは緊急の債券購入へ」(2025年4月)をもとに、公的データで検証しながら再構成しています。",
    en: "Retold from ALQ Capital's Japanese article “China and Japan sell US Treasuries; the Fed heads for emergency bond buying” (April 2025), checked against public data.",
  },
  previousStep: { ja: "前のステップ", en: "Previous step" },
  nextStep: { ja: "次のステップ", en: "Next step" },
  stepOf: { ja: "ステップ {i} / {n}", en: "Step {i} of {n}" },
  stepControls: { ja: "グラフのステップ操作", en: "Chart step controls" },
  readingProgress: { ja: "読んだ位置", en: "Reading progress" },
  checkTheData: { ja: "データで確かめる", en: "Check the data" },
  source: { ja: "出典", en: "Source" },
  getTheData: { ja: "データを入手", en: "Get the data" },
  teachingModelSource: {
    ja: "このページの教育用モデル(説明のための模型で、予測ではありません)",
    en: "the teaching model on this page (an illustration, not a forecast)",
  },
  viewAtSource: { ja: "提供元でデータを見る", en: "View the data at its source" },
  downloadChart: { ja: "図を保存", en: "Download the chart" },
  exportedOn: { ja: "保存日", en: "Saved on" },
  showTable: { ja: "数値を表で見る", en: "Show the numbers as a table" },
  dataTable: { ja: "データの表", en: "Data table" },
  sources: { ja: "データの出典", en: "Data sources" },
  chapterSources: { ja: "この章の出典", en: "Sources for this chapter" },
  howToCite: { ja: "この章を引用するには", en: "How to cite this chapter" },
  plainLink: { ja: "リンク", en: "Link" },
  pageDate: { ja: "ページの日付", en: "Page date" },
  glossary: { ja: "用語集", en: "Glossary" },
  forTeachers: { ja: "先生のためのガイド", en: "For teachers" },
  siteLinks: { ja: "サイト内のリンク", en: "Site links" },
  footerNote: {
    ja: "数字はすべて公開データから計算しています。記事の数字とデータが食い違う場合は、その旨を記しています。",
    en: "Every figure is computed from public data. Where the article's numbers differ from the data, we say so.",
  },
  chooseLanguage: { ja: "言語を選んでください", en: "Choose a language" },
} satisfies Record<string, Record<Lang, string>>;

export type UiKey = keyof typeof strings;

/** Looks up an interface string and fills `{name}` slots. */
export function t(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
  return strings[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
