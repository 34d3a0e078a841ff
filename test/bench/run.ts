// npm run bench: how fast each chapter is next to the same chapter without JavaScript. Builds nothing: it
// serves an existing build (gzip, like a CDN) and a script-free copy of it, runs Lighthouse (mobile, simulated
// throttling) and a throttled scroll on both, prints the table and writes bench-results/bench.json.
// Usage: node test/bench/run.ts [--dist dist] [--pages sell-off,ja/trust] [--runs 1] [--scroll-speed 3000]
//        [--cpu-slowdown 4] [--out bench-results/bench.json]
// --pages keeps the chapters whose path contains one of the comma-separated strings; --runs > 1 runs Lighthouse
// that often per page and keeps the run with the median LCP (steadier figures on a busy machine).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, join, relative } from "node:path";
import { parseArgs } from "node:util";
import { parseBudgets } from "../checks/budget-rules.ts";
import { attr, parseHtmlFile } from "../checks/html-tree.ts";
import { builtSite, readSitemap, resolvePath, type BuiltSite } from "../checks/site.ts";
import { writeBaselineSite } from "./baseline.ts";
import { CHROMIUM } from "./chromium.ts";
import { benchmark, type Chapter } from "./measure.ts";
import { missesSummary, table, TARGETS, type ChapterResult } from "./report.ts";

const { values: args } = parseArgs({
  options: {
    dist: { type: "string", default: "dist" },
    pages: { type: "string" },
    runs: { type: "string", default: "1" },
    "scroll-speed": { type: "string", default: "3000" },
    "cpu-slowdown": { type: "string", default: "4" },
    out: { type: "string", default: "bench-results/bench.json" },
  },
});
const started = Date.now();
const log = (message: string) =>
  console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/** Chapter pages (og:type article) from the sitemap, both languages, optionally filtered by --pages. */
async function chapterPages(site: BuiltSite, filter: string | undefined): Promise<string[]> {
  const wanted = filter
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const found: string[] = [];
  for (const loc of readSitemap(site).locs) {
    const path = new URL(loc).pathname;
    const target = resolvePath(site, path);
    if (target.kind !== "file") throw new Error(`sitemap lists ${loc}, which is not in ${site.dir}`);
    const ogType = (await parseHtmlFile(target.file)).root.querySelector('meta[property="og:type"]');
    if (!ogType || attr(ogType, "content") !== "article") continue;
    if (!wanted || wanted.some((w) => path.includes(w))) found.push(relative(site.dir, target.file));
  }
  return found;
}

const site = builtSite(args.dist);
const files = await chapterPages(site, args.pages);
if (!files.length) throw new Error(`no chapter page in ${args.dist} matches --pages ${args.pages ?? ""}`);
const settings = {
  runs: Math.max(1, Number(args.runs)),
  scroll: {
    cpuSlowdown: Number(args["cpu-slowdown"]),
    pxPerSecond: Number(args["scroll-speed"]),
    maxSeconds: 90,
  },
  onDemand: new Set(parseBudgets(JSON.parse(readFileSync("test/budgets.json", "utf8"))).onDemand),
  log,
};
const loadBefore = loadavg()[0] ?? 0;
log(`${files.length} chapter pages from ${args.dist}; writing the no-JavaScript baseline`);
const baseline = writeBaselineSite(site.dir, files);
const chapters: Chapter[] = files.map((file) => ({
  path: site.base + file.replace(/index\.html$/, ""),
  file: { page: join(site.dir, file), baseline: join(baseline.dir, file) },
}));
let results: ChapterResult[];
try {
  results = await benchmark({ page: site, baseline: builtSite(baseline.dir) }, chapters, settings);
} finally {
  baseline.remove();
}

console.log(table(results));
console.log();
console.log(missesSummary(results));
// Lighthouse's simulated throttling scales the CPU time it observes, so other work on the machine inflates TBT
// and LCP: say so when the machine was busy.
const load = { before: loadBefore, after: loadavg()[0] ?? 0, cores: availableParallelism() };
if (Math.max(load.before, load.after) > load.cores) {
  console.log(
    `\nNote: the machine was busy (load average ${load.before.toFixed(1)} -> ${load.after.toFixed(1)} on ` +
      `${load.cores} cores); timings are inflated and noisy. Re-run on an idle machine, or with --runs 3.`,
  );
}
const version = (command: string) =>
  execFileSync(command, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
const lighthouseVersion = (
  JSON.parse(readFileSync("node_modules/lighthouse/package.json", "utf8")) as { version: string }
).version;
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(
  args.out,
  `${JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      dist: args.dist,
      settings: {
        runs: settings.runs,
        scroll: settings.scroll,
        lighthouse: lighthouseVersion,
        chromium: version(CHROMIUM),
      },
      load,
      targets: TARGETS,
      chapters: results,
    },
    // NaN (no frame intervals on a page too short to scroll) is not JSON: write null.
    (_key, value: unknown) => (typeof value === "number" && !Number.isFinite(value) ? null : value),
    2,
  )}\n`,
);
log(`done in ${((Date.now() - started) / 60_000).toFixed(1)} min; wrote ${args.out}`);
