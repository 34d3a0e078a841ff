// Pure: the oEmbed document (https://oembed.com, type "rich") for one chapter in one language. Static sites
// cannot answer ?url= queries, so each chapter page links its own document through a discovery <link>.
import type { Lang } from "../i18n/locales";

export interface OembedVariant {
  lang: Lang;
  title: string;
  /** The chapter page. */
  url: string;
  /** This language's oEmbed document. */
  oembed_url: string;
  /** This language's embed snippet. */
  html: string;
}

export interface OembedDocument {
  version: "1.0";
  type: "rich";
  title: string;
  provider_name: string;
  provider_url: string;
  /** The script-free iframe snippet: consumers may strip scripts, and a fixed height always works. */
  html: string;
  width: number;
  height: number;
  /** Extensions: the language of this variant, its page, and every language's variant. */
  lang: Lang;
  url: string;
  alternates: OembedVariant[];
}

/** The nominal frame width an oEmbed consumer should reserve; the iframe itself is 100% wide. */
export const OEMBED_WIDTH = 720;

export function oembedDocument(options: {
  variant: OembedVariant;
  alternates: OembedVariant[];
  providerName: string;
  providerUrl: string;
  height: number;
}): OembedDocument {
  const { variant } = options;
  return {
    version: "1.0",
    type: "rich",
    title: variant.title,
    provider_name: options.providerName,
    provider_url: options.providerUrl,
    html: variant.html,
    width: OEMBED_WIDTH,
    height: options.height,
    lang: variant.lang,
    url: variant.url,
    alternates: options.alternates,
  };
}
