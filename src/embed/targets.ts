// Server side: the "Embed this" targets of a chapter and of a chart (see target.ts).
import { chartData, charts } from "../charts/registry";
import { type Chapter, chaptersIn } from "../chapters/query";
import { type Lang, languages } from "../i18n/locales";
import { t } from "../i18n/ui";
import { scrolliesInMdx } from "./chart-chapters";
import { chapterEmbedPath, chartEmbedPath } from "./paths";
import { DEFAULT_HEIGHT } from "./snippet";
import { embedText } from "./strings";
import type { EmbedTarget } from "./target";

const perLanguage = <T>(value: (lang: Lang) => T) =>
  Object.fromEntries(languages.map((lang) => [lang, value(lang)])) as Record<Lang, T>;

const iframeTitle = (lang: Lang, title: string) =>
  embedText(lang, "iframeTitle", { title, site: t(lang, "siteTitle") });

/** The first words of a step's description, to tell steps apart in a menu. */
function excerpt(text: string, lang: Lang): string {
  const chars = Array.from(text);
  const max = lang === "ja" ? 28 : 56;
  return chars.length <= max ? text : `${chars.slice(0, max).join("").trimEnd()}…`;
}

export async function chapterEmbedTarget(chapter: Chapter): Promise<EmbedTarget> {
  const { lang, slug } = chapter;
  const titles = Object.fromEntries(
    await Promise.all(
      languages.map(async (l) => {
        const same = (await chaptersIn(l)).find((c) => c.slug === slug);
        return [l, iframeTitle(l, same?.entry.data.title ?? chapter.entry.data.title)];
      }),
    ),
  ) as Record<Lang, string>;
  const steps = scrolliesInMdx(chapter.entry.body ?? "").flatMap(({ chart, states }) => {
    const title = charts[chart]?.chart.title[lang] ?? chart;
    return states.map((state, i) => ({
      key: `${chart}-${state}`,
      label: embedText(lang, "chartStep", { chart: title, i: i + 1, n: states.length }),
    }));
  });
  return {
    kind: "chapter",
    heading: embedText(lang, "embedChapter"),
    paths: perLanguage((l) => chapterEmbedPath(l, slug)),
    titles,
    steps,
    height: DEFAULT_HEIGHT.chapter,
  };
}

export function chartEmbedTarget(id: string, lang: Lang): EmbedTarget {
  const entry = charts[id];
  if (!entry) throw new Error(`chartEmbedTarget: no chart "${id}"`);
  const { chart } = entry;
  const data = chartData(id) as never;
  return {
    kind: "chart",
    heading: `${embedText(lang, "embedChart")}: ${chart.title[lang]}`,
    paths: perLanguage((l) => chartEmbedPath(l, id)),
    titles: perLanguage((l) => iframeTitle(l, chart.title[l])),
    steps: chart.states.map((state, i) => ({
      key: state,
      label: `${t(lang, "stepOf", { i: i + 1, n: chart.states.length })}: ${excerpt(chart.describe(data, state, lang), lang)}`,
    })),
    height: DEFAULT_HEIGHT.chart,
  };
}
