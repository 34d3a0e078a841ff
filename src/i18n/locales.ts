// The site's two languages and the Intl locale each one formats with.
export const languages = ["ja", "en"] as const;
export type Lang = (typeof languages)[number];

export const intlLocale: Record<Lang, string> = { ja: "ja-JP", en: "en-US" };

/** The language a reader of `lang` is offered in the switch. */
export function otherLang(lang: Lang): Lang {
  return lang === "ja" ? "en" : "ja";
}

export function isLang(value: string | undefined): value is Lang {
  return value === "ja" || value === "en";
}

/** Per-language text: every user-visible string in the code is one of these, never a bare string. */
export type Localized<T = string> = Record<Lang, T>;

/** The language of the page being rendered, from its URL (`/ja/...`, `/en/...`, also under a base path). */
export function langOfUrl(url: URL): Lang {
  const base = import.meta.env.BASE_URL.replace(/\/$/, "");
  const first = url.pathname.slice(base.length).split("/").find(Boolean);
  return isLang(first) ? first : "ja";
}
