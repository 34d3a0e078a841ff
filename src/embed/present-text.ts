// Presentation-mode strings.
import type { Lang } from "../i18n/locales";

export const presentText: Record<Lang, { hint: string; fullScreen: string; present: string }> = {
  ja: {
    hint: "→ キーまたはクリッカーで次へ、← で戻ります。F キーで全画面、Esc で章のページに戻ります。",
    fullScreen: "全画面で表示",
    present: "授業で映す(プレゼンテーション)",
  },
  en: {
    hint: "Press → or your clicker for the next step and ← to go back. F toggles full screen; Esc returns to the chapter page.",
    fullScreen: "Full screen",
    present: "Present in class",
  },
};
