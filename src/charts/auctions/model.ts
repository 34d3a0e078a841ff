// Auction chart, pure: data + step + size -> scene, and the words that describe each step.
import type { Lang } from "../../i18n/locales";
import type { Scene, Size } from "../scene";
import type { AuctionsData } from "./auctions-data";
import { explainerScene } from "./explainer-view";
import { type AuctionsState, auctionsStepSpecs } from "./steps";
import { stripScene } from "./strip-view";

export type { AuctionPoint, AuctionsData, TenorAuctions } from "./auctions-data";
export { describeAuctions } from "./describe";

export function auctionsScene(data: AuctionsData, state: AuctionsState, size: Size, lang: Lang): Scene {
  return auctionsStepSpecs[state].view === "explainer"
    ? explainerScene(data, state, size, lang)
    : stripScene(data, state, size, lang);
}
