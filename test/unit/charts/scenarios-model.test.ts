// The scenarios graphic step by step: which stage is highlighted, which are dimmed or still empty, the closing
// comparison, the words a screen reader hears, the table, and the chapter's steps in both languages.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scenariosChart } from "../../../src/charts/scenarios/chart";
import { describeScenarios } from "../../../src/charts/scenarios/describe";
import { type ScenariosData, scenariosScene, stageStatus } from "../../../src/charts/scenarios/model";
import {
  type ScenariosState,
  scenarioIds,
  scenarios,
  scenariosStates,
  scenariosText,
} from "../../../src/charts/scenarios/steps";
import { scenariosTable } from "../../../src/charts/scenarios/table";
import type { Mark, TextMark } from "../../../src/charts/scene";

const data: ScenariosData = {};
const langs = ["ja", "en"] as const;
const wide = { width: 768, height: 480 };

const scene = (state: ScenariosState, lang: "ja" | "en" = "en", size = wide) =>
  scenariosScene(data, state, size, lang);
const classesOf = (mark: Mark | undefined) => (mark?.className ?? "").split(" ");
const byKey = (marks: Mark[], key: string) => marks.find((m) => m.key === key);
const texts = (marks: Mark[], prefix: string) =>
  marks.filter((m): m is TextMark => m.kind === "text" && m.key.startsWith(prefix)).map((m) => m.text);

describe("stageStatus", () => {
  it("tells scenario 1 first: the step's stage is current, earlier ones past, later ones and scenario 2 future", () => {
    expect([1, 2, 3, 4].map((n) => stageStatus("s1-calm", "s1", n))).toEqual([
      "past",
      "current",
      "future",
      "future",
    ]);
    expect([1, 2, 3, 4, 5].every((n) => stageStatus("s1-precedent", "s2", n) === "future")).toBe(true);
  });

  it("keeps scenario 1 told (dimmed) while scenario 2 is read", () => {
    expect([1, 2, 3, 4].every((n) => stageStatus("s2-selling", "s1", n) === "past")).toBe(true);
    expect([1, 2, 3, 4, 5].map((n) => stageStatus("s2-qe-grows", "s2", n))).toEqual([
      "past",
      "past",
      "current",
      "future",
      "future",
    ]);
  });

  it("shows every stage of both roads in the comparison, none highlighted", () => {
    for (const id of scenarioIds)
      for (const [i] of scenarios[id].stages.entries())
        expect(stageStatus("compare", id, i + 1)).toBe("done");
  });
});

describe("scenarios scene", () => {
  it("highlights exactly the step's stage, and only it", () => {
    const expected: Record<ScenariosState, string | undefined> = {
      "s1-act": "sc-s1-1-box",
      "s1-calm": "sc-s1-2-box",
      "s1-technical": "sc-s1-3-box",
      "s1-precedent": "sc-s1-4-box",
      "s2-selling": "sc-s2-1-box",
      "s2-fragments": "sc-s2-2-box",
      "s2-qe-grows": "sc-s2-3-box",
      "s2-repriced": "sc-s2-4-box",
      "s2-costs": "sc-s2-5-box",
      compare: undefined,
    };
    for (const state of scenariosStates) {
      const current = scene(state).marks.filter(
        (m) => m.key.endsWith("-box") && classesOf(m).includes("is-current"),
      );
      expect(
        current.map((m) => m.key),
        state,
      ).toEqual(expected[state] ? [expected[state]] : []);
    }
  });

  it("writes a stage's words only once it is reached; later stages are empty outlines", () => {
    const marks = scene("s2-fragments").marks;
    expect(texts(marks, "sc-s2-2-label").join(" ")).toBe(scenarios.s2.stages[1]!.label.en);
    expect(texts(marks, "sc-s2-3-label")).toEqual([]);
    expect(classesOf(byKey(marks, "sc-s2-3-box"))).toContain("is-future");
    expect(texts(marks, "sc-s1-4-label").join(" ")).toBe(scenarios.s1.stages[3]!.label.en);
    expect(classesOf(byKey(marks, "sc-s1-4-box"))).toContain("is-past");
  });

  it("marks the arrow into the current stage, and leaves arrows not yet travelled quiet", () => {
    const marks = scene("s1-technical").marks;
    expect(classesOf(byKey(marks, "sc-s1-arrow-2"))).toContain("is-current");
    expect(classesOf(byKey(marks, "sc-s1-arrow-1"))).toContain("is-past");
    expect(classesOf(byKey(marks, "sc-s1-arrow-3"))).toContain("is-future");
  });

  it("ends with both roads complete under the article's framing", () => {
    for (const lang of langs) {
      const marks = scene("compare", lang).marks;
      const labels = marks.filter((m) => m.key.includes("-label-"));
      expect(new Set(labels.map((m) => m.key.replace(/-label-\d+$/, ""))).size).toBe(9);
      expect(texts(marks, "sc-banner-text").join(lang === "ja" ? "" : " ")).toBe(
        scenariosText.bothAssume[lang],
      );
    }
    for (const state of scenariosStates.filter((s) => s !== "compare"))
      expect(byKey(scene(state).marks, "sc-banner"), state).toBeUndefined();
  });

  it("gives every mark a unique key, and keeps a box's key from step to step so it morphs", () => {
    for (const state of scenariosStates)
      for (const lang of langs) {
        const keys = scene(state, lang).marks.map((m) => m.key);
        expect(new Set(keys).size, `${state} ${lang}`).toBe(keys.length);
      }
    const boxKeys = (state: ScenariosState) =>
      scene(state)
        .marks.filter((m) => m.key.endsWith("-box"))
        .map((m) => m.key);
    for (const state of scenariosStates) expect(boxKeys(state)).toEqual(boxKeys("s1-act"));
  });

  it("draws boxes as paths with the same commands at every size, so they morph rather than jump", () => {
    const commands = (d: string) => d.replace(/[-\d.,\s]+/g, "");
    const a = byKey(scene("s1-act", "en", { width: 375, height: 344 }).marks, "sc-s1-1-box");
    const b = byKey(scene("s1-calm", "en", { width: 1280, height: 600 }).marks, "sc-s1-1-box");
    expect(a?.kind === "path" && b?.kind === "path" && commands(a.d) === commands(b.d)).toBe(true);
  });

  it("prints no figures: the article gives the scenarios no numbers, only stage and scenario numbers appear", () => {
    for (const state of scenariosStates)
      for (const lang of langs)
        for (const mark of scene(state, lang).marks) {
          if (mark.kind !== "text") continue;
          const allowed =
            mark.key.endsWith("-number") || mark.key.includes("kicker") || mark.key.includes("fold");
          if (!allowed) expect(mark.text, `${state} ${lang} ${mark.key}`).not.toMatch(/\d/);
        }
  });
});

/** A label as the description quotes it: Japanese nests the label's own 「」 as 『』. */
const quoted = (text: string, lang: "ja" | "en") =>
  lang === "ja" ? text.replace(/「/g, "『").replace(/」/g, "』") : text;

describe("describeScenarios", () => {
  it("names the scenario, the stage of how many and its label at every reading step", () => {
    for (const lang of langs)
      for (const state of scenariosStates.filter((s) => s !== "compare")) {
        const id = state.startsWith("s1") ? "s1" : "s2";
        const stage = scenariosStates.filter((s) => s.startsWith(id)).indexOf(state) + 1;
        const text = describeScenarios(data, state, lang);
        const of = scenarios[id].stages.length;
        expect(text).toContain(quoted(scenarios[id].stages[stage - 1]!.label[lang], lang));
        expect(text).toContain(lang === "ja" ? `段階${stage}/${of}` : `Stage ${stage} of ${of}`);
        expect(text).toContain(scenarios[id].title[lang]);
      }
  });

  it("nests the quotes inside a Japanese label as 『』 rather than doubling 「「", () => {
    const text = describeScenarios(data, "s1-technical", "ja");
    expect(text).toContain("「『イデオロギーでなく技術的な措置』と説明」");
    expect(text).not.toContain("「「");
  });

  it("walks both roads in order and quotes the framing in the comparison", () => {
    for (const lang of langs) {
      const text = describeScenarios(data, "compare", lang);
      for (const id of scenarioIds) {
        const positions = scenarios[id].stages.map((s) => text.indexOf(quoted(s.label[lang], lang)));
        expect(positions.every((p) => p >= 0)).toBe(true);
        expect([...positions].sort((x, y) => x - y)).toEqual(positions);
      }
      expect(text).toContain(scenariosText.bothAssume[lang]);
    }
  });
});

describe("scenarios table", () => {
  it("lists both roads stage by stage in two columns, leaving scenario 1's missing fifth stage empty", () => {
    for (const lang of langs) {
      const table = scenariosTable(data, lang);
      expect(table.columns).toHaveLength(3);
      expect(table.columns[1]).toContain(scenarios.s1.title[lang]);
      expect(table.columns[2]).toContain(scenarios.s2.title[lang]);
      expect(table.rows.map((r) => r[0])).toEqual(["1", "2", "3", "4", "5"]);
      expect(table.rows.map((r) => r[2])).toEqual(scenarios.s2.stages.map((s) => s.label[lang]));
      expect(table.rows[4]![1]).toBe("");
    }
  });
});

describe("chapter 6 in both languages", () => {
  it("has one step per state of the graphic, in order", () => {
    for (const lang of langs) {
      const mdx = readFileSync(
        new URL(`../../../content/chapters/${lang}/06-scenarios.mdx`, import.meta.url),
        "utf8",
      );
      expect(mdx).toContain('<Scrolly chart="scenarios">');
      const steps = [...mdx.matchAll(/<Step chart="scenarios" state="([^"]+)">/g)].map((m) => m[1]);
      expect(steps).toEqual([...scenariosChart.states]);
    }
  });
});
