// Reads what a reader types into the explorable's number inputs: a value in range, or a kind message why not.
import type { Lang, Localized } from "../../i18n/locales";
import { INPUT_DECIMALS, PURCHASE_RANGE_BN, SELLING_RANGE_BN } from "./teaching-model";

export type InputProblem = "empty" | "not-a-number" | "out-of-range" | "too-many-decimals";

export type InputCheck = { ok: true; value: number } | { ok: false; problem: InputProblem; message: string };

interface Range {
  min: number;
  max: number;
}

const messages: Record<InputProblem, Localized<(min: string, max: string) => string>> = {
  empty: {
    en: (min, max) => `Please enter an amount from ${min} to ${max} (billions of dollars).`,
    ja: (min, max) => `${min}〜${max}の数を入力してください(単位は10億ドル)。`,
  },
  "not-a-number": {
    en: (min, max) => `Please use digits only: an amount from ${min} to ${max} (billions of dollars).`,
    ja: (min, max) => `数字だけで入力してください。${min}〜${max}の範囲です(単位は10億ドル)。`,
  },
  "out-of-range": {
    en: (min, max) => `Please choose an amount from ${min} to ${max} (billions of dollars).`,
    ja: (min, max) => `${min}〜${max}の範囲で入力してください(単位は10億ドル)。`,
  },
  "too-many-decimals": {
    en: (min, max) =>
      `Please use at most ${INPUT_DECIMALS === 1 ? "one decimal place" : `${INPUT_DECIMALS} decimal places`}: an amount from ${min} to ${max} (billions of dollars).`,
    ja: (min, max) =>
      `小数は${INPUT_DECIMALS}桁までにしてください。${min}〜${max}の範囲です(単位は10億ドル)。`,
  },
};

/**
 * Full-width digits and points (typed with a Japanese input method) become ASCII, the minus sign (U+2212)
 * becomes "-", and thousands separators in a well-formed number ("1,000") are dropped, so the reader hears
 * about the range rather than about the comma.
 */
function normalise(raw: string): string {
  const text = raw
    .normalize("NFKC")
    .trim()
    .replace(/\u2212/g, "-");
  return /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(text) ? text.replace(/,/g, "") : text;
}

function validateAmount(raw: string, lang: Lang, range: Range): InputCheck {
  const fail = (problem: InputProblem): InputCheck => ({
    ok: false,
    problem,
    message: messages[problem][lang](String(range.min), String(range.max)),
  });
  const text = normalise(raw);
  if (text === "") return fail("empty");
  // Plain decimal notation only: "1e2", "0x10" or "Infinity" are not what a reader means by an amount.
  const match = /^[+-]?(?:\d+(?:\.(\d*))?|\.(\d+))$/.exec(text);
  if (!match) return fail("not-a-number");
  const value = Number(text);
  if (value < range.min || value > range.max) return fail("out-of-range");
  // Trailing zeros add no precision: "12.50" is as fine as "12.5".
  const decimals = (match[1] ?? match[2] ?? "").replace(/0+$/, "").length;
  if (decimals > INPUT_DECIMALS) return fail("too-many-decimals");
  // "-0" is in range and means zero; keep it a plain 0 for display.
  return { ok: true, value: value === 0 ? 0 : value };
}

/** The reader's foreign selling, billions of USD, within SELLING_RANGE_BN. */
export function validateSellingInput(raw: string, lang: Lang): InputCheck {
  return validateAmount(raw, lang, SELLING_RANGE_BN);
}

/** The reader's Fed purchases, billions of USD, within PURCHASE_RANGE_BN. */
export function validatePurchaseInput(raw: string, lang: Lang): InputCheck {
  return validateAmount(raw, lang, PURCHASE_RANGE_BN);
}
