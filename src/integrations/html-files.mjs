// The HTML files of a finished build, for the integrations that adjust pages after Astro has written them.
import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** Every .html file below `dir` (a path), at any depth. */
export async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".html")).map((e) => join(e.parentPath, e.name));
}
