import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DataError } from "../../../src/data/data-error";
import { datasetIds, loadSources, parseSources, sourceOf } from "../../../src/data/sources";

describe("content/data/sources.json", () => {
  it("has one entry per dataset, each pointing at a file that exists", () => {
    const { datasets } = loadSources();
    expect(datasets.map((d) => d.id).sort()).toEqual([...datasetIds].sort());
    for (const d of datasets) expect(existsSync(`content/data/${d.file}`), d.file).toBe(true);
  });

  it("keeps the ICE BofA spreads out of the downloads and links to FRED instead", () => {
    const oas = sourceOf("corporate-oas");
    expect(oas.downloadable).toBe(false);
    expect(oas.url).toBe("https://fred.stlouisfed.org/series/BAMLC0A0CM");
    expect(
      loadSources()
        .datasets.filter((d) => !d.downloadable)
        .map((d) => d.id),
    ).toEqual(["corporate-oas"]);
  });

  it("records the TIC vintage and the caveats the story relies on, in both languages", () => {
    const tic = sourceOf("tic-holdings");
    expect(tic.vintage).toBe("2026-03-18");
    expect(tic.caveats.length).toBeGreaterThanOrEqual(4);
    expect(tic.caveats.some((c) => c.en.includes("January 2024") && c.ja.includes("2024年1月"))).toBe(true);
    expect(sourceOf("dgs30").caveats[0]?.en).toContain("2002");
    expect(sourceOf("usd-broad-index").caveats.some((c) => c.en.includes("DXY"))).toBe(true);
    expect(sourceOf("treasury-auctions").caveats[0]?.en).toContain("2022");
  });

  it("rejects an entry with a missing field and names it", () => {
    const text = JSON.stringify({
      datasets: loadSources().datasets.map((d) => (d.id === "gold" ? { ...d, downloadable: undefined } : d)),
    });
    expect(() => parseSources(text, "sources.json")).toThrow(DataError);
    expect(() => parseSources(text, "sources.json")).toThrow(/field "datasets\[8\] \(gold\)\.downloadable"/);
  });

  it("rejects a registry that lists a dataset twice", () => {
    const { datasets } = loadSources();
    const text = JSON.stringify({ datasets: [...datasets, datasets[0]] });
    expect(() => parseSources(text, "sources.json")).toThrow(/"tic-holdings" appears 2 times/);
  });

  it("rejects text that is not JSON", () => {
    expect(() => parseSources("{ datasets: ", "sources.json")).toThrow(/^sources\.json: is not valid JSON/);
  });
});
