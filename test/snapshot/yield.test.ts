// The yield chart's server-rendered frame for every step in both languages, as SVG files under review.
import { describe, expect, it } from "vitest";
import { SERVER_FRAME } from "../../src/charts/chart";
import { sceneToSvg } from "../../src/charts/scene-svg";
import { yieldChart } from "../../src/charts/yield/chart";
import { yieldData } from "../../src/charts/yield/data";

const data = yieldData();

describe("yield chart frames", () => {
  for (const state of yieldChart.states)
    for (const lang of ["ja", "en"] as const) {
      it(`prints ${state} in ${lang}`, async () => {
        const svg = sceneToSvg(yieldChart.scene(data, state, SERVER_FRAME, lang), {
          id: `yield-${state}`,
          className: "chart chart-yield",
        });
        await expect(svg).toMatchFileSnapshot(`__snapshots__/yield-${state}-${lang}.svg`);
      });
    }
});
