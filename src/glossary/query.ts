// Glossary entries per language, from content/glossary/<lang>.json.
import { getCollection, getEntry } from "astro:content";
import type { Lang } from "../i18n/locales";

const collectionOf = { ja: "glossaryJa", en: "glossaryEn" } as const;

export async function glossaryEntry(lang: Lang, id: string) {
  const entry = await getEntry(collectionOf[lang], id);
  if (!entry) throw new Error(`<Term id="${id}">: no entry "${id}" in content/glossary/${lang}.json`);
  return entry.data;
}

export async function glossary(lang: Lang) {
  const entries = await getCollection(collectionOf[lang]);
  return entries.map((e) => e.data).sort((a, b) => a.term.localeCompare(b.term, lang));
}
