// The article's own figures as facts, so prose quotes them from content/data/article_figures.csv too.
// They print at the precision the article used.
import { ARTICLE_FIGURES_FILE, loadArticleFigures, type ArticleFigure } from "../article-figures.ts";
import { DataError } from "../data-error.ts";
import type { Fact } from "../fact.ts";
import { displayPath } from "../paths.ts";

const source = "article-figures" as const;

function figure(id: string): ArticleFigure {
  const found = loadArticleFigures().find((f) => f.id === id);
  if (!found) throw new DataError({ file: displayPath(ARTICLE_FIGURES_FILE) }, `has no row with id "${id}"`);
  return found;
}

export const articleFacts = {
  "article-china-dec-2024": (): Fact => {
    const f = figure("article-china-dec-2024");
    return { kind: "amount", value: f.value, unit: "busd", digits: f.decimals, source };
  },
  "article-japan-dec-2024": (): Fact => {
    const f = figure("article-japan-dec-2024");
    return { kind: "amount", value: f.value, unit: "busd", digits: f.decimals, source };
  },
  /** A delayed intraday quote, not a close. */
  "article-dgs10-2025-04-11": (): Fact => {
    const f = figure("article-dgs10-2025-04-11");
    return { kind: "percent", value: f.value, digits: f.decimals, source };
  },
  "article-week-change-pct": (): Fact => {
    const f = figure("article-week-change-pct");
    return { kind: "change-pct", value: f.value, digits: f.decimals, source };
  },
  /** "Nearly 30 bp": the hedge is the prose's, the number is the article's. */
  "article-ig-spread-widening": (): Fact => ({
    kind: "bp",
    value: figure("article-ig-spread-widening").value,
    signed: false,
    source,
  }),
  /** "Nearly 4% down this week". */
  "article-sp500-week": (): Fact => {
    const f = figure("article-sp500-week");
    return { kind: "change-pct", value: f.value, digits: f.decimals, source };
  },
} satisfies Record<string, () => Fact>;
