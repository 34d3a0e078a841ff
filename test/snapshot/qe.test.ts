// The QE chart's server-rendered frame for every step in both languages, and the explorer's first frame at a
// phone's and a desktop's width, as SVG files under review.
import { describe, expect, it } from "vitest";
import { SERVER_FRAME } from "../../src/charts/chart";
import { qeChart } from "../../src/charts/qe/chart";
import { qeData } from "../../src/charts/qe/data";
import { qeExplorerScene } from "../../src/charts/qe/explorer-scene";
import { qeStoryStates } from "../../src/charts/qe/story-states";
import { sceneToSvg } from "../../src/charts/scene-svg";

const data = qeData();

describe("QE chart frames", () => {
  for (const state of qeChart.states)
    for (const lang of ["ja", "en"] as const) {
      it(`prints ${state} in ${lang}`, async () => {
        const svg = sceneToSvg(qeChart.scene(data, state, SERVER_FRAME, lang), {
          id: `qe-${state}`,
          className: "chart chart-qe",
        });
        await expect(svg).toMatchFileSnapshot(`__snapshots__/qe-${state}-${lang}.svg`);
      });
    }
});

describe("QE explorer first frame", () => {
  const first = qeStoryStates[0]!.model;
  for (const width of [360, 760])
    for (const lang of ["ja", "en"] as const) {
      it(`prints the explorer at ${width} px in ${lang}`, async () => {
        const svg = sceneToSvg(qeExplorerScene(first, width, lang), {
          id: `qe-explorer-${width}`,
          className: "chart chart-qe",
        });
        await expect(svg).toMatchFileSnapshot(`__snapshots__/qe-explorer-${width}-${lang}.svg`);
      });
    }
});
