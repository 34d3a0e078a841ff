// Content collections: the chapters (MDX, one per language) and the glossary.
import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { z } from "astro/zod";

/** What a teacher needs to use a chapter in class; rendered on the chapter's teacher's guide page. */
const teacherGuide = z
  .object({
    /** What students should be able to do after the chapter, each starting with a verb. */
    objectives: z.array(z.string().min(1)).min(2).max(5),
    /** Glossary ids (content/glossary) of the terms the chapter relies on. */
    keyTerms: z
      .array(z.string().regex(/^[a-z0-9-]+$/))
      .min(2)
      .max(10),
    /** Three to five discussion questions, each with a suggested answer for the teacher. */
    questions: z
      .array(z.object({ question: z.string().min(1), answer: z.string().min(1) }).strict())
      .min(3)
      .max(5),
    /** A short classroom activity: what students do, and what a good result looks like. */
    activity: z
      .object({
        title: z.string().min(1),
        steps: z.array(z.string().min(1)).min(1).max(6),
        answer: z.string().min(1),
      })
      .strict(),
  })
  .strict();

/** A chapter of the story, in one language. Its file lives at `content/chapters/<lang>/NN-slug.mdx`. */
const chapters = defineCollection({
  // Ids are the path (`ja/01-sell-off`), not the slug: both languages share a slug.
  loader: glob({
    pattern: "*/[0-9][0-9]-*.mdx",
    base: "./content/chapters",
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
  }),
  schema: z
    .object({
      /** The chapter title in this language, short enough for a card. */
      title: z.string().min(1),
      /** One-sentence standfirst printed under the title. */
      dek: z.string().min(1),
      /** Position in the story, 1..9; the file name's NN must agree. */
      order: z.number().int().min(1).max(99),
      /** URL slug, identical in every language so the language switch can keep the reader's place. */
      slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
      /** Cover-card and social-preview summary. */
      summary: z.string().min(1).max(200),
      /** Two to four "key takeaways" shown in a box at the chapter's end. */
      takeaways: z.array(z.string().min(1)).min(2).max(4),
      /** The heading of the article's section this chapter retells, as printed in the original Japanese. */
      articleSection: z.string().min(1),
      /** The teacher's guide for this chapter. */
      teachers: teacherGuide,
    })
    .strict(),
});

/** Glossary entries per language: `content/glossary/<lang>.json`. */
const glossaryEntry = z
  .object({
    /** Stable id shared by both languages; `<Term id>` refers to it. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The term as a reader meets it. */
    term: z.string().min(1),
    /** Kana reading for Japanese terms written in kanji. */
    reading: z.string().optional(),
    /** One sentence, shown in the term's popover. */
    short: z.string().min(1),
    /** Two to four sentences for the glossary page. */
    long: z.string().min(1),
  })
  .strict();

const glossaryJa = defineCollection({ loader: file("./content/glossary/ja.json"), schema: glossaryEntry });
const glossaryEn = defineCollection({ loader: file("./content/glossary/en.json"), schema: glossaryEntry });

export const collections = { chapters, glossaryJa, glossaryEn };
