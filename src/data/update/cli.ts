// `npm run data:update [-- --only dgs10,tic-holdings] [-- --dry-run]`: refresh content/data from the
// official sources. Run from the project root.
import { parseArgs } from "node:util";
import { DataError } from "../data-error.ts";
import { datasetIds, type DatasetId } from "../sources.ts";
import { UpdateError } from "./fetch-text.ts";
import { refreshable, updateData } from "./run.ts";

function parseOnly(value: string | undefined): DatasetId[] | undefined {
  if (value === undefined) return undefined;
  const ids = value.split(",").map((s) => s.trim());
  for (const id of ids) {
    if (!(refreshable as string[]).includes(id)) {
      const known = (datasetIds as readonly string[]).includes(id)
        ? "is not refreshed automatically"
        : "is not a dataset id";
      throw new UpdateError(`--only: "${id}" ${known}. Refreshable: ${refreshable.join(", ")}`);
    }
  }
  return ids as DatasetId[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: "string" }, "dry-run": { type: "boolean" } } });
  const only = parseOnly(values.only);
  const results = await updateData({
    fetcher: (url) => fetch(url),
    root: process.cwd(),
    today: new Date().toISOString().slice(0, 10),
    ...(only ? { only } : {}),
    ...(values["dry-run"] ? { dryRun: true } : {}),
  });
  for (const r of results)
    console.log(`${values["dry-run"] ? "checked" : "wrote"} content/data/${r.file} (${r.rows} rows)`);
  console.log(
    "Not refreshed: gold_price_monthly.csv (World Bank Excel workbook; update by hand) and article_figures.csv.",
  );
}

main().catch((error: unknown) => {
  if (error instanceof UpdateError || error instanceof DataError) {
    console.error(`data:update failed: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
