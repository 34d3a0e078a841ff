// The command line every build check shares: --dist and --base options, and one way of reporting problems.
import { parseArgs, type ParseArgsOptionsConfig } from "node:util";

export interface CheckOptions {
  dist: string;
  base: string;
  extra: Record<string, string | boolean | undefined>;
}

export function checkOptions(
  extra: ParseArgsOptionsConfig = {},
  defaults: { dist: string; base: string } = { dist: "dist", base: "/" },
): CheckOptions {
  const { values } = parseArgs({
    options: {
      dist: { type: "string", default: defaults.dist },
      base: { type: "string", default: defaults.base },
      ...extra,
    },
    allowNegative: true,
  });
  const { dist, base, ...rest } = values as Record<string, string | boolean | undefined>;
  return { dist: String(dist), base: String(base), extra: rest };
}

/** Runs one check, prints its problems (or that there are none) and its time; a problem fails the process. */
export async function runCheck(name: string, check: () => Promise<string[]>): Promise<boolean> {
  const started = performance.now();
  let problems: string[];
  try {
    problems = await check();
  } catch (error) {
    problems = [error instanceof Error ? error.message : String(error)];
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (problems.length === 0) {
    console.log(`✓ ${name}: no problems (${seconds} s)`);
    return true;
  }
  console.error(`✗ ${name}: ${problems.length} problem${problems.length === 1 ? "" : "s"} (${seconds} s)`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exitCode = 1;
  return false;
}
