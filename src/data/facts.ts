// The fact registry: every figure the prose prints, computed at build time from content/data.
// Prose writes <Fact id="..." />; an id not listed here stops the build.
import type { Fact } from "./fact.ts";
import { articleFacts } from "./fact-groups/article.ts";
import { auctionFacts } from "./fact-groups/auctions.ts";
import { fedFacts } from "./fact-groups/fed.ts";
import { goldFacts } from "./fact-groups/gold.ts";
import { holdingsFacts } from "./fact-groups/holdings.ts";
import { spreadFacts } from "./fact-groups/spreads.ts";
import { yieldFacts } from "./fact-groups/yields.ts";

export type { Fact, FactKind, AmountUnit } from "./fact.ts";

const definitions = {
  ...holdingsFacts,
  ...yieldFacts,
  ...auctionFacts,
  ...spreadFacts,
  ...fedFacts,
  ...goldFacts,
  ...articleFacts,
};

/** Every fact id prose may use (kebab-case, see the fact contract). */
export type FactId = keyof typeof definitions;

export const factIds = Object.keys(definitions) as FactId[];

const computed = new Map<FactId, Fact>();

/** The fact's value, computed once per build. Throws a DataError when its data is missing. */
export function getFact(id: FactId): Fact {
  let fact = computed.get(id);
  if (!fact) {
    fact = definitions[id]();
    computed.set(id, fact);
  }
  return fact;
}

/** All facts, e.g. for the data page or a check that every fact computes. */
export function allFacts(): Record<FactId, Fact> {
  return Object.fromEntries(factIds.map((id) => [id, getFact(id)])) as Record<FactId, Fact>;
}

export function isFactId(id: string): id is FactId {
  return Object.hasOwn(definitions, id);
}
