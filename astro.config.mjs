// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

// SITE and BASE let a teacher host a copy anywhere: `SITE=https://school.example BASE=/explainer/ npm run build`.
const site = process.env.SITE ?? "https://treasury-explainer.example.org";
const base = process.env.BASE ?? "/";

export default defineConfig({
  site,
  base,
  output: "static",
  trailingSlash: "always",
  integrations: [mdx()],
  build: { format: "directory" },
  i18n: {
    locales: ["ja", "en"],
    defaultLocale: "ja",
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  devToolbar: { enabled: false },
});
