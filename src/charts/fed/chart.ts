import type { ChartDefinition } from "../chart";
import { type FedData, describeFed, fedScene } from "./model";
import { type FedState, fedStates, fedText } from "./steps";

export const fedChart: ChartDefinition<FedData, FedState> = {
  id: "fed",
  states: fedStates,
  title: fedText.title,
  scene: fedScene,
  describe: describeFed,
};
export default fedChart;
