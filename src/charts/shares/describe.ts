// What the shares chart shows at each step, in words with the key numbers: for screen readers and the no-JS
// caption.
import type { Lang } from "../../i18n/locales";
import { billionsShort, monthLabel } from "../format";
import { sharePct } from "./format";
import {
  type MonthSpan,
  type SharesData,
  addMonths,
  chinaAheadSpans,
  gapsBetween,
  monthsBetween,
  sharesHighlights,
} from "./share-series";
import type { SharesState } from "./steps";

function spanText(span: MonthSpan, lang: Lang): string {
  const long = (t: number) => monthLabel(t, lang, "long");
  if (span.from === span.to) return long(span.from);
  return lang === "ja" ? `${long(span.from)}〜${long(span.to)}` : `${long(span.from)} to ${long(span.to)}`;
}

function list(items: string[], lang: Lang): string {
  if (lang === "ja") return items.join("、");
  if (items.length <= 2) return items.join(" and ");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

export function describeShares(data: SharesData, state: SharesState, lang: Lang): string {
  const h = sharesHighlights(data);
  const month = (t: number) => monthLabel(t, lang, "long");
  const pct = (share: number) => sharePct(share, lang);
  const ja = lang === "ja";
  switch (state) {
    case "china-peak-share": {
      const first = data.months[0] ?? 0;
      const brk = h.breakBeforeChinaPeak;
      const after = brk === undefined ? undefined : monthsBetween(brk, h.chinaSharePeak.month);
      const breakNote =
        brk === undefined || after === undefined || after > 12
          ? ""
          : ja
            ? `これは${month(brk)}の統計の区切り(年次調査による数え直し)の${after === 0 ? "月" : `${after}か月後`}です。`
            : ` That was ${after === 0 ? "in the month of" : `${after === 1 ? "one month" : `${after} months`} after`} the ${month(brk)} series break, when an annual survey re-counted holdings.`;
      return ja
        ? `${month(first)}から${month(h.latest.month)}までの、外国保有総額に占める中国と日本の割合の折れ線グラフ。中国の割合は${month(h.chinaSharePeak.month)}の${pct(h.chinaSharePeak.value)}が最大でした。${breakNote}ドル建ての保有額が最大になったのはその後の${month(h.chinaDollarPeak.month)}で、そのときの割合はすでに${pct(h.chinaDollarPeak.share)}でした。時間軸上の点線の目盛りは6月の統計の区切り、実線の目盛りは${month(data.methodChange)}からの新しい集計方式を示します。`
        : `Line chart of China's and Japan's shares of all foreign-held Treasuries, ${month(first)} to ${month(h.latest.month)}. China's share was highest in ${month(h.chinaSharePeak.month)}, at ${pct(h.chinaSharePeak.value)}.${breakNote} Its holdings in dollars peaked later, in ${month(h.chinaDollarPeak.month)}, when its share was already down to ${pct(h.chinaDollarPeak.share)}. Dotted ticks on the time axis mark June series breaks; a solid tick marks the new counting method from ${month(data.methodChange)}.`;
    }
    case "crossing": {
      const spans = chinaAheadSpans(data);
      const first = spans[0];
      const last = spans.at(-1);
      if (!first || !last)
        return ja ? "中国の割合が日本を上回った月はありません。" : "China's share never exceeded Japan's.";
      const gaps = gapsBetween(spans).map((g) => spanText(g, lang));
      const since = month(addMonths(last.to, 1));
      return ja
        ? `中国の割合は${month(first.from)}から${month(last.to)}まで日本を上回りました${gaps.length > 0 ? `(${list(gaps, lang)}を除く)` : ""}。網かけがその月です。${since}以降は日本の割合のほうが大きくなっています。`
        : `The shading marks the months in which China's share was larger than Japan's: from ${month(first.from)} to ${month(last.to)}${gaps.length > 0 ? `, except ${list(gaps, lang)}` : ""}. Since ${since} Japan's share has been the larger one.`;
    }
    case "today":
      return ja
        ? `${month(h.latest.month)}、外国の保有総額は${billionsShort(h.latest.total, lang)}で、日本の割合は${pct(h.latest.japan)}、中国は${pct(h.latest.china)}でした。最大だったのは日本が${month(h.japanSharePeak.month)}の${pct(h.japanSharePeak.value)}、中国が${month(h.chinaSharePeak.month)}の${pct(h.chinaSharePeak.value)}です。注意:TICは保管されている場所で国を割り振るため、ベルギーなど他国の保管機関を通じて中国が持つ米国債は中国に数えられません。`
        : `In ${month(h.latest.month)} all foreign holders together held ${billionsShort(h.latest.total, lang)}; Japan's share was ${pct(h.latest.japan)} and China's ${pct(h.latest.china)}, against peaks of ${pct(h.japanSharePeak.value)} for Japan (${month(h.japanSharePeak.month)}) and ${pct(h.chinaSharePeak.value)} for China (${month(h.chinaSharePeak.month)}). Caveat: TIC counts holdings where they are held, so Treasuries China owns through custodians in other countries, such as Belgium, are not counted under China.`;
  }
}
