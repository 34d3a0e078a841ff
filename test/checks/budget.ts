// npm test's size budget: every built page's gzipped JavaScript, CSS and HTML against test/budgets.json.
// Usage: node test/checks/budget.ts [--dist dist] [--base /] [--budgets test/budgets.json]
import { readFileSync } from "node:fs";
import { budgetBreaches, kB, pageBudgetFor, parseBudgets } from "./budget-rules.ts";
import { checkOptions, runCheck } from "./cli.ts";
import { total, weighSite } from "./page-weight.ts";
import { builtSite } from "./site.ts";

export async function budgetCheck(dist: string, base: string, budgetsFile: string): Promise<string[]> {
  const site = builtSite(dist, base);
  const budgets = parseBudgets(JSON.parse(readFileSync(budgetsFile, "utf8")));
  const weights = await weighSite(site, new Set(budgets.onDemand));
  const below = (path: string) => path.slice(site.base.length - 1);
  console.log(`${"page".padEnd(28)} ${"JS".padStart(17)} ${"CSS".padStart(17)} ${"HTML".padStart(17)}`);
  const cell = (bytes: number, limit: number | undefined) =>
    `${kB(bytes)}/${limit === undefined ? "?" : kB(limit)}${limit !== undefined && bytes > limit ? "!" : ""}`.padStart(
      17,
    );
  for (const page of weights) {
    const rule = pageBudgetFor(budgets, below(page.path));
    console.log(
      `${below(page.path).padEnd(28)} ${cell(total(page.js), rule?.js)} ${cell(total(page.css), rule?.css)} ${cell(page.html, rule?.html)}`,
    );
  }
  return budgetBreaches(weights, budgets, below);
}

if (import.meta.main) {
  const options = checkOptions({ budgets: { type: "string", default: "test/budgets.json" } });
  await runCheck("size budget", () => budgetCheck(options.dist, options.base, String(options.extra.budgets)));
}
