// Shares as chart labels, in each language's conventions.
import type { Lang } from "../../i18n/locales";
import { percentLabel } from "../format";

/** A share (0..1) as a label: "28.2%". */
export function sharePct(share: number, lang: Lang, digits = 1): string {
  return percentLabel(share * 100, lang, digits);
}
