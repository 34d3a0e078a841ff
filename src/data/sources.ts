// The registry of datasets (content/data/sources.json): what each file is, who publishes it, where to
// check it, its terms and its caveats, in both languages. Validated here so a typo stops the build.
import { z } from "astro/zod";
import { DataError } from "./data-error.ts";
import { displayPath, readDataText } from "./paths.ts";

export const SOURCES_FILE = "sources.json";

/** Every dataset the site uses; a Fact's `source` and a chart's `datasets` name one of these. */
export const datasetIds = [
  "tic-holdings",
  "dgs10",
  "dgs2",
  "dgs30",
  "fed-balance-sheet",
  "corporate-oas",
  "treasury-auctions",
  "usd-broad-index",
  "gold",
  "fed-programmes",
  "article-figures",
] as const;
export type DatasetId = (typeof datasetIds)[number];

/** The same text in English and Japanese. */
const localized = z
  .object({
    /** English. */
    en: z.string().min(1),
    /** Japanese. */
    ja: z.string().min(1),
  })
  .strict();

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be written YYYY-MM-DD");

const dataset = z
  .object({
    /** Stable id, used by facts (`source`) and charts (`datasets`). */
    id: z.enum(datasetIds),
    /** The CSV file under content/data. */
    file: z.string().regex(/^[a-z0-9_]+\.csv$/),
    /** What the series is, as a chart footer or the data page names it. */
    title: localized,
    /** Who publishes the data (and through whom it was obtained, e.g. FRED). */
    publisher: localized,
    /** The publisher's identifiers: FRED series ids, the TIC file name, the Fiscal Data endpoint. */
    seriesIds: z.array(z.string().min(1)).min(1),
    /** The official page a reader can check the numbers on; null only for the article, whose address is not known. */
    url: z.url().nullable(),
    /** Machine-readable addresses `npm run data:update` fetches; empty when the file is not refreshed automatically. */
    dataUrls: z.array(z.url()),
    /** The publisher's release this copy reflects (YYYY-MM-DD), when the publisher dates it; otherwise null. */
    vintage: isoDate.nullable(),
    /** The day this copy was obtained (YYYY-MM-DD); null for the article. The update step rewrites it. */
    retrieved: isoDate.nullable(),
    /** The public copy the file was taken from, or null when it was fetched from the publisher directly. */
    via: z
      .object({
        /** GitHub `owner/name`. */
        repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
        /** Paths of the files read inside that repository. */
        paths: z.array(z.string().min(1)).min(1),
        /** The commit they were read from. */
        commit: z.string().regex(/^[0-9a-f]{40}$/),
      })
      .strict()
      .nullable(),
    /** Units of the values in the file. */
    units: localized,
    /** Terms of use, and how to cite. */
    licence: localized,
    /** Whether the site may offer the file for download; false when the owner's terms forbid redistribution. */
    downloadable: z.boolean(),
    /** What a reader must know before drawing conclusions from the series. */
    caveats: z.array(localized),
    /** Short attribution for chart footers. */
    citation: localized,
  })
  .strict();

export type DatasetSource = z.infer<typeof dataset>;

/** The whole registry: exactly one entry per dataset id. */
export const sourcesSchema = z
  .object({
    /** One entry per dataset, in the order the data page lists them. */
    datasets: z.array(dataset),
  })
  .strict()
  .superRefine(({ datasets }, ctx) => {
    for (const id of datasetIds) {
      const count = datasets.filter((d) => d.id === id).length;
      if (count !== 1)
        ctx.addIssue({
          code: "custom",
          message: `dataset "${id}" appears ${count} times; it must appear once`,
        });
    }
  });

export type Sources = z.infer<typeof sourcesSchema>;

/** Parses sources.json text; throws a DataError naming the field at fault. */
export function parseSources(text: string, file: string): Sources {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataError(
      { file },
      `is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const parsed = sourcesSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `field "${describePath(issue.path, json)}"` : "the top level";
    throw new DataError({ file }, `${where}: ${issue?.message ?? "does not match the schema"}`);
  }
  return parsed.data;
}

/** `datasets.5.url` -> `datasets[5] (corporate-oas).url`, so the entry can be found without counting. */
function describePath(path: ReadonlyArray<PropertyKey>, json: unknown): string {
  const [first, index, ...rest] = path;
  if (first === "datasets" && typeof index === "number") {
    const entries = (json as { datasets?: unknown }).datasets;
    const entry = Array.isArray(entries) ? (entries[index] as { id?: unknown } | undefined) : undefined;
    const label = typeof entry?.id === "string" ? ` (${entry.id})` : "";
    return [`datasets[${index}]${label}`, ...rest.map(String)].join(".");
  }
  return path.map(String).join(".");
}

let cache: Sources | undefined;

/** content/data/sources.json, read once per build. */
export function loadSources(): Sources {
  if (cache) return cache;
  const text = readDataText(SOURCES_FILE);
  if (text === undefined) throw new DataError({ file: displayPath(SOURCES_FILE) }, "is missing");
  cache = parseSources(text, displayPath(SOURCES_FILE));
  return cache;
}

/** The registry entry of one dataset. */
export function sourceOf(id: DatasetId): DatasetSource {
  const found = loadSources().datasets.find((d) => d.id === id);
  if (!found) throw new DataError({ file: displayPath(SOURCES_FILE) }, `has no entry for "${id}"`);
  return found;
}
