// What each step of the Fed chart shows, in words and with its key numbers (sizes before and after each
// programme), for screen readers and the no-JS caption. Every number and every direction ("rose", "fell") is
// computed from the data; each language is written for its own reader.
import type { Lang } from "../../i18n/locales";
import { calloutWeek } from "./callouts";
import {
  type FedData,
  type ProgrammeBand,
  type ProgrammeId,
  type Week,
  bandOf,
  firstWeek,
  largestWeek,
  latestWeek,
  takesEffect,
  utc,
  weekBefore,
  weekOnOrBefore,
  weeksBetween,
} from "./fed-data";
import { longDay, longMonth, signedBillions, tnLong } from "./fed-format";
import { windowOf } from "./frame";
import { type FedState, spikeWeek } from "./steps";

/** The purchase programmes' names in a sentence, and the English verb that agrees with each. */
const names: Record<"qe2" | "qe3" | "covid", { ja: string; en: string; was: "was" | "were" }> = {
  qe2: { ja: "QE2", en: "QE2", was: "was" },
  qe3: { ja: "QE3", en: "QE3", was: "was" },
  covid: { ja: "2020年の購入", en: "The 2020 purchases", was: "were" },
};

/** "rose from $2.30 trillion to $2.87 trillion" / "2.30兆ドルから2.87兆ドルに増えた". */
function moved(from: number, to: number, lang: Lang): string {
  const a = tnLong(from, lang);
  const b = tnLong(to, lang);
  if (lang === "ja") {
    if (a === b) return `${a}で変わらなかった`;
    return `${a}から${b}に${to > from ? "増えた" : "減った"}`;
  }
  if (a === b) return `stayed at ${a}`;
  return `${to > from ? "rose" : "fell"} from ${a} to ${b}`;
}

/** "rose to $4.49 trillion" / "4.49兆ドルに増えた": for sentences that already named the starting level. */
function movedTo(from: number, to: number, lang: Lang): string {
  const b = tnLong(to, lang);
  if (b === tnLong(from, lang)) return lang === "ja" ? `${b}で変わらなかった` : `stayed at ${b}`;
  if (lang === "ja") return `${b}に${to > from ? "増えた" : "減った"}`;
  return `${to > from ? "rose" : "fell"} to ${b}`;
}

/** English perfect tense of movedTo: "risen to $4.49 trillion". */
function hadMovedTo(from: number, to: number): string {
  return movedTo(from, to, "en").replace(/^rose/, "risen").replace(/^fell/, "fallen");
}

/** "+25%": written the same in both languages. */
function percentChange(from: number, to: number): string {
  const pct = Math.round(((to - from) / from) * 100);
  return `${pct >= 0 ? "+" : "−"}${Math.abs(pct)}%`;
}

function eventOf(band: ProgrammeBand, kind: string, nth = 0) {
  return band.events.filter((e) => e.event === kind)[nth];
}

/** The sizes just before a programme began and in its last week. */
function edges(data: FedData, id: ProgrammeId): { band: ProgrammeBand; before: Week; after: Week } {
  const band = bandOf(data, id);
  return {
    band,
    before: weekBefore(data, band.start),
    after: weekOnOrBefore(data, band.end ?? latestWeek(data).date),
  };
}

function describeBaseline(data: FedData, lang: Lang): string {
  const [from, to] = windowOf(data, "baseline");
  const first = firstWeek(data);
  const end = weekOnOrBefore(data, to);
  const peak = largestWeek(weeksBetween(data, from, to), "treasuries") ?? end;
  const day = (t: number) => longDay(t, lang);
  if (lang === "ja") {
    return `FRBの総資産と米国債保有額を毎週たどる折れ線グラフ。${day(first.date)}から、リーマン・ブラザーズ破綻直前の${day(end.date)}まで。総資産は${moved(first.total, end.total, lang)}。米国債の保有額は${day(peak.date)}の週の${tnLong(peak.treasuries, lang)}が最大で、最後の週は${tnLong(end.treasuries, lang)}だった。`;
  }
  return `Weekly line chart of the Fed's total assets and its holdings of Treasury securities, from ${day(first.date)} to ${day(end.date)}, the last week before Lehman Brothers failed. Total assets ${moved(first.total, end.total, lang)}. Treasury holdings peaked at ${tnLong(peak.treasuries, lang)} in the week of ${day(peak.date)} and were ${tnLong(end.treasuries, lang)} in the last week.`;
}

function describeQe1(data: FedData, lang: Lang): string {
  const { band, before, after } = edges(data, "qe1");
  const crisis = weekOnOrBefore(data, windowOf(data, "baseline")[1]);
  const expand = eventOf(band, "expand");
  const day = (t: number) => longDay(t, lang);
  const end = longMonth(band.end ?? after.date, lang);
  if (lang === "ja") {
    const widened = expand ? `${day(expand.announced)}に米国債も買い入れ対象に加えて拡大し、` : "";
    return `網掛けはQE1。${day(band.start)}に発表され、${widened}${end}に買い入れを終えた。その前に、危機対応の貸し出しで総資産はすでに${day(crisis.date)}の${tnLong(crisis.total, lang)}から、発表前の週には${tnLong(before.total, lang)}に膨らんでいた(米国債は${tnLong(before.treasuries, lang)})。QE1の最後の週は総資産${tnLong(after.total, lang)}、米国債${tnLong(after.treasuries, lang)}。`;
  }
  const widened = expand ? `, widened to Treasuries on ${day(expand.announced)}` : "";
  return `QE1, shaded: announced on ${day(band.start)}${widened}, with purchases completed in ${end}. Crisis lending had already lifted total assets from ${tnLong(crisis.total, lang)} on ${day(crisis.date)} to ${tnLong(before.total, lang)} in the week before the announcement, when Treasury holdings were ${tnLong(before.treasuries, lang)}. In QE1's last week, total assets were ${tnLong(after.total, lang)} and Treasury holdings ${tnLong(after.treasuries, lang)}.`;
}

/** QE2, QE3 and 2020: when it was announced, how long it bought, and both lines before and after. */
function describePurchases(data: FedData, id: "qe2" | "qe3" | "covid", lang: Lang): string {
  const { band, before, after } = edges(data, id);
  const day = (t: number) => longDay(t, lang);
  const end = longMonth(band.end ?? after.date, lang);
  const total = moved(before.total, after.total, lang);
  const treasuries = moved(before.treasuries, after.treasuries, lang);
  const change = percentChange(before.total, after.total);
  const expand = eventOf(band, "expand");
  const taper = eventOf(band, "taper");
  const peak = largestWeek(weeksBetween(data, band.start, latestWeek(data).date), "total");
  if (lang === "ja") {
    const extra =
      id === "qe3"
        ? `当初は住宅ローン担保証券を買い、${expand ? `${day(expand.announced)}に米国債を追加、` : ""}${taper ? `${longMonth(takesEffect(taper), lang)}から購入を縮小した。` : ""}`
        : id === "covid" && expand
          ? `${day(expand.announced)}には「必要な額」を買うと表明。${peak ? `総資産は${day(peak.date)}の週に${tnLong(peak.total, lang)}で最大となった。` : ""}`
          : "";
    return `網掛けは${names[id].ja}。${day(band.start)}に発表され、${end}まで買い入れた。発表前の週から最後の週までに、総資産は${total}(${change})。米国債は${treasuries}。${extra}`;
  }
  const extra =
    id === "qe3"
      ? ` It began with mortgage-backed securities${expand ? `, added Treasuries on ${day(expand.announced)}` : ""}${taper ? ` and was tapered from ${longMonth(takesEffect(taper), lang)}` : ""}.`
      : id === "covid" && expand
        ? ` On ${day(expand.announced)} the Fed said it would buy “in the amounts needed”.${peak ? ` Total assets peaked at ${tnLong(peak.total, lang)} in the week of ${day(peak.date)}.` : ""}`
        : "";
  return `${names[id].en}, shaded, ${names[id].was} announced on ${day(band.start)}; purchases ran until ${end}. From the week before to the last week, total assets ${total} (${change}) and Treasury holdings ${treasuries}.${extra}`;
}

function describeQt(data: FedData, lang: Lang): string {
  const first = edges(data, "qt1");
  const second = edges(data, "qt2");
  const slows = second.band.events.filter((e) => e.event === "slow");
  const month = (t: number) => longMonth(t, lang);
  const span = (e: typeof first) => [month(e.band.start), month(e.band.end ?? e.after.date)] as const;
  const [s1, e1] = span(first);
  const [s2, e2] = span(second);
  if (lang === "ja") {
    const slowed =
      slows.length > 0
        ? `2回目は${slows.map((e) => month(takesEffect(e))).join("と")}にペースを落とした。`
        : "";
    return `網掛けは2回の資産縮小(QT)。1回目(${s1}〜${e1})に総資産は${moved(first.before.total, first.after.total, lang)}。2回目(${s2}〜${e2})には総資産が${moved(second.before.total, second.after.total, lang)}。米国債は${moved(second.before.treasuries, second.after.treasuries, lang)}。${slowed}`;
  }
  const slowed =
    slows.length > 0
      ? ` The Fed slowed the second run-off from ${slows.map((e) => month(takesEffect(e))).join(" and again from ")}.`
      : "";
  return `Two run-offs (QT), shaded. In the first, from ${s1} to ${e1}, total assets ${moved(first.before.total, first.after.total, lang)}. In the second, from ${s2} to ${e2}, total assets ${moved(second.before.total, second.after.total, lang)} and Treasury holdings ${moved(second.before.treasuries, second.after.treasuries, lang)}.${slowed}`;
}

/** The largest one-week rise in Treasury holdings among `weeks` (each compared with the drawn week before). */
function largestWeeklyRise(data: FedData, weeks: readonly Week[]): { week: Week; rise: number } | undefined {
  let best: { week: Week; rise: number } | undefined;
  for (const week of weeks) {
    const previous = data.treasuries[week.index - 1];
    if (previous === undefined) continue;
    const rise = week.treasuries - previous;
    if (!best || rise > best.rise) best = { week, rise };
  }
  return best;
}

function describeApril(data: FedData, lang: Lang): string {
  const window = windowOf(data, "april-2025");
  const spike = calloutWeek(data, "spike", window, "treasuries") ?? weekOnOrBefore(data, utc(spikeWeek));
  const qt2 = bandOf(data, "qt2");
  const end = weekOnOrBefore(data, window[1]);
  const after = weeksBetween(data, spike.date + 1, end.date);
  const rise = largestWeeklyRise(data, after);
  const record = data.largestTreasuryRise;
  const slow = qt2.events.filter((e) => e.event === "slow").at(-1);
  const day = (t: number) => longDay(t, lang);
  if (lang === "ja") {
    const compare = rise
      ? `その間の米国債の週間増加は最大でも${signedBillions(rise.rise, lang)}(${day(rise.week.date)}の週)で、2003年以降で最大だった${day(record.week)}の週の${signedBillions(record.change, lang)}のような急増はない。`
      : "";
    return `${longMonth(window[0], lang)}から、QTが終わった${day(qt2.end ?? end.date)}まで。利回りが急騰した${day(spike.date)}の週、FRBの米国債保有額は${tnLong(spike.treasuries, lang)}、総資産は${tnLong(spike.total, lang)}。その後も緊急の買い入れは見られず、${day(end.date)}までに米国債は${movedTo(spike.treasuries, end.treasuries, lang)}。総資産は${movedTo(spike.total, end.total, lang)}。${compare}${slow ? `QTは${day(slow.announced)}の決定で${longMonth(takesEffect(slow), lang)}から減速していた。` : ""}`;
  }
  const compare = rise
    ? ` The largest weekly rise in Treasury holdings in between was ${signedBillions(rise.rise, lang)} (week of ${day(rise.week.date)}), against the largest since 2003, ${signedBillions(record.change, lang)} in the week of ${day(record.week)}.`
    : "";
  return `From ${longMonth(window[0], lang)} to the end of the run-off on ${day(qt2.end ?? end.date)}. In the week of the yield spike, ${day(spike.date)}, the Fed held ${tnLong(spike.treasuries, lang)} of Treasuries and ${tnLong(spike.total, lang)} in total assets. No emergency buying shows afterwards: by ${day(end.date)}, Treasury holdings had ${hadMovedTo(spike.treasuries, end.treasuries)} and total assets ${hadMovedTo(spike.total, end.total)}.${compare}${slow ? ` The run-off had been slowed from ${longMonth(takesEffect(slow), lang)}, as announced on ${day(slow.announced)}.` : ""}`;
}

function describeLatest(data: FedData, lang: Lang): string {
  const window = windowOf(data, "latest");
  const latest = latestWeek(data);
  const spike = calloutWeek(data, "spike", window, "treasuries") ?? weekOnOrBefore(data, utc(spikeWeek));
  const low = calloutWeek(data, "treasuries-low", window, "treasuries") ?? latest;
  const qt2 = bandOf(data, "qt2");
  const bills = bandOf(data, "rmp");
  const day = (t: number) => longDay(t, lang);
  const higher = latest.treasuries > spike.treasuries;
  if (lang === "ja") {
    return `${day(latest.date)}までの最新のデータ。QTは${day(qt2.end ?? latest.date)}に終わり、FRBは${day(bills.start)}、準備預金を十分な水準に保つため必要に応じて短期国債を買うと発表した。米国債の保有額は${day(low.date)}の週の${tnLong(low.treasuries, lang)}を底に、${movedTo(low.treasuries, latest.treasuries, lang)}。利回りが急騰した${day(spike.date)}の週の${tnLong(spike.treasuries, lang)}を${higher ? "上回る" : "下回る"}水準。総資産は${tnLong(latest.total, lang)}。`;
  }
  return `The latest weeks in the data, to ${day(latest.date)}. The run-off ended on ${day(qt2.end ?? latest.date)}, and on ${day(bills.start)} the Fed said it would buy short-term Treasury bills as needed to keep bank reserves ample. Treasury holdings reached a low of ${tnLong(low.treasuries, lang)} in the week of ${day(low.date)} and have since ${hadMovedTo(low.treasuries, latest.treasuries)}, ${higher ? "above" : "below"} the ${tnLong(spike.treasuries, lang)} of the week of the yield spike (${day(spike.date)}). Total assets were ${tnLong(latest.total, lang)}.`;
}

export function describeFed(data: FedData, state: FedState, lang: Lang): string {
  switch (state) {
    case "baseline":
      return describeBaseline(data, lang);
    case "qe1":
      return describeQe1(data, lang);
    case "qe2":
    case "qe3":
    case "covid":
      return describePurchases(data, state, lang);
    case "qt":
      return describeQt(data, lang);
    case "april-2025":
      return describeApril(data, lang);
    case "latest":
      return describeLatest(data, lang);
  }
}
