// The scenarios as a list for the accessible table: one row per stage, one column per road. No CSV: no data.
import type { Lang } from "../../i18n/locales";
import type { DataTable } from "../chart";
import type { ScenariosData } from "./model";
import { scenarios, scenariosText } from "./steps";

export function scenariosTable(_data: ScenariosData, lang: Lang): DataTable {
  const { s1, s2 } = scenarios;
  const rows = Math.max(s1.stages.length, s2.stages.length);
  const heading = (s: typeof s1) =>
    lang === "ja" ? `${s.kicker.ja}:${s.title.ja}` : `${s.kicker.en}: ${s.title.en}`;
  return {
    columns: [scenariosText.stage[lang], heading(s1), heading(s2)],
    rows: Array.from({ length: rows }, (_, i) => [
      String(i + 1),
      s1.stages[i]?.label[lang] ?? "",
      s2.stages[i]?.label[lang] ?? "",
    ]),
  };
}
