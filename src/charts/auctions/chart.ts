import type { ChartDefinition } from "../chart";
import { type AuctionsData, auctionsScene, describeAuctions } from "./model";
import { type AuctionsState, auctionsStates, auctionsText } from "./steps";

export const auctionsChart: ChartDefinition<AuctionsData, AuctionsState> = {
  id: "auctions",
  states: auctionsStates,
  title: auctionsText.title,
  scene: auctionsScene,
  describe: describeAuctions,
};
export default auctionsChart;
