// Line breaking for chart labels without measuring text in a browser: English breaks at spaces, Japanese between
// any two characters except where kinsoku rules forbid it (no line starts with 。、」 and the like, none ends
// with 「), preferring the end of a phrase (after a particle or a comma) to the middle of a word.
// Pure, so the server, the browser and the tests wrap the same label the same way.

/** Characters a line must not start with: closing brackets, punctuation, small kana and the long-vowel mark. */
const NO_LINE_START = new Set([
  ..."、。,.・:;?!?!)]}」』】〕〉》〗〙〛ー〜…‥゛゜ゝゞヽヾ々〻%%",
  ..."ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ",
  ..."”’",
]);

/** Characters a line must not end with: opening brackets and quotes. */
const NO_LINE_END = new Set([..."「『(【〔〈《〖〘〚([{“‘"]);

/** Japanese and other full-width characters: each one is a place a line may break. */
const WIDE = /[\u2e80-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

const HIRAGANA = /[\u3041-\u309f]/;
/** Ends of a Japanese phrase: a particle or okurigana (hiragana) or a comma, before a new word begins. */
const PHRASE_END = /[\u3041-\u309f、。,.]/;

/** A piece of text that never breaks inside, and how it joins the piece before. */
export interface Unit {
  text: string;
  /** A space separated it from the piece before (kept inside a line, dropped at a break). */
  afterSpace: boolean;
  /** A good place to break before it: after a space, or where a Japanese phrase ends and a new word begins. */
  phraseStart: boolean;
}

/**
 * Splits text into unbreakable units. Runs of narrow characters (English words, "QE") stay whole; each wide
 * character is its own unit, then kinsoku glues a forbidden line-start to the unit before it and a forbidden
 * line-end to the unit after it.
 */
export function breakUnits(text: string): Unit[] {
  const atoms: Unit[] = [];
  let afterSpace = false;
  for (const ch of text) {
    if (/\s/.test(ch)) {
      afterSpace = atoms.length > 0;
      continue;
    }
    const last = atoms.at(-1);
    const joinsWord = last !== undefined && !afterSpace && !WIDE.test(ch) && !WIDE.test(last.text.slice(-1));
    if (joinsWord) last.text += ch;
    else {
      const previous = last?.text.slice(-1) ?? "";
      const phraseStart = afterSpace || (PHRASE_END.test(previous) && !HIRAGANA.test(ch));
      atoms.push({ text: ch, afterSpace, phraseStart });
    }
    afterSpace = false;
  }
  const units: Unit[] = [];
  for (const atom of atoms) {
    const last = units.at(-1);
    const glued =
      last !== undefined &&
      !atom.afterSpace &&
      (NO_LINE_START.has(atom.text[0] ?? "") || NO_LINE_END.has(last.text.slice(-1)));
    if (glued) last.text += atom.text;
    else units.push({ ...atom });
  }
  return units;
}

export interface WrapOptions {
  /** Widest a line may be, in the units `measure` returns. */
  maxWidth: number;
  /** Width of a string as it will be drawn (e.g. estimateTextWidth at the label's font size). */
  measure: (text: string) => number;
  /**
   * Evens out line lengths without adding a line, so a label never ends with a lone word or character
   * ("…独立性に疑" / "い").
   */
  balance?: boolean;
}

/** Cuts a unit wider than a whole line (a very long word) into pieces that fit, character by character. */
function hardBreak(unit: string, maxWidth: number, measure: (text: string) => number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const ch of unit) {
    if (piece !== "" && measure(piece + ch) > maxWidth) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/** Units grouped into phrases: a line breaks between phrases where it can, inside one only where it must. */
function phrases(units: Unit[]): Unit[][] {
  const groups: Unit[][] = [];
  for (const unit of units) {
    const current = groups.at(-1);
    if (current === undefined || unit.phraseStart) groups.push([unit]);
    else current.push(unit);
  }
  return groups;
}

const joined = (line: string, unit: Unit) =>
  line === "" ? unit.text : `${line}${unit.afterSpace ? " " : ""}${unit.text}`;

function greedyLines(units: Unit[], maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  const fits = (text: string) => measure(text) <= maxWidth;
  for (const phrase of phrases(units)) {
    const whole = phrase.reduce(joined, line);
    if (fits(whole)) {
      line = whole;
      continue;
    }
    const alone = phrase.reduce(joined, "");
    if (line !== "" && fits(alone)) {
      lines.push(line);
      line = alone;
      continue;
    }
    // A phrase longer than a line: fill what is left of this line, breaking between its characters.
    for (const unit of phrase) {
      const candidate = joined(line, unit);
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line !== "") lines.push(line);
      if (fits(unit.text)) line = unit.text;
      else {
        const pieces = hardBreak(unit.text, maxWidth, measure);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1) ?? "";
      }
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Breaks `text` into lines no wider than `maxWidth` (a unit that cannot fit on any line is cut by character). */
export function wrapText(text: string, { maxWidth, measure, balance = false }: WrapOptions): string[] {
  const units = breakUnits(text);
  const lines = greedyLines(units, maxWidth, measure);
  if (!balance || lines.length < 2) return lines;
  // The narrowest width that needs no more lines spreads the words evenly between them. It is never narrower
  // than the widest unit, which would cut a word (or break kinsoku) just to even things out.
  const widest = Math.max(...units.map((u) => measure(u.text)));
  if (widest >= maxWidth) return lines;
  let lo = widest;
  let hi = maxWidth;
  for (let i = 0; i < 16; i++) {
    const mid = (lo + hi) / 2;
    if (greedyLines(units, mid, measure).length <= lines.length) hi = mid;
    else lo = mid;
  }
  return greedyLines(units, hi, measure);
}
