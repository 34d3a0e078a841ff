// What each built page costs a reader, in gzipped bytes (zlib's default level, as a CDN or the test server
// sends it): the HTML document, the JavaScript it runs (external modules with their static imports, the lazy
// chunks of the charts on the page, inline module scripts) and its CSS (linked sheets and inline <style>).
// Chunks named in the budgets' "onDemand" list load only when the reader asks (a chart download, the embed
// dialog): they are listed apart and budgeted per file, but are not part of what every visit costs.
// Deterministic: read from the build, no browser.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { gzipSync } from "node:zlib";
import { attr, parseHtmlFile, tokens, type HtmlElement } from "./html-tree.ts";
import { chartOfGlobKey, lazyImports, resolveSpecifier, staticImports } from "./module-graph.ts";
import { htmlPages, resolvePath, type BuiltSite } from "./site.ts";

export interface Asset {
  /** A name that survives rebuilds: the file name without its content hash, or the chart it holds. */
  label: string;
  /** URL path of the file; undefined for inline code. */
  path?: string;
  gzip: number;
}

export interface PageWeight {
  path: string;
  html: number;
  js: Asset[];
  css: Asset[];
  /** Modules loaded only on a reader's action (the budgets' onDemand chunks) and what only they import. */
  onDemand: Asset[];
  /** Charts the page draws (data-scrolly), whose lazy chunks count towards its JavaScript. */
  charts: string[];
}

export const total = (assets: Asset[]) => assets.reduce((sum, a) => sum + a.gzip, 0);

const gzipCache = new Map<string, number>();
export function gzipSize(content: string | Buffer): number {
  return gzipSync(content).length;
}
function gzipFile(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSize(readFileSync(file));
    gzipCache.set(file, size);
  }
  return size;
}

/** "chart.DgH6a6Dk.js" -> "chart.js": Vite's [name].[hash].[ext]. */
export function withoutHash(fileName: string): string {
  return fileName.replace(/\.[\w-]{8}(\.(?:js|mjs|css))$/, "$1");
}

class PageWeigher {
  readonly js = new Map<string, Asset>();
  readonly css = new Map<string, Asset>();
  /** On-demand chunks this page can import, weighed after the page's own JavaScript (see onDemandAssets). */
  private readonly onDemandEntries = new Set<string>();
  private readonly onDemandNames: ReadonlySet<string>;

  private readonly site: BuiltSite;
  private readonly page: string;
  private readonly charts: Set<string>;

  constructor(site: BuiltSite, page: string, charts: Set<string>, onDemand: ReadonlySet<string>) {
    this.site = site;
    this.page = page;
    this.charts = charts;
    this.onDemandNames = onDemand;
  }

  private file(path: string, what: string): string {
    const found = resolvePath(this.site, path);
    if (found.kind !== "file")
      throw new Error(`${this.page}: ${what} ${path} is not in the build (${found.kind})`);
    return found.file;
  }

  addModule(path: string, label?: string, into: Map<string, Asset> = this.js): void {
    if (this.js.has(path) || into.has(path)) return;
    const file = this.file(path, "script");
    into.set(path, { label: label ?? withoutHash(basename(path)), path, gzip: gzipFile(file) });
    this.followImports(readFileSync(file, "utf8"), path, into);
  }

  followImports(source: string, fromPath: string, into: Map<string, Asset> = this.js): void {
    for (const specifier of staticImports(source)) {
      const target = resolveSpecifier(specifier, fromPath);
      if (!target)
        throw new Error(`${this.page}: ${fromPath} imports "${specifier}", which no browser can load`);
      this.addModule(target, undefined, into);
    }
    for (const lazy of lazyImports(source)) {
      const target = resolveSpecifier(lazy.specifier, fromPath);
      if (!target) throw new Error(`${this.page}: ${fromPath} lazily imports "${lazy.specifier}"`);
      const chart = lazy.globKey === undefined ? undefined : chartOfGlobKey(lazy.globKey);
      // A chart's chunk loads only on pages that draw it; an on-demand chunk waits for the reader; any other lazy
      // chunk counts everywhere it could load.
      const name = withoutHash(basename(target));
      if (chart !== undefined) {
        if (this.charts.has(chart)) this.addModule(target, `charts/${chart}/chart.js`, into);
      } else if (this.onDemandNames.has(name)) this.onDemandEntries.add(target);
      else this.addModule(target, `${name} (lazy)`, into);
    }
  }

  /** What the on-demand imports add to the page's JavaScript, once that is complete. */
  onDemandAssets(): Asset[] {
    const onDemand = new Map<string, Asset>();
    for (const entry of this.onDemandEntries) {
      this.addModule(entry, `${withoutHash(basename(entry))} (on demand)`, onDemand);
    }
    return [...onDemand.values()];
  }

  addStylesheet(path: string): void {
    if (this.css.has(path)) return;
    const file = this.file(path, "stylesheet");
    this.css.set(path, { label: withoutHash(basename(path)), path, gzip: gzipFile(file) });
    for (const m of readFileSync(file, "utf8").matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) {
      const target = resolveSpecifier(m[1] ?? "", path);
      if (target) this.addStylesheet(target);
    }
  }
}

// The attributes by which a page asks the client scripts to draw a chart: the scroll engine's <Scrolly> and the
// embed stepper. A page with chart data but none of these fails the weighing (see below), so a new marker
// cannot go unnoticed.
const CHART_MARKERS = ["data-scrolly", "data-embed-chart"];

/** Charts whose lazy chunk a page's scripts load: every loader must find its chunk, or the weight is wrong. */
function chartsOnPage(root: HtmlElement): string[] {
  const ids = CHART_MARKERS.flatMap((name) =>
    root.querySelectorAll(`[${name}]`).map((el) => attr(el, name) ?? ""),
  );
  return [...new Set(ids.filter(Boolean))].sort();
}

/**
 * A page that loads modules must have a chart chunk counted for each chart it draws, and must name the charts
 * its data is for; otherwise the glob map or a marker was missed and the weight would be too low. (A page
 * without modules, like the benchmark's baseline, loads no chart chunk at all.)
 */
function assertChartsWeighed(path: string, root: HtmlElement, charts: string[], js: Asset[]): void {
  if (charts.length === 0 && root.querySelectorAll("[data-chart-src]").length > 0) {
    throw new Error(
      `${path} fetches chart data (data-chart-src) but no chart marker (${CHART_MARKERS.join(", ")}) names the chart`,
    );
  }
  const missing = charts.filter((c) => !js.some((a) => a.label === `charts/${c}/chart.js`));
  if (missing.length) {
    throw new Error(
      `${path} draws ${missing.join(", ")} but no script on it loads a chunk for charts/<id>/chart.ts: ` +
        `the bundler's output changed shape; update test/checks/module-graph.ts`,
    );
  }
}

/** `onDemand`: chunk names (without hash) that load only on a reader's action; see test/budgets.json. */
export async function weighPage(
  site: BuiltSite,
  path: string,
  file: string,
  onDemand: ReadonlySet<string> = new Set(),
): Promise<PageWeight> {
  const { root } = await parseHtmlFile(file);
  const charts = chartsOnPage(root);
  const weigher = new PageWeigher(site, path, new Set(charts), onDemand);
  const inlineJs: string[] = [];
  for (const script of root.querySelectorAll("script")) {
    const src = attr(script, "src");
    const type = (attr(script, "type") ?? "").toLowerCase();
    const runs = type === "" || type === "module" || type.includes("javascript");
    if (src !== undefined) weigher.addModule(resolveSpecifier(src, path) ?? src);
    else if (runs && script.textContent.trim()) {
      inlineJs.push(script.textContent);
      if (type === "module") weigher.followImports(script.textContent, path);
    }
  }
  for (const link of root.querySelectorAll("link[href]")) {
    const rel = tokens(link, "rel");
    const href = resolveSpecifier(attr(link, "href") ?? "", path);
    if (!href) continue;
    if (rel.includes("stylesheet")) weigher.addStylesheet(href);
    if (rel.includes("modulepreload")) weigher.addModule(href);
  }
  const inlineCss = root.querySelectorAll("style").map((s) => s.textContent);
  const js = [...weigher.js.values()];
  if (inlineJs.length) js.push({ label: "inline <script>", gzip: gzipSize(inlineJs.join("\n")) });
  const css = [...weigher.css.values()];
  if (inlineCss.length) css.push({ label: "inline <style>", gzip: gzipSize(inlineCss.join("\n")) });
  if (weigher.js.size > 0) assertChartsWeighed(path, root, charts, js);
  return { path, html: gzipFile(file), js, css, onDemand: weigher.onDemandAssets(), charts };
}

export async function weighSite(
  site: BuiltSite,
  onDemand: ReadonlySet<string> = new Set(),
): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const page of htmlPages(site)) weights.push(await weighPage(site, page.path, page.file, onDemand));
  return weights;
}
