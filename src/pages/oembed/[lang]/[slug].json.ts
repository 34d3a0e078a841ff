// oEmbed (https://oembed.com): one JSON document per chapter and language, found through the discovery
// <link rel="alternate" type="application/json+oembed"> on the chapter page.
import type { APIRoute, GetStaticPaths } from "astro";
import { type Chapter, chaptersIn } from "../../../chapters/query";
import { type OembedVariant, oembedDocument } from "../../../embed/oembed";
import { chapterEmbedPath, oembedPath } from "../../../embed/paths";
import { DEFAULT_HEIGHT, embedSnippet } from "../../../embed/snippet";
import { embedText } from "../../../embed/strings";
import { languages } from "../../../i18n/locales";
import { absoluteUrl, chapterPath, coverPath } from "../../../i18n/paths";
import { t } from "../../../i18n/ui";

export const getStaticPaths: GetStaticPaths = async () => {
  const perLang = await Promise.all(languages.map((lang) => chaptersIn(lang)));
  return perLang
    .flat()
    .map((chapter) => ({ params: { lang: chapter.lang, slug: chapter.slug }, props: { chapter } }));
};

export const GET: APIRoute = async ({ props, site }) => {
  const { chapter } = props as { chapter: Chapter };
  const url = (path: string) => absoluteUrl(path, site);
  const variants: OembedVariant[] = await Promise.all(
    languages.map(async (lang) => {
      const same = (await chaptersIn(lang)).find((c) => c.slug === chapter.slug) ?? chapter;
      const title = same.entry.data.title;
      return {
        lang,
        title,
        url: url(chapterPath(lang, chapter.slug)),
        oembed_url: url(oembedPath(lang, chapter.slug)),
        html: embedSnippet({
          src: url(chapterEmbedPath(lang, chapter.slug)),
          title: embedText(lang, "iframeTitle", { title, site: t(lang, "siteTitle") }),
          height: DEFAULT_HEIGHT.chapter,
        }),
      };
    }),
  );
  const document = oembedDocument({
    variant: variants.find((v) => v.lang === chapter.lang)!,
    alternates: variants,
    providerName: t(chapter.lang, "siteTitle"),
    providerUrl: url(coverPath(chapter.lang)),
    height: DEFAULT_HEIGHT.chapter,
  });
  return new Response(JSON.stringify(document, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
