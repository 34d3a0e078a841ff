// Interface strings of the embeds and the "Embed this" dialog, in both languages.
import type { Lang } from "../i18n/locales";

const strings = {
  back: { ja: "戻る", en: "Back" },
  next: { ja: "次へ", en: "Next" },
  stepControls: { ja: "ステップの操作", en: "Step controls" },
  stepperHint: {
    ja: "「次へ」「戻る」ボタン、左右の矢印キー、またはスワイプで進みます。",
    en: "Move through the chapter with Next and Back, the left and right arrow keys, or a swipe.",
  },
  openChapter: { ja: "この章をサイトで読む", en: "Read the full chapter" },
  openChartInChapter: { ja: "この図を章の中で見る", en: "See this chart in its chapter" },
  opensInNewTab: { ja: "（新しいタブで開きます）", en: "(opens in a new tab)" },
  notes: { ja: "注と出典", en: "Notes and sources" },
  backToReference: { ja: "本文の参照 {n} に戻る", en: "Back to reference {n}" },
  iframeTitle: {
    ja: "{title}（「{site}」のインタラクティブ解説）",
    en: "{title}: an interactive explainer from “{site}”",
  },
  chartStep: { ja: "{chart}：ステップ {i} / {n}", en: "{chart}: step {i} of {n}" },
  embedChapter: { ja: "この章を埋め込む", en: "Embed this chapter" },
  embedChart: { ja: "この図を埋め込む", en: "Embed this chart" },
  dialogIntro: {
    ja: "授業のページやウェブサイトにこのコードを貼り付けてください。スクリプトが使えない場所でもそのまま動きます。",
    en: "Paste this code into a course page or website. It works as it is where scripts are not allowed.",
  },
  language: { ja: "言語", en: "Language" },
  startAt: { ja: "最初に表示するステップ", en: "Start at" },
  beginning: { ja: "はじめから", en: "The beginning" },
  height: { ja: "高さ（ピクセル）", en: "Height (pixels)" },
  autoHeight: { ja: "高さを内容に合わせて自動調整する", en: "Resize to fit the content" },
  autoHeightHint: {
    ja: "小さなスクリプトを1行追加します。スクリプトを取り除くサービスでは、指定した高さのまま表示されます。",
    en: "Adds one small script. Where a platform removes scripts, the frame keeps the height above.",
  },
  code: { ja: "埋め込みコード", en: "Embed code" },
  copy: { ja: "コードをコピー", en: "Copy code" },
  copied: { ja: "コピーしました。", en: "Copied to the clipboard." },
  copyFallback: {
    ja: "自動でコピーできませんでした。コードを選択したので、Ctrl+C（Macは⌘C）でコピーしてください。",
    en: "Automatic copying is blocked here. The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
  },
  preview: { ja: "プレビュー", en: "Preview" },
  previewTitle: { ja: "プレビュー：{title}", en: "Preview: {title}" },
  close: { ja: "閉じる", en: "Close" },
} satisfies Record<string, Record<Lang, string>>;

export type EmbedStringKey = keyof typeof strings;

/** Looks up an embed string and fills `{name}` slots. */
export function embedText(
  lang: Lang,
  key: EmbedStringKey,
  values: Record<string, string | number> = {},
): string {
  return strings[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
