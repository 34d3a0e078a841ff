// Validates every built page with html-validate (settings: ./html-validate.config.ts): zero errors.
// Usage: node test/checks/html.ts [--dist dist] [--base /]
import { readFileSync } from "node:fs";
import { HtmlValidate, StaticConfigLoader, type Message } from "html-validate";
import { checkOptions, runCheck } from "./cli.ts";
import { htmlValidateConfig } from "./html-validate.config.ts";
import { builtSite, htmlPages } from "./site.ts";

export interface HtmlProblem {
  page: string;
  message: Message;
}

export async function validatePages(dist: string, base: string): Promise<HtmlProblem[]> {
  const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));
  const problems: HtmlProblem[] = [];
  for (const page of htmlPages(builtSite(dist, base))) {
    const report = await validator.validateString(readFileSync(page.file, "utf8"), page.file);
    for (const result of report.results) {
      for (const message of result.messages) problems.push({ page: page.path, message });
    }
  }
  return problems;
}

/** One line per problem, and a count per rule first so a reader sees what to fix where. */
export function describeProblems(problems: HtmlProblem[]): string[] {
  const byRule = new Map<string, Set<string>>();
  for (const { page, message } of problems) {
    byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? new Set()).add(page));
  }
  const summary = [...byRule].map(
    ([rule, pages]) => `${rule}: on ${pages.size} page${pages.size === 1 ? "" : "s"}`,
  );
  const details = problems.map(
    ({ page, message: m }) =>
      `${page} ${m.line}:${m.column} [${m.ruleId}] ${m.message} (at ${m.selector ?? "?"})`,
  );
  return [...summary, ...details];
}

if (import.meta.main) {
  const options = checkOptions();
  await runCheck(`HTML validation of ${options.dist}`, async () =>
    describeProblems(await validatePages(options.dist, options.base)),
  );
}
