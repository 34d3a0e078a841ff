// html-validate's settings for the built pages: the recommended and whole-document presets, changed only where
// the build's output is correct HTML that a default rule would still flag. Each change says why.
import type { ConfigData } from "html-validate";

export const htmlValidateConfig: ConfigData = {
  extends: ["html-validate:recommended", "html-validate:document"],
  rules: {
    // Subresource Integrity guards against another host altering a file. Every script and stylesheet here is
    // served from the page's own origin (test/e2e/privacy.spec.ts fails on any other), where an attacker who
    // could change the file could change the page's integrity attribute too; so require it for cross-origin only.
    "require-sri": ["error", { target: "crossorigin" }],
    // Heading ids are made from the heading's words by the MDX pipeline (github-slugger); a Japanese heading such
    // as 「2025年4月の入札」 gives an id starting with a digit, which HTML allows (an id needs only to be non-empty
    // and without spaces). Strict mode would ask for ids that also work unescaped as CSS selectors.
    "valid-id": ["error", { relaxed: true }],
  },
};
