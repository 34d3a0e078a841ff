// The shares chart's steps (chapter 5): what each one shows, as data the model, the scroller and embeds all
// read, and every label the chart prints, in both languages.
import type { Localized } from "../../i18n/locales";

export const sharesStates = ["china-peak-share", "crossing", "today"] as const;
export type SharesState = (typeof sharesStates)[number];

export interface SharesStepSpec {
  /** First and last month drawn ("first"/"latest" = the ends of the data). */
  from: string | "first";
  to: string | "latest";
  /** Which line the step is about; the other is drawn quieter. */
  focus: "both" | "china";
  /** The step's note under the time axis (series breaks, how the lines cross, the custody caveat). */
  note: keyof typeof sharesNotes;
}

export const sharesStepSpecs: Record<SharesState, SharesStepSpec> = {
  "china-peak-share": { from: "first", to: "latest", focus: "china", note: "breaks" },
  // From the last years before China overtook Japan to just after Japan took first place again for good.
  crossing: { from: "2006-01-01", to: "2020-12-01", focus: "both", note: "sameTotal" },
  today: { from: "first", to: "latest", focus: "both", note: "custody" },
};

/** Notes printed under the axis, one per step; short enough for three lines at 320 px. */
export const sharesNotes = {
  breaks: {
    ja: "軸上の目盛りはTIC統計の区切り(点線:6月の年次調査、実線:2011年12月からの新方式)。その月の跳ねには数え直しの分も含まれます。",
    en: "Axis ticks: TIC series breaks (dotted: June surveys; solid: new method from Dec 2011). Jumps there are partly re-counting.",
  },
  sameTotal: {
    ja: "両国とも同じ外国保有総額で割っているので、線が交わる月は保有額が入れ替わる月と同じです。",
    en: "Both shares divide by the same total, so the lines cross in the months the dollar holdings cross.",
  },
  custody: {
    ja: "注意:ベルギーなど他国の保管機関を通じて中国が持つ米国債は、中国ではなくその国の分に数えられます。",
    en: "Caveat: Treasuries China holds via custodians elsewhere (e.g. Belgium) count there, not under China.",
  },
} satisfies Record<string, Localized>;

export const sharesText = {
  title: {
    ja: "外国が保有する米国債全体に占める中国と日本の割合(月末)",
    en: "China's and Japan's share of all foreign-held US Treasuries (end of month)",
  },
  unit: { ja: "外国保有総額に占める割合", en: "% of all foreign holdings" },
  china: { ja: "中国", en: "China" },
  japan: { ja: "日本", en: "Japan" },
  sharePeak: { ja: "シェアの最大", en: "Share peak" },
  dollarPeak: { ja: "保有額の最大", en: "Dollar peak" },
  chinaAhead: { ja: "中国が日本を上回った月", en: "Months China held more" },
  month: { ja: "月末", en: "End of month" },
  allForeign: { ja: "外国保有総額", en: "All foreign holders" },
  share: { ja: "割合", en: "share" },
  busd: { ja: "10億ドル", en: "$ billion" },
} satisfies Record<string, Localized>;
