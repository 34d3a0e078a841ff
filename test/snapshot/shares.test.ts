// The shares chart's server-rendered frame for every step in both languages, as SVG files under review.
import { describe, expect, it } from "vitest";
import { SERVER_FRAME } from "../../src/charts/chart";
import { sceneToSvg } from "../../src/charts/scene-svg";
import { sharesChart } from "../../src/charts/shares/chart";
import { sharesData } from "../../src/charts/shares/data";

const data = sharesData();

describe("shares chart frames", () => {
  for (const state of sharesChart.states)
    for (const lang of ["ja", "en"] as const) {
      it(`prints ${state} in ${lang}`, async () => {
        const svg = sceneToSvg(sharesChart.scene(data, state, SERVER_FRAME, lang), {
          id: `shares-${state}`,
          className: "chart chart-shares",
        });
        await expect(svg).toMatchFileSnapshot(`__snapshots__/shares-${state}-${lang}.svg`);
      });
    }
});
