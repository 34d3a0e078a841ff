// What each step of the spreads chart shows, in words and with its key numbers, for screen readers and the no-JS
// caption. Every number is computed from the data or read from the article's table; each language is written for
// its own reader.
import type { Lang } from "../../i18n/locales";
import { type ArticleGroup, type SpreadsData, spreadsHighlights } from "./spreads-data";
import { bp, bpNumber, dayRange, listOf, longDay, shortDay, signedBp } from "./spreads-format";
import type { SpreadsState } from "./steps";

function describeExplainer(data: SpreadsData, lang: Lang): string {
  const h = spreadsHighlights(data);
  const range = `${bp(h.low.value, lang)}${lang === "ja" ? "〜" : " to "}${bp(h.high.value, lang)}`;
  return lang === "ja"
    ? `模式図(縮尺は実際と異なる)。左の棒は米国債の利回りで、これが土台になる。右の棒は社債の利回りで、同じ土台の上に、倒産のリスクと売りにくさへの見返りであるスプレッドが乗っている。スプレッドはベーシスポイント(bp)で表し、100bpが1%ポイント。2025年1〜5月の投資適格社債のスプレッドは${range}だった。`
    : `Illustration, not to scale. The left bar is the US Treasury's yield, the floor. The right bar is a company's bond: the same floor plus a spread on top, its pay for the risk of default and for being harder to sell. Spreads are quoted in basis points (bp); 100 bp is one percentage point. From January to May 2025 the spread on investment-grade corporate bonds ranged from ${range}.`;
}

function describeEarly(data: SpreadsData, lang: Lang): string {
  const h = spreadsHighlights(data);
  const day = (t: number) => longDay(t, lang);
  const short = (t: number) => shortDay(t, lang);
  return lang === "ja"
    ? `投資適格社債のスプレッド(ICE BofA US Corporate Index のオプション調整後スプレッド、全格付け)の日次の折れ線、${day(h.first.date)}から${day(h.last.date)}まで。${bp(h.first.value, lang)}で始まり、最低は${short(h.low.date)}の${bp(h.low.value, lang)}、最高は${short(h.high.date)}の${bp(h.high.value, lang)}。${short(h.last.date)}は${bp(h.last.value, lang)}。`
    : `Daily line of the investment-grade corporate spread (ICE BofA US Corporate Index option-adjusted spread, all ratings) from ${day(h.first.date)} to ${day(h.last.date)}. It started at ${bp(h.first.value, lang)}, was lowest at ${bp(h.low.value, lang)} on ${short(h.low.date)} and highest at ${bp(h.high.value, lang)} on ${short(h.high.date)}. On ${short(h.last.date)} it stood at ${bp(h.last.value, lang)}.`;
}

function describeMove(data: SpreadsData, lang: Lang): string {
  const { week } = spreadsHighlights(data);
  const widening = data.article.wideningBp;
  const from = `${longDay(week.from.date, lang)}`;
  const to = `${shortDay(week.to.date, lang)}`;
  if (lang === "ja") {
    const article = widening === null ? "" : `記事は「1週間で${bp(widening, lang)}近く」としている。`;
    return `${from}の${bp(week.from.value, lang)}から${to}の${bp(week.to.value, lang)}へ、1週間でスプレッドは${signedBp(week.changeBp, lang)}変化した(網掛けの期間)。${article}`;
  }
  const article = widening === null ? "" : ` The article says "nearly ${bp(widening, lang)}" in a week.`;
  const verb = week.changeBp >= 0 ? "widened" : "narrowed";
  return `From ${bp(week.from.value, lang)} on ${from} to ${bp(week.to.value, lang)} on ${to}, the shaded week, the spread ${verb} by ${bp(Math.abs(week.changeBp), lang)}.${article}`;
}

function groupText(group: ArticleGroup, lang: Lang): string {
  const first = group.rows[0]?.date ?? 0;
  const last = group.rows.at(-1)?.date ?? 0;
  const values = listOf(
    group.rows.map((r) => bpNumber(r.value, lang)),
    lang,
  );
  const days = dayRange(first, last, lang);
  return lang === "ja"
    ? `${days}の行は${group.rating}格の指数(${values}bp)`
    : `the rows for ${days} quote the ${group.rating}-rated index (${values} bp)`;
}

/** How many of the table's moves within a group go the same way as the all-grades index on the same days. */
function movesText(data: SpreadsData, lang: Lang): string {
  const { pairedMoves } = spreadsHighlights(data);
  const total = pairedMoves.length;
  if (total === 0) return "";
  const agree = pairedMoves.filter((m) => Math.sign(m.articleBp) === Math.sign(m.indexBp)).length;
  if (lang === "ja")
    return agree === total
      ? "同じ格付けの行どうしの日々の変化は、どれも全体の指数と同じ向き。"
      : `同じ格付けの行どうしの日々の変化${total}回のうち${agree}回が、全体の指数と同じ向き。`;
  return agree === total
    ? " Every day-to-day move within a group goes the same way as the all-grades index."
    : ` Within the groups, ${agree} of ${total} day-to-day moves go the same way as the all-grades index.`;
}

function describeArticle(data: SpreadsData, lang: Lang): string {
  const h = spreadsHighlights(data);
  const groups = h.groups.map((g) => groupText(g, lang));
  const s = h.switch;
  if (lang === "ja") {
    const switchText = s
      ? `${shortDay(s.before.date, lang)}から${shortDay(s.after.date, lang)}にかけての${bpNumber(s.before.value, lang)}→${bpNumber(s.after.value, lang)}bpの低下は指数の切り替えによるもので、同じ2日間に全体の指数は${bpNumber(s.indexBefore, lang)}から${bpNumber(s.indexAfter, lang)}bpへ広がった。`
      : "";
    return `記事の表を、投資適格全体の指数の線と並べた。${groups.join("、")}。${switchText}このサイトのデータにはA格・AA格の指数がないため、水準は比べられない。${movesText(data, lang)}`;
  }
  const switchText = s
    ? ` The fall from ${bpNumber(s.before.value, lang)} to ${bpNumber(s.after.value, lang)} bp between ${shortDay(s.before.date, lang)} and ${shortDay(s.after.date, lang)} is the switch of index: on those days the all-grades index widened from ${bpNumber(s.indexBefore, lang)} to ${bpNumber(s.indexAfter, lang)} bp.`
    : "";
  return `The article's table beside the all-grades investment-grade index: ${groups.join("; ")}.${switchText} This site's data has no A or AA index, so the levels cannot be checked.${movesText(data, lang)}`;
}

function describeHighYield(data: SpreadsData, lang: Lang): string {
  const h = spreadsHighlights(data);
  const hy = h.highYield;
  const ig = h.investmentGradeSameDays;
  const from = shortDay(hy.from.date, lang);
  const to = shortDay(hy.to.date, lang);
  return lang === "ja"
    ? `ハイイールド債と投資適格社債のスプレッド、2025年1〜5月(縦軸は0から)。${from}から${to}にかけて、ハイイールドは${bp(hy.from.value, lang)}から${bp(hy.to.value, lang)}へ${signedBp(hy.changeBp, lang)}、投資適格は${bp(ig.from.value, lang)}から${bp(ig.to.value, lang)}へ${signedBp(ig.changeBp, lang)}。`
    : `High-yield and investment-grade spreads, January to May 2025, on an axis from zero. From ${from} to ${to}, high yield went from ${bp(hy.from.value, lang)} to ${bp(hy.to.value, lang)} (${signedBp(hy.changeBp, lang)}) and investment grade from ${bp(ig.from.value, lang)} to ${bp(ig.to.value, lang)} (${signedBp(ig.changeBp, lang)}).`;
}

export function describeSpreads(data: SpreadsData, state: SpreadsState, lang: Lang): string {
  switch (state) {
    case "what-is-spread":
      return describeExplainer(data, lang);
    case "early-2025":
      return describeEarly(data, lang);
    case "april-move":
      return describeMove(data, lang);
    case "article-table":
      return describeArticle(data, lang);
    case "high-yield":
      return describeHighYield(data, lang);
  }
}
