// The size budgets (test/budgets.json) applied to measured page weights. Pure: weights and budgets in, one
// message per breach out, each naming the page or asset and what grew.
import { total, type Asset, type PageWeight } from "./page-weight.ts";

export interface PageBudget {
  // URL path below the base; "*" stands for one path segment (so "/*/glossary/" is either glossary page).
  // The first rule that matches a page applies.
  match: string;
  js: number;
  css: number;
  html: number;
}

export interface Budgets {
  pages: PageBudget[];
  // Gzipped bytes per asset label. Keys with "*" are patterns ("charts/*/chart.js", "*.js"), tried in order for
  // assets without an entry of their own.
  assets: Record<string, number>;
  // Chunk names (without the content hash) that a page imports only when the reader asks for them, e.g. the
  // chart download; they are budgeted as assets but not counted in a page's JavaScript.
  onDemand: string[];
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Whether a path matches a pattern in which "*" stands for any run of characters other than "/". */
export function matches(pattern: string, path: string): boolean {
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^/]+");
  return new RegExp(`^${source}$`).test(path);
}

export function pageBudgetFor(budgets: Budgets, path: string): PageBudget | undefined {
  return budgets.pages.find((rule) => matches(rule.match, path));
}

/** An asset's budget: its own entry, else the first pattern entry that fits it (inline code has none). */
export function assetBudgetFor(budgets: Budgets, asset: Asset): number | undefined {
  if (asset.path === undefined) return undefined;
  const label = asset.label.replace(/ \((?:lazy|on demand)\)$/, "");
  const named = budgets.assets[label];
  if (named !== undefined) return named;
  const pattern = Object.keys(budgets.assets).find((key) => key.includes("*") && matches(key, label));
  return pattern === undefined ? undefined : budgets.assets[pattern];
}

function describeAssets(assets: Asset[], budgets: Budgets): string {
  const over = assets.filter((a) => {
    const limit = assetBudgetFor(budgets, a);
    return limit !== undefined && a.gzip > limit;
  });
  const largest = [...assets].sort((a, b) => b.gzip - a.gzip);
  const list = (xs: Asset[]) =>
    xs
      .slice(0, 6)
      .map((a) => `${a.label} ${kB(a.gzip)}`)
      .join(", ") + (xs.length > 6 ? ` and ${xs.length - 6} smaller` : "");
  return over.length
    ? `grown past their own budgets: ${over.map((a) => `${a.label} ${kB(a.gzip)} (budget ${kB(assetBudgetFor(budgets, a) ?? 0)})`).join(", ")}; all: ${list(largest)}`
    : `no single asset is over its own budget; by size: ${list(largest)}`;
}

/**
 * Every breach: a page over its JavaScript, CSS or HTML budget (naming the assets that make it up, those over
 * their own budget first), and each asset over its budget once, with the pages that load it.
 * `pathBelowBase` turns a page's URL path into the path the rules match ("/explainer/en/" -> "/en/").
 */
export function budgetBreaches(
  weights: PageWeight[],
  budgets: Budgets,
  pathBelowBase: (path: string) => string = (p) => p,
): string[] {
  const breaches: string[] = [];
  const assetPages = new Map<string, { asset: Asset; pages: string[] }>();
  for (const page of weights) {
    const path = pathBelowBase(page.path);
    const rule = pageBudgetFor(budgets, path);
    if (!rule) {
      breaches.push(`${path}: no page budget matches this page; add a rule for it to test/budgets.json`);
      continue;
    }
    const where = `${path} (rule "${rule.match}")`;
    const js = total(page.js);
    const css = total(page.css);
    if (js > rule.js) {
      breaches.push(
        `${where}: JavaScript ${kB(js)} > budget ${kB(rule.js)}; ${describeAssets(page.js, budgets)}`,
      );
    }
    if (css > rule.css) {
      breaches.push(
        `${where}: CSS ${kB(css)} > budget ${kB(rule.css)}; ${describeAssets(page.css, budgets)}`,
      );
    }
    if (page.html > rule.html) breaches.push(`${where}: HTML ${kB(page.html)} > budget ${kB(rule.html)}`);
    for (const asset of [...page.js, ...page.onDemand, ...page.css]) {
      if (asset.path === undefined) continue;
      const entry = assetPages.get(asset.path) ?? { asset, pages: [] };
      entry.pages.push(path);
      assetPages.set(asset.path, entry);
    }
  }
  for (const { asset, pages } of assetPages.values()) {
    const limit = assetBudgetFor(budgets, asset);
    if (limit === undefined) {
      breaches.push(
        `${asset.label} (${asset.path}) has no budget: name it or add a pattern in test/budgets.json`,
      );
    } else if (asset.gzip > limit) {
      const shown = pages.slice(0, 4).join(", ") + (pages.length > 4 ? ` and ${pages.length - 4} more` : "");
      breaches.push(
        `${asset.label} (${asset.path}): ${kB(asset.gzip)} > budget ${kB(limit)}; loaded by ${shown}`,
      );
    }
  }
  // A name that matches nothing is stale (a renamed module would otherwise count in full, or drop out unnoticed).
  const seen = new Set(weights.flatMap((w) => w.onDemand.map((a) => a.label.replace(/ \(on demand\)$/, ""))));
  for (const name of budgets.onDemand) {
    if (!seen.has(name))
      breaches.push(
        `test/budgets.json lists ${name} as on demand, but no page imports a chunk of that name lazily`,
      );
  }
  return breaches;
}

/** Reads and checks the shape of budgets.json, so a typo fails loudly instead of disabling a budget. */
export function parseBudgets(json: unknown): Budgets {
  const fail = (why: string): never => {
    throw new Error(`test/budgets.json: ${why}`);
  };
  if (typeof json !== "object" || json === null) return fail("not an object");
  const { pages, assets, onDemand = [] } = json as { pages?: unknown; assets?: unknown; onDemand?: unknown };
  if (!Array.isArray(pages) || pages.length === 0) return fail('"pages" must be a non-empty list');
  const rules = pages.map((rule: unknown, i): PageBudget => {
    const r = rule as Partial<Record<keyof PageBudget, unknown>>;
    if (typeof r.match !== "string") return fail(`pages[${i}].match must be a string`);
    for (const key of ["js", "css", "html"] as const) {
      if (typeof r[key] !== "number" || !(Number(r[key]) > 0))
        return fail(`pages[${i}].${key} must be bytes > 0`);
    }
    return { match: r.match, js: Number(r.js), css: Number(r.css), html: Number(r.html) };
  });
  if (typeof assets !== "object" || assets === null) return fail('"assets" must be an object');
  const limits: Record<string, number> = {};
  for (const [label, limit] of Object.entries(assets)) {
    if (typeof limit !== "number" || !(limit > 0)) return fail(`assets["${label}"] must be bytes > 0`);
    limits[label] = limit;
  }
  if (!Array.isArray(onDemand) || !onDemand.every((name) => typeof name === "string" && name.endsWith(".js")))
    return fail('"onDemand" must be a list of chunk names such as "chart-file.js"');
  return { pages: rules, assets: limits, onDemand };
}
