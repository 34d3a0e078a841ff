import type { ChartDefinition } from "../chart";
import { type SpreadsData, describeSpreads, spreadsScene } from "./model";
import { spreadsProbe } from "./probe";
import { type SpreadsState, spreadsStates, spreadsText } from "./steps";

export const spreadsChart: ChartDefinition<SpreadsData, SpreadsState> = {
  id: "spreads",
  states: spreadsStates,
  title: spreadsText.title,
  scene: spreadsScene,
  describe: describeSpreads,
  probe: spreadsProbe,
};
export default spreadsChart;
