// The chapter list per language, in story order, with what pages need to link chapters together.
import { getCollection, type CollectionEntry } from "astro:content";
import { type Lang, isLang } from "../i18n/locales";
import { readingMinutes } from "./reading-time";

export type ChapterEntry = CollectionEntry<"chapters">;

export interface Chapter {
  entry: ChapterEntry;
  lang: Lang;
  slug: string;
  order: number;
  readingMinutes: number;
}

/** Splits a collection id such as `ja/01-sell-off` and checks it agrees with the frontmatter. */
function toChapter(entry: ChapterEntry): Chapter {
  const [langPart, filePart] = entry.id.split("/");
  const file = `content/chapters/${entry.id}.mdx`;
  if (!isLang(langPart) || filePart === undefined) {
    throw new Error(`${file}: chapters live in content/chapters/ja/ or content/chapters/en/`);
  }
  const match = /^(\d\d)-(.+)$/.exec(filePart);
  if (!match || Number(match[1]) !== entry.data.order || match[2] !== entry.data.slug) {
    throw new Error(
      `${file}: the file name must be NN-slug.mdx matching frontmatter order ${entry.data.order} and slug "${entry.data.slug}"`,
    );
  }
  return {
    entry,
    lang: langPart,
    slug: entry.data.slug,
    order: entry.data.order,
    readingMinutes: readingMinutes(entry.body ?? "", langPart),
  };
}

let cache: Chapter[] | undefined;

async function allChapters(): Promise<Chapter[]> {
  if (!cache) {
    const chapters = (await getCollection("chapters")).map(toChapter);
    const slugsByLang = (lang: Lang) =>
      chapters
        .filter((c) => c.lang === lang)
        .map((c) => `${c.order}:${c.slug}`)
        .sort()
        .join(",");
    if (slugsByLang("ja") !== slugsByLang("en")) {
      throw new Error(
        "content/chapters: ja and en must have the same chapters (order and slug) so readers can switch",
      );
    }
    cache = chapters;
  }
  return cache;
}

export async function chaptersIn(lang: Lang): Promise<Chapter[]> {
  return (await allChapters()).filter((c) => c.lang === lang).sort((a, b) => a.order - b.order);
}

export interface ChapterNeighbours {
  previous: Chapter | undefined;
  next: Chapter | undefined;
}

export async function neighboursOf(chapter: Chapter): Promise<ChapterNeighbours> {
  const list = await chaptersIn(chapter.lang);
  const index = list.findIndex((c) => c.slug === chapter.slug);
  return { previous: list[index - 1], next: list[index + 1] };
}
