// Ranks for "the Nth largest" claims. Ties share a rank: 1 + how many values are strictly better.

/** "largest": 1 = the largest value; "smallest": 1 = the smallest. */
export type RankOrder = "largest" | "smallest";

/** The rank of `value` among `values` (competition ranking: 1, 2, 2, 4). `value` need not be in `values`. */
export function rankOf(values: readonly number[], value: number, order: RankOrder): number {
  let better = 0;
  for (const v of values) if (order === "largest" ? v > value : v < value) better += 1;
  return better + 1;
}

/**
 * Differences of decimal data carry binary noise (4.48 - 4.01 = 0.47000000000000064), which would split
 * ties and misorder ranks. Values in the files have at most a few decimals, so ten places is exact enough.
 */
export function withoutFloatNoise(x: number): number {
  return Math.round(x * 1e10) / 1e10;
}
