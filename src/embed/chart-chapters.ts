// Pure: which charts a chapter's MDX shows, and in which states, read from its <Scrolly>/<Step> tags. The
// chart embed links to the chapter that tells the chart's story; the embed dialog offers its steps.

export interface ScrollyUse {
  chart: string;
  /** The <Step state> values in the order the chapter shows them. */
  states: string[];
}

const TAG = /<(Scrolly|Step)\b([^>]*)>/g;
const ATTRIBUTE = /(\w+)="([^"]*)"/g;
const MDX_COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;

export function scrolliesInMdx(body: string): ScrollyUse[] {
  const uses: ScrollyUse[] = [];
  for (const [, name, attributeText] of body.replace(MDX_COMMENT, "").matchAll(TAG)) {
    const attributes = Object.fromEntries(
      [...(attributeText ?? "").matchAll(ATTRIBUTE)].map((m) => [m[1], m[2]]),
    );
    const chart = attributes.chart;
    if (!chart) continue;
    if (name === "Scrolly") uses.push({ chart, states: [] });
    else if (attributes.state) uses.findLast((use) => use.chart === chart)?.states.push(attributes.state);
  }
  return uses;
}

/** The first chapter (in story order) whose MDX shows `chart`. */
export function chapterShowingChart<T extends { body: string }>(
  chapters: readonly T[],
  chart: string,
): T | undefined {
  return chapters.find((chapter) => scrolliesInMdx(chapter.body).some((use) => use.chart === chart));
}

/** A chart's title without its trailing units, e.g. "… yield (daily close, %)" -> "… yield": for <title>. */
export function titleWithoutUnits(title: string): string {
  return title.replace(/\s*[(（][^()（）]*[)）]\s*$/, "") || title;
}
