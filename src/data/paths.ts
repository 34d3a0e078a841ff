// Where the data files live. Resolved from the working directory, which is the project root under
// `astro build`, vitest and `npm run data:update` alike; module URLs are not used because Astro bundles
// this code into dist/ at build time, where `import.meta.url` no longer points into src/.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** The folder name as it appears in messages, relative to the project root. */
export const DATA_DIR = "content/data";

/** Absolute path of the project's data folder. */
export function dataDirectory(root: string = process.cwd()): string {
  return path.join(root, DATA_DIR);
}

/** How a data file is named in messages: `content/data/<file>`. */
export function displayPath(file: string): string {
  return `${DATA_DIR}/${file}`;
}

/** Reads `content/data/<file>` as UTF-8; a missing file is reported as a DataError-style message by callers. */
export function readDataText(file: string, root: string = process.cwd()): string | undefined {
  const absolute = path.join(dataDirectory(root), file);
  return existsSync(absolute) ? readFileSync(absolute, "utf8") : undefined;
}
