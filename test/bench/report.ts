// The benchmark's verdict: each chapter against issue 8's targets and against its no-JavaScript baseline, as a
// terminal table and as JSON.
import { CATEGORIES, type LighthouseFigures } from "./lighthouse.ts";
import type { ScrollFigures } from "./scroll.ts";

export interface Measured {
  lighthouse: LighthouseFigures;
  scroll: ScrollFigures;
  /** Gzipped bytes from the build (test/checks/page-weight.ts): what the page can load, lazy chunks included. */
  weight: { js: number; css: number; html: number };
}

export interface ChapterResult {
  path: string;
  page: Measured;
  baseline: Measured;
  /** Page / baseline; tbt is null when the baseline blocked for 0 ms. */
  ratios: { lcp: number; tbt: number | null; bytes: number };
  misses: string[];
}

export const TARGETS = {
  lighthouse: 100,
  cls: 0,
  longTasksWhileScrolling: 0,
  lcpRatio: 1.1,
  jsBytes: 40_000,
  htmlBytes: 100_000,
} as const;

export function compare(path: string, page: Measured, baseline: Measured): ChapterResult {
  const lh = page.lighthouse;
  const base = baseline.lighthouse;
  const ratios = {
    lcp: lh.lcp / base.lcp,
    tbt: base.tbt > 0 ? lh.tbt / base.tbt : lh.tbt === 0 ? 1 : null,
    bytes: lh.bytes / base.bytes,
  };
  const misses: string[] = [];
  for (const category of CATEGORIES) {
    if (lh.scores[category] < TARGETS.lighthouse)
      misses.push(`Lighthouse ${category} ${lh.scores[category]} < 100`);
  }
  if (lh.cls > TARGETS.cls)
    misses.push(`CLS ${lh.cls.toFixed(4)} > 0 (moved: ${lh.shifted.join(", ") || "?"})`);
  if (page.scroll.longTasks.length > TARGETS.longTasksWhileScrolling) {
    const longest = Math.max(...page.scroll.longTasks);
    misses.push(
      `${page.scroll.longTasks.length} long tasks while scrolling (longest ${Math.round(longest)} ms)`,
    );
  }
  if (ratios.lcp > TARGETS.lcpRatio) {
    misses.push(
      `LCP ${ratios.lcp.toFixed(2)}× baseline > 1.10× (LCP element ${lh.lcpElement}; baseline's ${base.lcpElement})`,
    );
  }
  if (page.weight.js >= TARGETS.jsBytes) misses.push(`JS ${kB(page.weight.js)} gz ≥ 40 kB`);
  if (page.weight.html >= TARGETS.htmlBytes) misses.push(`HTML ${kB(page.weight.html)} gz ≥ 100 kB`);
  return { path, page, baseline, ratios, misses };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => (Number.isFinite(value) ? String(Math.round(value)) : "?");
const times = (ratio: number) => `${ratio.toFixed(2)}×`;
const miss = (text: string, missed: boolean) => (missed ? `${text}✗` : text);

interface Column {
  title: string;
  width: number;
  cell: (m: Measured, r: ChapterResult, isBaseline: boolean) => string;
}

const columns: Column[] = [
  ...CATEGORIES.map((category): Column => ({
    title: { performance: "perf", accessibility: "a11y", "best-practices": "bp", seo: "seo" }[category],
    width: 4,
    cell: (m, _r, isBase) =>
      miss(String(m.lighthouse.scores[category]), !isBase && m.lighthouse.scores[category] < 100),
  })),
  { title: "LCP ms", width: 6, cell: (m) => ms(m.lighthouse.lcp) },
  {
    title: "×base",
    width: 7,
    cell: (_m, r, b) => (b ? "" : miss(times(r.ratios.lcp), r.ratios.lcp > TARGETS.lcpRatio)),
  },
  {
    title: "CLS",
    width: 7,
    cell: (m, _r, b) => miss(m.lighthouse.cls.toFixed(3), !b && m.lighthouse.cls > 0),
  },
  { title: "TBT ms", width: 6, cell: (m) => ms(m.lighthouse.tbt) },
  {
    title: "×base",
    width: 7,
    // Against a baseline that never blocks, a ratio says nothing: show the added milliseconds instead.
    cell: (m, r, b) => (b ? "" : r.ratios.tbt === null ? `+${ms(m.lighthouse.tbt)}` : times(r.ratios.tbt)),
  },
  { title: "bytes kB", width: 8, cell: (m) => (m.lighthouse.bytes / 1000).toFixed(1) },
  { title: "×base", width: 7, cell: (_m, r, b) => (b ? "" : times(r.ratios.bytes)) },
  {
    title: "JS gz",
    width: 8,
    cell: (m) => miss((m.weight.js / 1000).toFixed(1), m.weight.js >= TARGETS.jsBytes),
  },
  { title: "CSS gz", width: 6, cell: (m) => (m.weight.css / 1000).toFixed(1) },
  {
    title: "HTML gz",
    width: 8,
    cell: (m) => miss((m.weight.html / 1000).toFixed(1), m.weight.html >= TARGETS.htmlBytes),
  },
  {
    title: "LT>50",
    width: 6,
    cell: (m, _r, b) => miss(String(m.scroll.longTasks.length), !b && m.scroll.longTasks.length > 0),
  },
  { title: "scrollTBT", width: 9, cell: (m) => ms(m.scroll.blockingMs) },
  {
    title: "frame p50/p95",
    width: 14,
    cell: (m) => `${m.scroll.frames.p50.toFixed(1)}/${m.scroll.frames.p95.toFixed(1)}`,
  },
  { title: ">20ms", width: 5, cell: (m) => `${Math.round(m.scroll.frames.over20msShare * 100)}%` },
];

export function table(results: ChapterResult[]): string {
  const pathWidth = Math.max(22, ...results.map((r) => r.path.length + 1));
  const row = (first: string, cells: string[]) =>
    first.padEnd(pathWidth) + cells.map((c, i) => c.padStart(columns[i]?.width ?? 6)).join(" ");
  const lines = [
    row(
      "page",
      columns.map((c) => c.title),
    ),
  ];
  for (const r of results) {
    lines.push(
      row(
        r.path,
        columns.map((c) => c.cell(r.page, r, false)),
      ),
    );
    lines.push(
      row(
        "  no-JS baseline",
        columns.map((c) => c.cell(r.baseline, r, true)),
      ),
    );
  }
  return lines.join("\n");
}

export function missesSummary(results: ChapterResult[]): string {
  const missed = results.filter((r) => r.misses.length);
  if (!missed.length) return "All targets met on every chapter.";
  const lines = [`Targets missed on ${missed.length} of ${results.length} chapter pages (✗ in the table):`];
  for (const r of missed) lines.push(`  ${r.path}: ${r.misses.join("; ")}`);
  const shortfalls = new Map<string, number>();
  for (const r of results)
    for (const s of r.page.lighthouse.shortfalls)
      shortfalls.set(s.replace(/ \(.*\)$/, ""), (shortfalls.get(s.replace(/ \(.*\)$/, "")) ?? 0) + 1);
  if (shortfalls.size) {
    lines.push("Lighthouse audits costing points (pages):");
    for (const [audit, count] of [...shortfalls].sort((a, b) => b[1] - a[1]))
      lines.push(`  ${audit} (${count})`);
  }
  return lines.join("\n");
}
