// One chapter through Lighthouse: the mobile preset with simulated throttling, the four categories the issue
// sets targets for, and the figures the report compares with the no-JavaScript baseline.
import lighthouse, { type Flags, type Result } from "lighthouse";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseFigures {
  /** 0..100 per category. */
  scores: Record<Category, number>;
  /** Milliseconds (simulated), except cls (unitless) and bytes (total transferred, as Lighthouse counts it). */
  fcp: number;
  lcp: number;
  cls: number;
  tbt: number;
  bytes: number;
  /** The element Lighthouse saw as the largest contentful paint (its selector), to see what the LCP waits for. */
  lcpElement: string;
  /** The elements that moved in layout shifts (selectors), to find what makes CLS > 0. */
  shifted: string[];
  /** The audits that cost points, e.g. "performance/largest-contentful-paint (1.6 s)". */
  shortfalls: string[];
}

/** The selectors of the DOM node items anywhere in an audit's details, in order. */
function nodeSelectors(details: unknown): string[] {
  if (Array.isArray(details)) return details.flatMap(nodeSelectors);
  if (typeof details !== "object" || details === null) return [];
  const record = details as Record<string, unknown>;
  if (record.type === "node") return typeof record.selector === "string" ? [record.selector] : [];
  return Object.values(record).flatMap(nodeSelectors);
}

function figures(lhr: Result): LighthouseFigures {
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const scores = {} as Record<Category, number>;
  const shortfalls: string[] = [];
  for (const category of CATEGORIES) {
    const result = lhr.categories[category];
    scores[category] = Math.round((result?.score ?? 0) * 100);
    for (const ref of result?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        shortfalls.push(`${category}/${ref.id}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
      }
    }
  }
  return {
    scores,
    fcp: numeric("first-contentful-paint"),
    lcp: numeric("largest-contentful-paint"),
    cls: numeric("cumulative-layout-shift"),
    tbt: numeric("total-blocking-time"),
    bytes: numeric("total-byte-weight"),
    lcpElement: nodeSelectors(lhr.audits["lcp-breakdown-insight"]?.details)[0] ?? "?",
    shifted: [...new Set(nodeSelectors(lhr.audits["layout-shifts"]?.details))],
    shortfalls,
  };
}

/** Runs Lighthouse `runs` times against `url` in the Chromium on `port`; returns the run with the median LCP. */
export async function runLighthouse(url: string, port: number, runs: number): Promise<LighthouseFigures> {
  const flags: Flags = {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
    formFactor: "mobile",
    throttlingMethod: "simulate",
  };
  const results: LighthouseFigures[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, flags);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError)
      throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`);
    results.push(figures(result.lhr));
  }
  const sorted = [...results].sort((a, b) => a.lcp - b.lcp);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error("runs must be at least 1");
  return median;
}
