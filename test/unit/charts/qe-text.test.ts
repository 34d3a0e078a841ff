// The QE chart in words: each step's description quotes the teaching model's own numbers in both languages,
// and the data table and CSV say they are model outputs and carry exactly what is drawn.
import { describe, expect, it } from "vitest";
import qeEntry from "../../../src/charts/qe";
import { qeChart } from "../../../src/charts/qe/chart";
import { qeData } from "../../../src/charts/qe/data";
import { storyModels } from "../../../src/charts/qe/model";
import { qeStoryStates } from "../../../src/charts/qe/story-states";
import { qeCsv, qeTable } from "../../../src/charts/qe/table";
import { csvText } from "../../../src/charts/csv";

const data = qeData();
const models = storyModels(data);
const describeIn = (state: (typeof qeChart.states)[number], lang: "en" | "ja") =>
  qeChart.describe(data, state, lang);

describe("describeQe", () => {
  it("says how much is sold and where the price falls to, in both languages", () => {
    expect(describeIn("sellers", "en")).toContain("$200bn");
    expect(describeIn("sellers", "ja")).toContain("2000億ドル");
    for (const lang of ["en", "ja"] as const) {
      expect(describeIn("sellers", lang)).toContain(models.sellers.market.price.toFixed(1));
      expect(describeIn("sellers", lang)).toContain(models.sellers.market.baselinePrice.toFixed(1));
    }
  });

  it("gives the yield the bond maths computes for the lower price", () => {
    const rate = `${(models["price-yield"].market.yieldRate * 100).toFixed(2)}%`;
    expect(describeIn("price-yield", "en")).toContain(rate);
    expect(describeIn("price-yield", "ja")).toContain(rate);
    expect(describeIn("price-yield", "en")).toContain("+50 bp");
  });

  it("follows the Fed's purchase into both balance sheets", () => {
    expect(describeIn("new-reserves", "en")).toMatch(/Treasuries rise by \$100bn to \$4,300bn/);
    expect(describeIn("new-reserves", "en")).toMatch(/reserves rise by \$100bn to \$3,300bn/);
    expect(describeIn("new-reserves", "ja")).toContain("1000億ドル増えて4.3兆ドル");
  });

  it("says how much the announcement holds back and that the rest is met", () => {
    expect(describeIn("confidence", "en")).toContain("$100bn of the $200bn of sell orders are held back");
    expect(describeIn("confidence", "en")).toContain("all met by the Fed");
  });

  it("compares a company's borrowing cost in the panic and now", () => {
    for (const lang of ["en", "ja"] as const) {
      const text = describeIn("ripple", lang);
      expect(text).toContain(`${(models.sellers.ripple.corporateYield * 100).toFixed(2)}%`);
      expect(text).toContain(`${(models.ripple.ripple.corporateYield * 100).toFixed(2)}%`);
    }
  });

  it("describes every step in both languages", () => {
    for (const state of qeChart.states)
      for (const lang of ["en", "ja"] as const) expect(describeIn(state, lang).length).toBeGreaterThan(40);
  });
});

describe("QE table and CSV", () => {
  it("registers with no dataset, since every number is the teaching model's", () => {
    expect(qeEntry.datasets).toEqual([]);
    expect(qeEntry.chart.id).toBe("qe");
  });

  it("labels the first column as model output, not data, in both languages", () => {
    expect(qeTable(data, "en").columns[0]).toContain("teaching-model output, not data");
    expect(qeTable(data, "ja").columns[0]).toContain("学習用モデルの計算結果");
  });

  it("has one row per step with the model's price and yield", () => {
    const table = qeTable(data, "en");
    expect(table.rows).toHaveLength(qeChart.states.length);
    qeStoryStates.forEach((state, i) => {
      expect(table.rows[i]![4]).toBe(state.model.market.price.toFixed(1));
      expect(table.rows[i]![5]).toBe((state.model.market.yieldRate * 100).toFixed(2));
    });
    expect(table.rows.every((row) => row.length === table.columns.length)).toBe(true);
  });

  it("writes the CSV with locale-neutral numbers that match the model", () => {
    const csv = qeCsv(data);
    const text = csvText(csv);
    expect(text.split("\n")[0]).toBe(csv.header.join(","));
    const sellers = csv.rows[0]!;
    expect(sellers[0]).toBe("sellers");
    expect(sellers[4]).toBeCloseTo(models.sellers.market.price, 4);
    expect(sellers[5]).toBeCloseTo(models.sellers.market.yieldRate * 100, 4);
    const reserves = csv.rows[3]!;
    expect(reserves[9]).toBe(models["new-reserves"].fed.liabilities.reserves);
  });
});
