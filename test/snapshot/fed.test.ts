// The Fed chart's server-rendered frame for every step in both languages, as SVG files under review.
import { describe, expect, it } from "vitest";
import { SERVER_FRAME } from "../../src/charts/chart";
import { fedChart } from "../../src/charts/fed/chart";
import { fedData } from "../../src/charts/fed/data";
import { sceneToSvg } from "../../src/charts/scene-svg";

const data = fedData();

describe("fed chart frames", () => {
  for (const state of fedChart.states)
    for (const lang of ["ja", "en"] as const) {
      it(`prints ${state} in ${lang}`, async () => {
        const svg = sceneToSvg(fedChart.scene(data, state, SERVER_FRAME, lang), {
          id: `fed-${state}`,
          className: "chart chart-fed",
        });
        await expect(svg).toMatchFileSnapshot(`__snapshots__/fed-${state}-${lang}.svg`);
      });
    }
});
