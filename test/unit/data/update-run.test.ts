import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseSources } from "../../../src/data/sources";
import { UpdateError, type Fetcher } from "../../../src/data/update/fetch-text";
import { updateData } from "../../../src/data/update/run";
import { fixture } from "./fixture";

let root: string;
const dataFile = (name: string) => readFileSync(path.join(root, "content/data", name), "utf8");

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "data-update-"));
  cpSync("content/data", path.join(root, "content/data"), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A fetch that answers from fixtures, as the official servers would. */
const fromFixtures: Fetcher = async (url) => {
  const u = new URL(url);
  const name = u.hostname.startsWith("ticdata")
    ? "tic_mfhhis01.txt"
    : u.hostname.startsWith("fred")
      ? `fred_${u.searchParams.get("id")}.csv`
      : `fiscal_auctions_page${u.searchParams.get("page[number]")}.json`;
  return { ok: true, status: 200, statusText: "OK", text: async () => fixture(name) };
};

describe("npm run data:update", () => {
  it("fails with a clear message when offline, and changes no file", async () => {
    const before = dataFile("dgs10_daily.csv");
    const offline: Fetcher = () =>
      Promise.reject(new TypeError("fetch failed", { cause: new Error("getaddrinfo ENOTFOUND") }));
    const run = updateData({ fetcher: offline, root, today: "2026-07-01" });
    await expect(run).rejects.toBeInstanceOf(UpdateError);
    await expect(updateData({ fetcher: offline, root, today: "2026-07-01" })).rejects.toThrow(
      /Could not reach ticdata\.treasury\.gov .*getaddrinfo ENOTFOUND.*Are you offline\?.*no file was changed/,
    );
    expect(dataFile("dgs10_daily.csv")).toBe(before);
  });

  it("reports a server error with its status", async () => {
    const down: Fetcher = async () => ({
      ok: false,
      status: 503,
      statusText: "Service Unavailable",
      text: async () => "",
    });
    await expect(updateData({ fetcher: down, root, today: "2026-07-01", only: ["dgs10"] })).rejects.toThrow(
      /fredgraph\.csv\?id=DGS10 answered 503 Service Unavailable/,
    );
  });

  it("writes validated files and stamps their retrieval date in sources.json", async () => {
    const results = await updateData({
      fetcher: fromFixtures,
      root,
      today: "2026-07-01",
      only: ["tic-holdings", "corporate-oas", "treasury-auctions"],
    });
    expect(results.map((r) => r.id)).toEqual(["tic-holdings", "corporate-oas", "treasury-auctions"]);
    expect(dataFile("tic_major_foreign_holders.csv")).toBe(
      readFileSync("content/data/tic_major_foreign_holders.csv", "utf8"),
    );
    expect(dataFile("treasury_auctions.csv")).toBe(fixture("auctions_ok.csv"));
    // The spread history before the fetched window is kept.
    expect(dataFile("ig_corporate_oas_daily.csv").split("\n")[1]).toBe("1996-12-31,0.6,3.13");

    const sources = parseSources(dataFile("sources.json"), "sources.json");
    const entry = (id: string) => sources.datasets.find((d) => d.id === id)!;
    expect(entry("tic-holdings")).toMatchObject({
      retrieved: "2026-07-01",
      vintage: "2026-03-18",
      via: null,
    });
    expect(entry("dgs10").retrieved).toBe("2026-03-25"); // not refreshed in this run
    // ICE's terms still forbid redistribution, refreshed or not.
    expect(entry("corporate-oas")).toMatchObject({ retrieved: "2026-07-01", downloadable: false });
  });

  it("checks but writes nothing on a dry run", async () => {
    const before = dataFile("treasury_auctions.csv");
    const results = await updateData({
      fetcher: fromFixtures,
      root,
      today: "2026-07-01",
      only: ["treasury-auctions"],
      dryRun: true,
    });
    expect(results[0]?.rows).toBe(10);
    expect(dataFile("treasury_auctions.csv")).toBe(before);
  });
});
