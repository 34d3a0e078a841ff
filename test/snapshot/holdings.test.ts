// The holdings chart's server-rendered frame for every step in both languages, as SVG files under review.
import { describe, expect, it } from "vitest";
import { SERVER_FRAME } from "../../src/charts/chart";
import { holdingsChart } from "../../src/charts/holdings/chart";
import { holdingsData } from "../../src/charts/holdings/data";
import { sceneToSvg } from "../../src/charts/scene-svg";

const data = holdingsData();

describe("holdings chart frames", () => {
  for (const state of holdingsChart.states)
    for (const lang of ["ja", "en"] as const) {
      it(`prints ${state} in ${lang}`, async () => {
        const svg = sceneToSvg(holdingsChart.scene(data, state, SERVER_FRAME, lang), {
          id: `holdings-${state}`,
          className: "chart chart-holdings",
        });
        await expect(svg).toMatchFileSnapshot(`__snapshots__/holdings-${state}-${lang}.svg`);
      });
    }
});
