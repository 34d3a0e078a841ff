// The spreads chart's server-rendered frame for every step in both languages, as SVG files under review.
import { describe, expect, it } from "vitest";
import { SERVER_FRAME } from "../../src/charts/chart";
import { sceneToSvg } from "../../src/charts/scene-svg";
import { spreadsChart } from "../../src/charts/spreads/chart";
import { spreadsData } from "../../src/charts/spreads/data";

const data = spreadsData();

describe("spreads chart frames", () => {
  for (const state of spreadsChart.states)
    for (const lang of ["ja", "en"] as const) {
      it(`prints ${state} in ${lang}`, async () => {
        const svg = sceneToSvg(spreadsChart.scene(data, state, SERVER_FRAME, lang), {
          id: `spreads-${state}`,
          className: "chart chart-spreads",
        });
        await expect(svg).toMatchFileSnapshot(`__snapshots__/spreads-${state}-${lang}.svg`);
      });
    }
});
