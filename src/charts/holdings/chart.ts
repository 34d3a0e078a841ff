import type { ChartDefinition } from "../chart";
import { type HoldingsData, describeHoldings, holdingsScene } from "./model";
import { holdingsProbe } from "./probe";
import { type HoldingsState, holdingsStates, holdingsText } from "./steps";

export const holdingsChart: ChartDefinition<HoldingsData, HoldingsState> = {
  id: "holdings",
  states: holdingsStates,
  title: holdingsText.title,
  scene: holdingsScene,
  describe: describeHoldings,
  probe: holdingsProbe,
};
export default holdingsChart;
