// The scenarios graphic's steps and words: the article's two roads, stage by stage, in both languages.
// Labels are short on purpose: the chapter's step text carries the explanation.
import type { Localized } from "../../i18n/locales";

export const scenariosStates = [
  "s1-act",
  "s1-calm",
  "s1-technical",
  "s1-precedent",
  "s2-selling",
  "s2-fragments",
  "s2-qe-grows",
  "s2-repriced",
  "s2-costs",
  "compare",
] as const;
export type ScenariosState = (typeof scenariosStates)[number];

export type ScenarioId = "s1" | "s2";
export const scenarioIds: readonly ScenarioId[] = ["s1", "s2"];

export interface Stage {
  /** What the box says. */
  label: Localized;
  /** A few words for frames too small for every label (a phone showing both roads at once). */
  short: Localized;
}

export interface Scenario {
  /** "Scenario 1": a kicker above the title. */
  kicker: Localized;
  /** The article's own heading for the scenario. */
  title: Localized;
  /** One box per stage, in the article's order. */
  stages: Stage[];
}

export const scenarios: Record<ScenarioId, Scenario> = {
  s1: {
    kicker: { ja: "シナリオ1", en: "Scenario 1" },
    title: { ja: "戦術的なQE、限られた影響", en: "Tactical QE, limited impact" },
    stages: [
      {
        label: {
          ja: "FRBが素早く、的を絞って買い入れや資金供給",
          en: "Fast, targeted Fed buying or lending",
        },
        short: { ja: "素早く的を絞った介入", en: "Fast, targeted action" },
      },
      {
        label: { ja: "利回りが下がり、株価が反発", en: "Yields ease, stocks rebound" },
        short: { ja: "市場が落ち着く", en: "Markets calm" },
      },
      {
        label: {
          ja: "「イデオロギーでなく技術的な措置」と説明",
          en: "The Fed calls it technical, not ideological",
        },
        short: { ja: "「技術的な措置」と説明", en: "Framed as technical" },
      },
      {
        label: {
          ja: "前例が残り、市場の規律が緩み、FRBの独立性に疑い",
          en: "A precedent: weaker market discipline, doubts on Fed independence",
        },
        short: { ja: "前例と独立性への疑い", en: "Precedent and doubts" },
      },
    ],
  },
  s2: {
    kicker: { ja: "シナリオ2", en: "Scenario 2" },
    title: { ja: "長引く混乱、恒久的な介入", en: "Prolonged disruption, permanent intervention" },
    stages: [
      {
        label: { ja: "外国の売りが続く", en: "Foreign selling continues" },
        short: { ja: "売りが続く", en: "Selling continues" },
      },
      {
        label: { ja: "流動性が分断される", en: "Liquidity fragments" },
        short: { ja: "流動性が分断", en: "Liquidity fragments" },
      },
      {
        label: { ja: "QEが当初の理由を超えて膨らむ", en: "QE grows beyond its first reason" },
        short: { ja: "QEが膨らむ", en: "QE keeps growing" },
      },
      {
        label: {
          ja: "政治・構造リスクで米国債の値付けが変わる",
          en: "Treasuries repriced for political and structural risk",
        },
        short: { ja: "米国債を再評価", en: "Treasuries repriced" },
      },
      {
        label: {
          ja: "長期金利とリスクプレミアムが上昇、米財政に疑問",
          en: "Higher long-term rates and risk premia; US fiscal doubts",
        },
        short: { ja: "コスト上昇、財政に疑問", en: "Costs rise; fiscal doubts" },
      },
    ],
  },
};

export interface ScenariosStepSpec {
  /** The scenario being read; "both" for the closing comparison. */
  focus: ScenarioId | "both";
  /** 1-based stage of `focus` the step is about (0 for the comparison). */
  stage: number;
}

export const scenariosStepSpecs: Record<ScenariosState, ScenariosStepSpec> = {
  "s1-act": { focus: "s1", stage: 1 },
  "s1-calm": { focus: "s1", stage: 2 },
  "s1-technical": { focus: "s1", stage: 3 },
  "s1-precedent": { focus: "s1", stage: 4 },
  "s2-selling": { focus: "s2", stage: 1 },
  "s2-fragments": { focus: "s2", stage: 2 },
  "s2-qe-grows": { focus: "s2", stage: 3 },
  "s2-repriced": { focus: "s2", stage: 4 },
  "s2-costs": { focus: "s2", stage: 5 },
  compare: { focus: "both", stage: 0 },
};

export const scenariosText = {
  title: {
    ja: "記事が描く二つのシナリオ(段階ごと)",
    en: "The article's two scenarios, stage by stage",
  },
  /** The article's framing, shown above both completed roads. */
  bothAssume: {
    ja: "どちらの道も、FRBの介入が前提",
    en: "Both roads assume the Fed intervenes",
  },
  stage: { ja: "段階", en: "Stage" },
} satisfies Record<string, Localized>;
