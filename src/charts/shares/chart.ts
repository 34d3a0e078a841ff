import type { ChartDefinition } from "../chart";
import { describeShares } from "./describe";
import { type SharesData, sharesScene } from "./model";
import { sharesProbe } from "./probe";
import { type SharesState, sharesStates, sharesText } from "./steps";

export const sharesChart: ChartDefinition<SharesData, SharesState> = {
  id: "shares",
  states: sharesStates,
  title: sharesText.title,
  scene: sharesScene,
  describe: describeShares,
  probe: sharesProbe,
};
export default sharesChart;
