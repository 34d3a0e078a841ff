// Records in content/data/sources.json what the update step fetched and when: the retrieval date, the
// publisher's vintage where it prints one, and that the copy now comes from the publisher (via: null).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { format, resolveConfig } from "prettier";
import { dataDirectory, displayPath } from "../paths.ts";
import { parseSources, SOURCES_FILE, type DatasetId } from "../sources.ts";

export interface Stamp {
  id: DatasetId;
  vintage: string | null;
}

export async function stampSources(root: string, stamps: readonly Stamp[], today: string): Promise<void> {
  const absolute = path.join(dataDirectory(root), SOURCES_FILE);
  const sources = parseSources(readFileSync(absolute, "utf8"), displayPath(SOURCES_FILE));
  for (const stamp of stamps) {
    const entry = sources.datasets.find((d) => d.id === stamp.id);
    if (!entry) continue;
    entry.retrieved = today;
    entry.vintage = stamp.vintage;
    entry.via = null;
  }
  const json = JSON.stringify(sources, null, 2);
  // Formatted like every other file, so `npm run format:check` stays green after an update.
  const options = (await resolveConfig(absolute)) ?? {};
  writeFileSync(absolute, await format(json, { ...options, filepath: absolute }));
}
