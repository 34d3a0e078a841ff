// What each step of the yield chart shows, in words and with its key numbers, for screen readers and the no-JS
// caption. Every number is computed from the data; each language is written for its own reader.
import type { Lang } from "../../i18n/locales";
import { type YieldState, yieldStepSpecs, yieldText } from "./steps";
import {
  type ArticleQuote,
  type YieldData,
  closesBetween,
  quotesByDay,
  utc,
  yieldHighlights,
} from "./yield-data";
import {
  count,
  longDay,
  ordinal,
  printedQuote,
  shortDay,
  signedBp,
  signedPct,
  yearsBetween,
  yieldPct,
} from "./yield-format";

function describeLongRun(data: YieldData, lang: Lang): string {
  const { first, latest, max, min } = data.extremes;
  const h = yieldHighlights(data);
  const pct = (v: number) => yieldPct(v, lang);
  const day = (t: number) => longDay(t, lang);
  const year = new Date(first.date).getUTCFullYear();
  return lang === "ja"
    ? `米10年国債利回りの${year}年から${day(latest.date)}までの推移(日次終値を${count(data.long.dates.length, lang)}点に間引いた折れ線)。最高は${day(max.date)}の${pct(max.value)}、最低は${day(min.date)}の${pct(min.value)}、${day(latest.date)}は${pct(latest.value)}。${yieldText.era.ja}を帯で、${day(h.weekEnd.date)}(${pct(h.weekEnd.value)})を点で示しています。`
    : `Line chart of the 10-year Treasury yield from ${year} to ${day(latest.date)} (daily closes, reduced to ${count(data.long.dates.length, lang)} points). It peaked at ${pct(max.value)} on ${day(max.date)}, fell as low as ${pct(min.value)} on ${day(min.date)} and stood at ${pct(latest.value)} on ${day(latest.date)}. A band marks ${yieldText.era.en}; a dot marks ${day(h.weekEnd.date)} (${pct(h.weekEnd.value)}).`;
}

function describeYear(data: YieldData, lang: Lang): string {
  const h = yieldHighlights(data);
  const pct = (v: number) => yieldPct(v, lang);
  const day = (t: number) => longDay(t, lang);
  const short = (t: number) => shortDay(t, lang);
  return lang === "ja"
    ? `2025年の日次終値。${day(h.yearFirst.date)}の${pct(h.yearFirst.value)}から${day(h.yearLast.date)}の${pct(h.yearLast.value)}へ。年間の最高は${short(h.yearHigh.date)}の${pct(h.yearHigh.value)}、最低は${short(h.yearLow.date)}の${pct(h.yearLow.value)}。網掛けの週(${short(h.weekStart.date)}〜${short(h.weekEnd.date)})に${pct(h.weekStart.value)}から${pct(h.weekEnd.value)}へ上がりました。`
    : `Daily closes through 2025: from ${pct(h.yearFirst.value)} on ${day(h.yearFirst.date)} to ${pct(h.yearLast.value)} on ${day(h.yearLast.date)}. The year's high was ${pct(h.yearHigh.value)} on ${short(h.yearHigh.date)} and its low ${pct(h.yearLow.value)} on ${short(h.yearLow.date)}. In the shaded week, ${short(h.weekStart.date)} to ${short(h.weekEnd.date)}, the yield rose from ${pct(h.weekStart.value)} to ${pct(h.weekEnd.value)}.`;
}

function describeDays(data: YieldData, lang: Lang): string {
  const h = yieldHighlights(data);
  const spec = yieldStepSpecs["april-days"];
  const closes = closesBetween(data, utc(spec.from), utc(spec.to));
  const list = closes
    .map((d) => `${shortDay(d.date, lang)} ${yieldPct(d.value, lang)}`)
    .join(lang === "ja" ? "、" : ", ");
  const tradingDays = closes.filter((d) => d.date > h.weekStart.date && d.date <= h.weekEnd.date).length;
  const from = `${shortDay(h.weekStart.date, lang)}`;
  const to = `${shortDay(h.weekEnd.date, lang)}`;
  const bp = signedBp(h.weekChangeBp, lang);
  return lang === "ja"
    ? `2025年4月1日〜16日の取引日ごとの終値: ${list}。${from}の${yieldPct(h.weekStart.value, lang)}から${to}の${yieldPct(h.weekEnd.value, lang)}まで、${tradingDays}営業日で${bp}。点のない日は取引がありません。`
    : `Each trading day from 1 to 16 April 2025: ${list}. From ${yieldPct(h.weekStart.value, lang)} on ${from} to ${yieldPct(h.weekEnd.value, lang)} on ${to} is ${bp} in ${tradingDays} trading days. Days without a dot had no trading.`;
}

function describeHistory(data: YieldData, lang: Lang): string {
  const { focus, lastLarger, total, firstEnd, largest } = data.weekly;
  const since = new Date(firstEnd).getUTCFullYear();
  const day = (t: number) => longDay(t, lang);
  const bp = (v: number) => signedBp(v, lang);
  const record = largest[0];
  if (lang === "ja") {
    const rank = `${ordinal(focus.rank, lang)}${focus.ties > 0 ? "(同率)" : ""}`;
    const larger = lastLarger
      ? `これより大きく上昇した直近の週は${day(lastLarger.end)}までの週(${bp(lastLarger.changeBp)})で、${yearsBetween(lastLarger.end, focus.end)}年前です。`
      : `${since}年以降で最大の上昇です。`;
    const top = record ? `過去最大の週間上昇は${day(record.end)}までの週の${bp(record.changeBp)}。` : "";
    return `${since}年以降の前週比の変化、${count(total, lang)}週分のヒストグラム(bp)。${day(focus.end)}までの週は${bp(focus.changeBp)}で、上昇幅は${rank}。${larger}${top}`;
  }
  const rank = `${focus.ties > 0 ? "joint " : ""}${ordinal(focus.rank, lang)}-largest`;
  const larger = lastLarger
    ? `The last week that rose more ended on ${day(lastLarger.end)} (${bp(lastLarger.changeBp)}), ${yearsBetween(lastLarger.end, focus.end)} years earlier.`
    : `No week since ${since} rose more.`;
  const top = record
    ? ` The largest weekly rise on record was ${bp(record.changeBp)}, in the week to ${day(record.end)}.`
    : "";
  return `Histogram of all ${count(total, lang)} week-on-week changes since ${since}, in basis points. The week to ${day(focus.end)} rose ${bp(focus.changeBp)}, the ${rank} rise. ${larger}${top}`;
}

function describeArticle(data: YieldData, lang: Lang): string {
  const h = yieldHighlights(data);
  const days = quotesByDay(data.article.quotes).reverse();
  const printed = (quotes: ArticleQuote[]) => `${quotes.map((q) => printedQuote(q, lang)).join(" / ")}%`;
  const close = (t: number) => {
    const i = data.daily.dates.indexOf(t);
    const v = data.daily.values[i];
    return v === undefined ? (lang === "ja" ? "終値なし" : "no close") : yieldPct(v, lang);
  };
  const pctWeek = data.article.weekChangePct;
  if (lang === "ja") {
    const rows = days
      .map((d) => `${shortDay(d.date, "ja")}は記事${printed(d.quotes)}、終値${close(d.date)}`)
      .join("、");
    const week = `1週間の変化は${pctWeek === null ? "" : `記事${signedPct(pctWeek, "ja")}、`}終値では${signedPct(h.weekChangePct, "ja")}(${signedBp(h.weekChangeBp, "ja")})。`;
    return `記事の数字とFREDの日次終値の比較: ${rows}。${week}${yieldText.whyDifferent.ja}です。`;
  }
  const rows = days
    .map((d) => `${shortDay(d.date, "en")}: article ${printed(d.quotes)}, close ${close(d.date)}`)
    .join("; ");
  const week = `Over the week the ${pctWeek === null ? "" : `article gives ${signedPct(pctWeek, "en")} and the `}closes give ${signedPct(h.weekChangePct, "en")} (${signedBp(h.weekChangeBp, "en")}).`;
  return `The article's figures next to FRED's daily closes. ${rows}. ${week} ${yieldText.whyDifferent.en}.`;
}

export function describeYield(data: YieldData, state: YieldState, lang: Lang): string {
  switch (state) {
    case "long-run":
      return describeLongRun(data, lang);
    case "zoom-2025":
      return describeYear(data, lang);
    case "april-days":
      return describeDays(data, lang);
    case "week-vs-history":
      return describeHistory(data, lang);
    case "article-vs-close":
      return describeArticle(data, lang);
  }
}
