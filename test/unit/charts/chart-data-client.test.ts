import { afterEach, describe, expect, it, vi } from "vitest";
import { loadChartData } from "../../../src/charts/chart-data-client";

afterEach(() => vi.unstubAllGlobals());

describe("loadChartData", () => {
  it("fetches a chart's data once, however many graphics on the page ask for it", async () => {
    const fetch = vi.fn(async () => new Response('{"points":[1,2]}'));
    vi.stubGlobal("fetch", fetch);
    const [a, b] = await Promise.all([loadChartData("/charts/a.json"), loadChartData("/charts/a.json")]);
    expect(a).toEqual({ points: [1, 2] });
    expect(b).toBe(a);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("says which file failed, and tries again next time rather than remembering the failure", async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response("gone", { status: 404 }))
      .mockResolvedValueOnce(new Response("[3]"));
    vi.stubGlobal("fetch", fetch);
    await expect(loadChartData("/charts/b.json")).rejects.toThrow("/charts/b.json: HTTP 404");
    await expect(loadChartData("/charts/b.json")).resolves.toEqual([3]);
  });
});
