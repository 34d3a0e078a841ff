import type { ChartDefinition } from "../chart";
import { describeQe } from "./describe";
import { type QeData, qeScene } from "./model";
import { type QeChartState, qeStates, qeText } from "./steps";

export const qeChart: ChartDefinition<QeData, QeChartState> = {
  id: "qe",
  states: qeStates,
  title: qeText.title,
  scene: qeScene,
  describe: describeQe,
};
export default qeChart;
