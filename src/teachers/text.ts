// Interface text of the teacher's guide pages.
import type { Lang } from "../i18n/locales";

const ja = {
  overviewTitle: "先生のためのガイド",
  guideFor: "授業ガイド",
  description:
    "この解説を授業で使う先生向けの手引き。学習目標、重要な用語、話し合いの問いと答えの例、短い活動、使ったデータ、埋め込み方。",
  objectives: "学習目標",
  keyTerms: "重要な用語",
  questions: "話し合いの問い",
  suggestedAnswer: "答えの例",
  activity: "活動",
  whatGoodLooksLike: "よい答えの目安",
  dataUsed: "この章で使ったデータ",
  noDownload: "利用条件により再配布不可、出典ページで閲覧できます",
  howToEmbed: "授業ページに埋め込むには",
  embedIntro:
    "次のコードを授業用のページ(Moodle、Canvas、Google サイトなど)に貼り付けると、この章が「前へ/次へ」で進むスライド形式で表示されます。スクリプトが使えないページでもそのまま動きます。",
  embedPrint:
    "印刷用の配布資料は、章のページをブラウザーで印刷してください。各ステップの図と文章が並んで印刷されます。",
  intro:
    "この解説は、2025年4月の米国債市場の動揺を扱った日本語の記事を、公開データで確かめながら9章で語り直したものです。各章に、授業で使うための手引きがあります。",
  chapterGuides: "章ごとのガイド",
};

const en: typeof ja = {
  overviewTitle: "Teacher's guide",
  guideFor: "Teaching guide",
  description:
    "For teachers using this explainer in class: learning objectives, key terms, discussion questions with suggested answers, a short activity, the data used and how to embed.",
  objectives: "Learning objectives",
  keyTerms: "Key terms",
  questions: "Discussion questions",
  suggestedAnswer: "Suggested answer",
  activity: "Activity",
  whatGoodLooksLike: "What a good answer looks like",
  dataUsed: "Data used in this chapter",
  noDownload: "not redistributable under its owner's terms; view it at the source",
  howToEmbed: "How to embed it in a course page",
  embedIntro:
    "Paste this code into a course page (Moodle, Canvas, Google Sites, a school WordPress site…) and the chapter appears as a stepper with Back and Next buttons. It works even where the page allows no scripts.",
  embedPrint:
    "For a printed handout, print the chapter page from your browser: each step's graphic is printed beside its text.",
  intro:
    "This explainer retells a Japanese article about the April 2025 turmoil in the US Treasury market in nine chapters, checking its claims against public data. Each chapter has a guide for using it in class.",
  chapterGuides: "Guides by chapter",
};

export const teacherText: Record<Lang, typeof ja> = { ja, en };
