// What the explorer does with the reader's input, apart from the DOM: a typed amount is checked before it
// counts, and a refused one leaves the last valid choice in place.
import type { Lang } from "../../i18n/locales";
import { type InputCheck, validatePurchaseInput, validateSellingInput } from "./input-validation";
import { PURCHASE_RANGE_BN, type QeInputs, SELLING_RANGE_BN } from "./teaching-model";

export type ExplorerField = "selling" | "purchases";

export interface ExplorerChoice {
  sellingBn: number;
  purchasesBn: number;
  announcement: boolean;
}

export const fieldRanges: Record<ExplorerField, { min: number; max: number }> = {
  selling: SELLING_RANGE_BN,
  purchases: PURCHASE_RANGE_BN,
};

export function toModelInputs(choice: ExplorerChoice): QeInputs {
  return {
    foreignSellingBn: choice.sellingBn,
    fedPurchasesBn: choice.purchasesBn,
    announcement: choice.announcement,
  };
}

/**
 * Checks what the reader typed into a number field. `badInput` is the browser saying the text is not a number
 * at all (it then hides the text and reports an empty value), so it is checked as a non-number, not as empty.
 */
export function checkTyped(field: ExplorerField, raw: string, badInput: boolean, lang: Lang): InputCheck {
  const validate = field === "selling" ? validateSellingInput : validatePurchaseInput;
  // "?" stands for the hidden text: anything that is not a number gets the "digits only" message.
  return validate(badInput ? "?" : raw, lang);
}

/** The choice after an accepted value; a refused one changes nothing. */
export function applyCheck(choice: ExplorerChoice, field: ExplorerField, check: InputCheck): ExplorerChoice {
  if (!check.ok) return choice;
  return field === "selling"
    ? { ...choice, sellingBn: check.value }
    : { ...choice, purchasesBn: check.value };
}

/** A slider always gives a number inside its range; clamp anyway, since the DOM hands back a string. */
export function sliderValue(field: ExplorerField, raw: string): number {
  const { min, max } = fieldRanges[field];
  const value = Number(raw);
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}

export function valueOf(choice: ExplorerChoice, field: ExplorerField): number {
  return field === "selling" ? choice.sellingBn : choice.purchasesBn;
}
