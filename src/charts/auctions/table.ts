// The numbers behind the auction chart: every auction it draws, by tenor, with its rank from the weakest, as the
// accessible table and as the "get the data" CSV.
import type { Lang } from "../../i18n/locales";
import type { CsvTable, DataTable } from "../chart";
import { type TenorAuctions, auctionAt } from "./auctions-data";
import { countText, longDay, ordinal, ratioText } from "./auctions-format";
import type { AuctionsData } from "./model";
import { auctionsTemplates, auctionsText } from "./steps";

const tableText = {
  columns: {
    ja: ["入札日", "銘柄(年限)", "応札倍率", "低い方からの順位", "備考"],
    en: ["Auction date", "Security (term)", "Bid-to-cover", "Rank from lowest", "Note"],
  },
  section: {
    ja: (tenor: string, count: string, median: string) => `${tenor}: ${count}回、${median}`,
    en: (tenor: string, count: string, median: string) => `${tenor}: ${count} auctions, ${median}`,
  },
  april: { ja: "急騰の週の入札", en: "Week of the spike" },
  after: { ja: "記事の後", en: "After the article" },
  reopening: { ja: "リオープン(追加発行)", en: "Reopening" },
};

/** Treasury prints terms in English ("9-Year 10-Month"); Japanese readers get "9年10カ月". */
export function termText(term: string, lang: Lang): string {
  if (lang === "en") return term;
  return term.replace(/(\d+)-Year/g, "$1年").replace(/ ?(\d+)-Month/g, "$1カ月");
}

function notes(row: TenorAuctions, i: number, lang: Lang): string {
  const parts: string[] = [];
  if (i === row.april) parts.push(tableText.april[lang]);
  if (i > row.april) parts.push(tableText.after[lang]);
  if (row.terms[i] !== row.tenor) parts.push(tableText.reopening[lang]);
  return parts.join(lang === "ja" ? "、" : "; ");
}

export function auctionsTable(data: AuctionsData, lang: Lang): DataTable {
  const rows = data.tenors.flatMap((row) => {
    const count = row.dates.length;
    const section = tableText.section[lang](
      auctionsText.tenorLong[row.tenor][lang],
      countText(count, lang),
      auctionsTemplates.median[lang](ratioText(row.median, lang)),
    );
    return [
      [section, "", "", "", ""],
      ...row.dates.map((_, i) => {
        const a = auctionAt(row, i);
        const rank =
          lang === "ja"
            ? `${ordinal(a.rank, lang)}/${countText(count, lang)}`
            : `${ordinal(a.rank, lang)} of ${countText(count, lang)}`;
        return [
          longDay(a.date, lang),
          termText(row.terms[i] ?? row.tenor, lang),
          ratioText(a.ratio, lang),
          rank,
          notes(row, i, lang),
        ];
      }),
    ];
  });
  return { columns: tableText.columns[lang], rows };
}

export function auctionsCsv(data: AuctionsData): CsvTable {
  return {
    header: [
      "tenor_group",
      "auction_date",
      "security_term",
      "bid_to_cover",
      "rank_from_lowest",
      "auctions_in_tenor",
      "tenor_median",
      "note",
    ],
    rows: data.tenors.flatMap((row) =>
      row.dates.map((date, i) => [
        row.tenor,
        new Date(date).toISOString().slice(0, 10),
        row.terms[i] ?? null,
        row.ratios[i] ?? null,
        row.ranks[i] ?? null,
        row.dates.length,
        row.median,
        i === row.april ? "week_of_april_2025_spike" : i > row.april ? "after_april_2025" : null,
      ]),
    ),
  };
}
