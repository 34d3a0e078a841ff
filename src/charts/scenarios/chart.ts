import type { ChartDefinition } from "../chart";
import { describeScenarios } from "./describe";
import { type ScenariosData, scenariosScene } from "./model";
import { type ScenariosState, scenariosStates, scenariosText } from "./steps";

export const scenariosChart: ChartDefinition<ScenariosData, ScenariosState> = {
  id: "scenarios",
  states: scenariosStates,
  title: scenariosText.title,
  scene: scenariosScene,
  describe: describeScenarios,
};
export default scenariosChart;
