// Which datasets a chapter draws on, read from its MDX: the facts it prints and the charts it shows.
import { dateFormat } from "../i18n/intl-formats";
export interface ChapterReferences {
  factIds: string[];
  chartIds: string[];
}

export function chapterReferences(mdx: string): ChapterReferences {
  const unique = (pattern: RegExp) => [...new Set([...mdx.matchAll(pattern)].map((m) => m[1]!))];
  return {
    factIds: unique(/<Fact\s+id="([^"]+)"/g),
    chartIds: unique(/<Scrolly\s+chart="([^"]+)"/g),
  };
}

/** Dataset ids in first-use order, without repeats. */
export function datasetsOf(
  refs: ChapterReferences,
  factSource: (id: string) => string,
  chartDatasets: (id: string) => string[],
): string[] {
  return [...new Set([...refs.chartIds.flatMap(chartDatasets), ...refs.factIds.map(factSource)])];
}

/** APA 7 reference for a web page with a group author: Author. (Year, Month Day). Title. Site. URL */
export function apaCitation(options: {
  author: string;
  date: Date;
  title: string;
  site: string;
  url: string;
}): string {
  const { author, date, title, site, url } = options;
  const month = dateFormat("en-US", { month: "long", timeZone: "UTC" }).format(date);
  return `${author}. (${date.getUTCFullYear()}, ${month} ${date.getUTCDate()}). ${title}. ${site}. ${url}`;
}
