// What the scenarios graphic shows at each step, in words, for screen readers and the no-JS caption.
import type { Lang } from "../../i18n/locales";
import { type ScenarioId, type ScenariosState, scenarios, scenariosStepSpecs, scenariosText } from "./steps";

/** A Japanese quotation: brackets inside it become 『』, as Japanese nests quotes. */
const quoteJa = (text: string) => `「${text.replace(/「/g, "『").replace(/」/g, "』")}」`;

/** A whole road, stage after stage. */
function roadInWords(scenario: ScenarioId, lang: Lang): string {
  const s = scenarios[scenario];
  return lang === "ja"
    ? `${s.kicker.ja}は${s.stages.map((l) => quoteJa(l.label.ja)).join("→")}`
    : `${s.kicker.en}: ${s.stages.map((l) => l.label.en).join(" → ")}`;
}

export function describeScenarios(_data: unknown, state: ScenariosState, lang: Lang): string {
  const { focus, stage } = scenariosStepSpecs[state];
  const ja = lang === "ja";
  if (focus === "both") {
    return ja
      ? `二つの道がそろった図。上に「${scenariosText.bothAssume.ja}」とあり、その下に二つの道が並ぶ。${roadInWords("s1", lang)}。${roadInWords("s2", lang)}。数字や確率はついていない。`
      : `Both roads complete, side by side, under one note: “${scenariosText.bothAssume.en}”. ${roadInWords("s1", lang)}. ${roadInWords("s2", lang)}. No numbers or probabilities are attached.`;
  }
  // The stage comes first: embeds and screen readers may cut a long description short.
  const s = scenarios[focus];
  const label = s.stages[stage - 1]?.label[lang] ?? "";
  const of = s.stages.length;
  const current = ja
    ? `${s.kicker.ja}の段階${stage}/${of}${quoteJa(label)}を強調している。`
    : `Stage ${stage} of ${of} of ${s.kicker.en} highlighted: “${label}”.`;
  const road = ja
    ? `${s.kicker.ja}は記事のいう「${s.title.ja}」の道`
    : `${s.kicker.en} is the one the article calls “${s.title.en}”`;
  const earlier =
    stage > 1
      ? ja
        ? "で、それまでの段階は薄くして残している。"
        : "; its earlier stages stay, dimmed."
      : ja
        ? "。"
        : ".";
  const count = (id: ScenarioId) => scenarios[id].stages.length;
  const other =
    focus === "s1"
      ? ja
        ? `シナリオ2の${count("s2")}つの段階はまだ空欄。`
        : `Scenario 2's ${count("s2")} stages are still empty outlines.`
      : ja
        ? `シナリオ1の${count("s1")}つの段階はすべて示され、薄く残っている。`
        : `Scenario 1's ${count("s1")} stages are all shown, dimmed.`;
  return ja ? `${current}${road}${earlier}${other}` : `${current} ${road}${earlier} ${other}`;
}
