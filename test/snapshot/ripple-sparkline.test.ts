// The gold sparkline on chapter 7's central-banks card, as the server prints it, in both languages.
import { describe, expect, it } from "vitest";
import { sceneToSvg } from "../../src/charts/scene-svg";
import { comparisonMonth, goldSeriesSince } from "../../src/components/ripple-cards/gold-series";
import {
  SPARK_SIZE,
  describeGoldSparkline,
  goldSparkline,
} from "../../src/components/ripple-cards/gold-sparkline";

const series = goldSeriesSince();
const marked = comparisonMonth();

describe("gold sparkline", () => {
  for (const lang of ["ja", "en"] as const) {
    it(`prints the sparkline in ${lang}`, async () => {
      const svg = sceneToSvg(goldSparkline(series, marked, SPARK_SIZE, lang), {
        id: `ripple-gold-${lang}`,
        className: "ripple-spark__svg",
        label: describeGoldSparkline(series, marked, lang),
      });
      await expect(svg).toMatchFileSnapshot(`__snapshots__/ripple-sparkline-${lang}.svg`);
    });
  }
});
