// What the "Embed this" dialog needs to know about one chapter or chart: built on the server (targets.ts),
// carried in the trigger's data attribute, read back in the browser (dialog-client.ts).
import { type Lang, languages } from "../i18n/locales";

export interface EmbedTarget {
  kind: "chapter" | "chart";
  /** The dialog's heading, in the page's language. */
  heading: string;
  /** The embed page in each language (site paths, made absolute in the browser). */
  paths: Record<Lang, string>;
  /** The iframe's title in each language. */
  titles: Record<Lang, string>;
  /** Where the embed can start, besides the beginning: `key` is the `?step=` value. */
  steps: Array<{ key: string; label: string }>;
  /** Suggested frame height in CSS pixels. */
  height: number;
}

const isString = (value: unknown): value is string => typeof value === "string";

function isPerLanguage(value: unknown): value is Record<Lang, string> {
  return (
    typeof value === "object" &&
    value !== null &&
    languages.every((lang) => isString((value as Record<string, unknown>)[lang]))
  );
}

/** Reads a trigger's target back; undefined for anything that is not one (a stale or hand-edited page). */
export function parseEmbedTarget(json: string | undefined): EmbedTarget | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json ?? "");
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const t = value as Record<string, unknown>;
  const steps = Array.isArray(t.steps) ? t.steps : undefined;
  const validSteps = steps?.every(
    (s: unknown) =>
      typeof s === "object" &&
      s !== null &&
      isString((s as Record<string, unknown>).key) &&
      isString((s as Record<string, unknown>).label),
  );
  if (
    (t.kind !== "chapter" && t.kind !== "chart") ||
    !isString(t.heading) ||
    !isPerLanguage(t.paths) ||
    !isPerLanguage(t.titles) ||
    !steps ||
    !validSteps ||
    typeof t.height !== "number"
  ) {
    return undefined;
  }
  return value as EmbedTarget;
}
