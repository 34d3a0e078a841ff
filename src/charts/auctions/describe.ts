// What each step of the auction chart shows, in words and with its key numbers, for screen readers and the no-JS
// caption. Every number is computed from the data; each language is written for its own reader.
import type { Lang } from "../../i18n/locales";
import {
  type AuctionPoint,
  type AuctionsData,
  type TenorAuctions,
  afterSpan,
  aprilAuction,
  auctionsAfter,
  auctionSpan,
  highestAuction,
  lowestAuction,
  lowestOf,
  tenorRow,
} from "./auctions-data";
import { countText, listText, longDay, monthSpan, ordinal, ratioText, shortDay } from "./auctions-format";
import { type AuctionsState, auctionsText, exampleTenor } from "./steps";

function describeBars(data: AuctionsData, lang: Lang): string {
  const example = aprilAuction(tenorRow(data, exampleTenor));
  const tenor = auctionsText.tenorLong[example.tenor][lang];
  const ratio = ratioText(example.ratio, lang);
  return lang === "ja"
    ? `入札1回の規模と、集まった応札を2本の棒で比べています。${longDay(example.date, "ja")}の${tenor}入札では、発行額の${ratio}倍の応札がありました。財務省は条件のよい応札から発行額の分だけを落札とし、残りは落札されませんでした。データにあるのは倍率だけで金額はないため、棒の長さは発行額を1とした比です。`
    : `Two bars compare one auction's size with the bids it drew: at the ${tenor} auction of ${longDay(example.date, "en")}, investors bid ${ratio} times the amount on sale. The Treasury accepted the best bids up to the amount on sale; the rest were not accepted. The data gives the ratio, not dollar amounts, so the bars are drawn relative to the amount on sale.`;
}

function describeRatio(data: AuctionsData, lang: Lang): string {
  const ratio = ratioText(aprilAuction(tenorRow(data, exampleTenor)).ratio, lang);
  return lang === "ja"
    ? `応札倍率は応札額を発行額で割った値で、この入札では${ratio}です。数直線の1は、応札額が発行額とちょうど同じことを表します。倍率が高いほど、売りに出した額に対する応札が多かったことになりますが、誰が買ったかはわかりません。`
    : `The bid-to-cover ratio is the bids received divided by the amount on sale: ${ratio} for that auction, on a number line where 1 means the bids exactly cover the amount on sale. A higher ratio means more bids for each dollar on sale; it does not show who bid.`;
}

function rowSummary(row: TenorAuctions, lang: Lang): string {
  const name = auctionsText.tenor[row.tenor][lang];
  const n = countText(row.dates.length, lang);
  const low = ratioText(lowestAuction(row).ratio, lang);
  const high = ratioText(highestAuction(row).ratio, lang);
  const median = ratioText(row.median, lang);
  return lang === "ja"
    ? `${name}は${n}回で中央値${median}、最低${low}〜最高${high}`
    : `${name}: ${n} auctions, median ${median}, from ${low} to ${high}`;
}

function describeStrip(data: AuctionsData, lang: Lang): string {
  const { from, to } = auctionSpan(data);
  const span = monthSpan(from, to, lang, "words");
  const rows = data.tenors.map((row) => rowSummary(row, lang));
  return lang === "ja"
    ? `${span}に行われた3年債・10年債・30年債の入札(物価連動債を除く。リオープンは元の年限に含む)すべての応札倍率を、年限ごとに1行の点で示しています。${rows.join("。")}。`
    : `Dot plot of the bid-to-cover ratio at every 3-, 10- and 30-year auction from ${span}, one row per maturity (inflation-protected securities excluded; reopenings count with their maturity). ${rows.join(". ")}.`;
}

/** "9th lowest of 46" / "46回中低い方から9位". */
function rankPhrase(point: AuctionPoint, row: TenorAuctions, lang: Lang): string {
  const n = countText(row.dates.length, lang);
  return lang === "ja"
    ? `${n}回中低い方から${ordinal(point.rank, lang)}`
    : `${ordinal(point.rank, lang)} lowest of ${n}`;
}

function versusMedian(point: AuctionPoint, row: TenorAuctions, lang: Lang): string {
  const median = ratioText(row.median, lang);
  if (lang === "ja") {
    const side =
      point.ratio < row.median
        ? "を下回りました"
        : point.ratio > row.median
          ? "を上回りました"
          : "と同じでした";
    return `中央値${median}${side}`;
  }
  const side = point.ratio < row.median ? "below" : point.ratio > row.median ? "above" : "at";
  return `${side} its median of ${median}`;
}

function describeApril(data: AuctionsData, lang: Lang): string {
  const parts = data.tenors.map((row) => {
    const a = aprilAuction(row);
    const name = auctionsText.tenor[row.tenor][lang];
    return lang === "ja"
      ? `${name}(${shortDay(a.date, lang)})は${ratioText(a.ratio, lang)}で${rankPhrase(a, row, lang)}、${versusMedian(a, row, lang)}`
      : `the ${name} on ${shortDay(a.date, lang)} drew ${ratioText(a.ratio, lang)}, ${rankPhrase(a, row, lang)}, ${versusMedian(a, row, lang)}`;
  });
  const lows = data.tenors.map((row) => {
    const low = lowestAuction(row);
    const name = auctionsText.tenor[row.tenor][lang];
    return lang === "ja"
      ? `${name}は${longDay(low.date, lang)}の${ratioText(low.ratio, lang)}`
      : `${name} ${ratioText(low.ratio, lang)} on ${longDay(low.date, lang)}`;
  });
  const year = new Date(aprilAuction(tenorRow(data, exampleTenor)).date).getUTCFullYear();
  return lang === "ja"
    ? `急騰の週(${year}年4月)の入札を強調しています。${parts.join("。")}。データ内の最低は、${lows.join("、")}です。`
    : `The auctions in the week of the spike, April ${year}, highlighted: ${parts.join("; ")}. The lowest results in the file: ${lows.join("; ")}.`;
}

function describeAfter(data: AuctionsData, lang: Lang): string {
  const span = afterSpan(data);
  if (!span)
    return lang === "ja"
      ? "データは2025年4月の入札で終わっており、その後の入札はありません。"
      : "The data ends with the April 2025 auctions; there are none after them.";
  const parts = data.tenors.flatMap((row) => {
    const after = auctionsAfter(row);
    const low = lowestOf(after);
    if (!low) return [];
    const high = after.reduce((h, p) => (p.ratio > h.ratio ? p : h), low);
    const name = auctionsText.tenor[row.tenor][lang];
    const n = countText(after.length, lang);
    return lang === "ja"
      ? [
          `${name}は${n}回で${ratioText(low.ratio, lang)}〜${ratioText(high.ratio, lang)}、最も低かったのは${shortDay(low.date, lang)}の${ratioText(low.ratio, lang)}(${rankPhrase(low, row, lang)})`,
        ]
      : [
          `${name}: ${n} auctions from ${ratioText(low.ratio, lang)} to ${ratioText(high.ratio, lang)}, the lowest on ${shortDay(low.date, lang)} (${rankPhrase(low, row, lang)})`,
        ];
  });
  const newLows = data.tenors.filter((row) => auctionsAfter(row).some((p) => p.rank === 1));
  const names = newLows.map((row) => auctionsText.tenor[row.tenor][lang]);
  const verdict =
    lang === "ja"
      ? newLows.length === 0
        ? "どの年限もデータ内の最低は更新していません。"
        : `データ内の最低を更新したのは${names.join("、")}です。`
      : newLows.length === 0
        ? "None set a new low for its maturity in the file."
        : `New lows for the file: ${listText(names, lang)}.`;
  const when = monthSpan(span.from, span.to, lang, "words");
  return lang === "ja"
    ? `記事の後、${when}の入札を強調しています。${parts.join("。")}。${verdict}`
    : `The auctions after the article, ${when}, highlighted. ${parts.join(". ")}. ${verdict}`;
}

export function describeAuctions(data: AuctionsData, state: AuctionsState, lang: Lang): string {
  switch (state) {
    case "what-is-btc":
      return describeBars(data, lang);
    case "ratio":
      return describeRatio(data, lang);
    case "three-tenors":
      return describeStrip(data, lang);
    case "april-2025":
      return describeApril(data, lang);
    case "after":
      return describeAfter(data, lang);
  }
}
