// The build checks npm test runs after `astro build`: size budgets, HTML validation and internal links, all on
// one build folder. Every check runs even when an earlier one fails, so one run shows everything to fix.
// Usage: node test/checks/run.ts [--dist dist] [--base /]
import { budgetCheck } from "./budget.ts";
import { checkOptions, runCheck } from "./cli.ts";
import { describeProblems, validatePages } from "./html.ts";
import { checkLinks } from "./links.ts";
import { builtSite } from "./site.ts";

const options = checkOptions({ budgets: { type: "string", default: "test/budgets.json" } });
const { dist, base } = options;
await runCheck(`size budget of ${dist}`, () => budgetCheck(dist, base, String(options.extra.budgets)));
await runCheck(`HTML validation of ${dist}`, async () => describeProblems(await validatePages(dist, base)));
await runCheck(
  `internal links in ${dist} (base ${base})`,
  async () => (await checkLinks(builtSite(dist, base))).problems,
);
