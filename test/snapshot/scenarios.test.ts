// The scenarios graphic's server-rendered frame for every step in both languages, as SVG files under review.
import { describe, expect, it } from "vitest";
import { SERVER_FRAME } from "../../src/charts/chart";
import { scenariosChart } from "../../src/charts/scenarios/chart";
import { sceneToSvg } from "../../src/charts/scene-svg";

describe("scenarios chart frames", () => {
  for (const state of scenariosChart.states)
    for (const lang of ["ja", "en"] as const) {
      it(`prints ${state} in ${lang}`, async () => {
        const svg = sceneToSvg(scenariosChart.scene({}, state, SERVER_FRAME, lang), {
          id: `scenarios-${state}`,
          className: "chart chart-scenarios",
        });
        await expect(svg).toMatchFileSnapshot(`__snapshots__/scenarios-${state}-${lang}.svg`);
      });
    }
});
