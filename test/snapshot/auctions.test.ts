// The auction chart's server-rendered frame for every step in both languages, as SVG files under review.
import { describe, expect, it } from "vitest";
import { auctionsChart } from "../../src/charts/auctions/chart";
import { auctionsData } from "../../src/charts/auctions/data";
import { SERVER_FRAME } from "../../src/charts/chart";
import { sceneToSvg } from "../../src/charts/scene-svg";

const data = auctionsData();

describe("auctions chart frames", () => {
  for (const state of auctionsChart.states)
    for (const lang of ["ja", "en"] as const) {
      it(`prints ${state} in ${lang}`, async () => {
        const svg = sceneToSvg(auctionsChart.scene(data, state, SERVER_FRAME, lang), {
          id: `auctions-${state}`,
          className: "chart chart-auctions",
        });
        await expect(svg).toMatchFileSnapshot(`__snapshots__/auctions-${state}-${lang}.svg`);
      });
    }
});
