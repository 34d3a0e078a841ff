// The QE chart's labels at every size a reader may see, in both languages: nothing overlaps, nothing is cut off,
// the panels never cover each other, and each step shows the panels it is about.
import { describe, expect, it } from "vitest";
import { qeData } from "../../../src/charts/qe/data";
import { qeExplorerScene } from "../../../src/charts/qe/explorer-scene";
import { storyLayout } from "../../../src/charts/qe/layout";
import { qeScene, storyCurveDomain, storyModels, storyRippleRows } from "../../../src/charts/qe/model";
import { panelNeeds } from "../../../src/charts/qe/panels";
import { qeStates, qeStepSpecs } from "../../../src/charts/qe/steps";
import { qeModel, PURCHASE_RANGE_BN, SELLING_RANGE_BN } from "../../../src/charts/qe/teaching-model";
import { contains, overlaps, textBox } from "../../../src/charts/qe/text-fit";
import type { Mark, Rect, Scene, TextMark } from "../../../src/charts/scene";

const data = qeData();
const langs = ["en", "ja"] as const;
/** Scroll frames measured in the built site (288×271 on a 320 px phone, 712×654 on a 1280×800 desktop), the
 * server frame (640×400) and sizes around and between them. */
const frames = [
  [280, 250],
  [288, 271],
  [320, 300],
  [343, 326],
  [375, 420],
  [414, 500],
  [480, 360],
  [568, 320],
  [600, 380],
  [640, 400],
  [712, 654],
  [768, 560],
  [1024, 700],
  [1280, 800],
] as const;
const explorerWidths = [280, 320, 360, 414, 480, 568, 599, 600, 640, 760, 1024];

const texts = (scene: Scene) => scene.marks.filter((m): m is TextMark => m.kind === "text");
const frameOf = (scene: Scene): Rect => ({ x: 0, y: 0, width: scene.width, height: scene.height });

/** Labels cut off by the frame or overlapping another label, in words (empty when the scene is tidy). */
function untidy(scene: Scene, where: string): string[] {
  const marks = texts(scene);
  const boxes = marks.map(textBox);
  const problems: string[] = [];
  marks.forEach((mark, i) => {
    if (!contains(frameOf(scene), boxes[i]!))
      problems.push(`${where}: "${mark.text}" (${mark.key}) is cut off`);
  });
  for (let i = 0; i < marks.length; i++)
    for (let j = i + 1; j < marks.length; j++)
      if (overlaps(boxes[i]!, boxes[j]!))
        problems.push(
          `${where}: "${marks[i]!.text}" (${marks[i]!.key}) overlaps "${marks[j]!.text}" (${marks[j]!.key})`,
        );
  return problems;
}

/** Box labels of the balance sheets must sit inside their own box. */
function expectLabelsInBoxes(scene: Scene, where: string) {
  const rects = new Map(scene.marks.filter((m) => m.kind === "rect").map((m) => [m.key, m as Rect & Mark]));
  for (const mark of texts(scene)) {
    const owner = /^(qe-ac-(?:fed|bank)-[a-z]+)-label-\d+$/.exec(mark.key)?.[1];
    if (!owner) continue;
    const box = rects.get(owner);
    expect(box, `${where} ${mark.key} has a box`).toBeDefined();
    expect(contains(box!, textBox(mark)), `${where} "${mark.text}" leaves its box`).toBe(true);
  }
}

describe("QE story frames at 280-1280 px, in both languages", () => {
  it("keeps every label inside the frame and apart from every other label", () => {
    const problems = qeStates.flatMap((state) =>
      langs.flatMap((lang) =>
        frames.flatMap(([width, height]) =>
          untidy(qeScene(data, state, { width, height }, lang), `${state} ${lang} ${width}x${height}`),
        ),
      ),
    );
    expect(problems).toEqual([]);
  });

  it("keeps each balance-sheet label inside its own box", () => {
    for (const lang of langs)
      for (const [width, height] of frames) {
        const where = `${lang} ${width}x${height}`;
        expectLabelsInBoxes(qeScene(data, "new-reserves", { width, height }, lang), where);
      }
  });

  it("never lets two panels cover each other", () => {
    const models = storyModels(data);
    for (const state of qeStates)
      for (const lang of langs)
        for (const [width, height] of frames) {
          const context = {
            model: models[state],
            lang,
            curve: { domain: storyCurveDomain(models), mode: qeStepSpecs[state].curve },
            ripple: storyRippleRows(models.sellers, models[state], lang),
          };
          const { panels } = storyLayout(qeStepSpecs[state], { width, height }, panelNeeds(context));
          for (let i = 0; i < panels.length; i++)
            for (let j = i + 1; j < panels.length; j++)
              expect(overlaps(panels[i]!.rect, panels[j]!.rect), `${state} ${width}x${height}`).toBe(false);
        }
  });
});

describe("QE explorer picture at 280-1024 px, in both languages", () => {
  const corners = [
    qeModel({ foreignSellingBn: 0, fedPurchasesBn: 0, announcement: false }),
    qeModel({ foreignSellingBn: SELLING_RANGE_BN.max, fedPurchasesBn: 0, announcement: false }),
    qeModel({ foreignSellingBn: 0, fedPurchasesBn: PURCHASE_RANGE_BN.max, announcement: false }),
    qeModel({ foreignSellingBn: 137.5, fedPurchasesBn: 412.3, announcement: true }),
    qeModel({
      foreignSellingBn: SELLING_RANGE_BN.max,
      fedPurchasesBn: PURCHASE_RANGE_BN.max,
      announcement: true,
    }),
  ];
  it("keeps every label inside the picture and apart from every other label, at the ends of every range", () => {
    const problems: string[] = [];
    for (const model of corners)
      for (const lang of langs)
        for (const width of explorerWidths) {
          const where = `explorer ${lang} ${width} selling ${model.inputs.foreignSellingBn} buying ${model.inputs.fedPurchasesBn}`;
          const scene = qeExplorerScene(model, width, lang);
          problems.push(...untidy(scene, where));
          expectLabelsInBoxes(scene, where);
        }
    expect(problems).toEqual([]);
  });

  it("keeps the same height whatever the reader chooses, so the page never jumps while dragging", () => {
    for (const width of explorerWidths) {
      const heights = new Set(corners.map((m) => qeExplorerScene(m, width, "en").height));
      expect(heights.size).toBe(1);
    }
  });
});
