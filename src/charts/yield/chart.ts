import type { ChartDefinition } from "../chart";
import { type YieldData, describeYield, yieldScene } from "./model";
import { yieldProbe } from "./probe";
import { type YieldState, yieldStates, yieldText } from "./steps";

export const yieldChart: ChartDefinition<YieldData, YieldState> = {
  id: "yield",
  states: yieldStates,
  title: yieldText.title,
  scene: yieldScene,
  describe: describeYield,
  probe: yieldProbe,
};
export default yieldChart;
