// Builds the site for hosting under a sub-path (BASE=/explainer/ by default) into its own folder and checks
// that every link, asset, CSV download and sitemap URL in it resolves under that path. The browser half of
// the check is test/e2e/subpath.spec.ts, which serves this build under the same path.
// Usage: node test/checks/subpath.ts [--dist dist-subpath] [--base /explainer/] [--no-build]
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkOptions, runCheck } from "./cli.ts";
import { checkLinks } from "./links.ts";
import { builtSite, normaliseBase } from "./site.ts";

export const SUBPATH_DIST = "dist-subpath";
export const SUBPATH_BASE = "/explainer/";

const astro = fileURLToPath(new URL("../../node_modules/astro/bin/astro.mjs", import.meta.url));

/** `astro build` with BASE set, on the Node running this script (the project's pinned Node). */
export function buildUnderBase(dist: string, base: string): string[] {
  rmSync(dist, { recursive: true, force: true });
  const build = spawnSync(process.execPath, [astro, "build", "--outDir", dist], {
    env: { ...process.env, BASE: normaliseBase(base) },
    encoding: "utf8",
  });
  if (build.status === 0) return [];
  return [`astro build with BASE=${base} failed:\n${build.stdout}\n${build.stderr}`];
}

if (import.meta.main) {
  const options = checkOptions(
    { build: { type: "boolean", default: true } },
    { dist: SUBPATH_DIST, base: SUBPATH_BASE },
  );
  const { dist, base } = options;
  if (options.extra.build !== false) {
    const built = await runCheck(`build under ${base} into ${dist}`, async () => buildUnderBase(dist, base));
    if (!built) process.exit();
  }
  await runCheck(`internal links in ${dist} (base ${base})`, async () => {
    const result = await checkLinks(builtSite(dist, base));
    console.log(
      `  ${result.internal} internal references checked, ${result.external} external ones not fetched`,
    );
    return result.problems;
  });
}
