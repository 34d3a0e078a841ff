// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import securityHeaders from "./src/integrations/security-headers.mjs";
import footnoteLabels from "./src/integrations/footnote-labels.mjs";
import scriptsAfterPaint from "./src/integrations/scripts-after-paint.mjs";

// SITE and BASE let a teacher host a copy anywhere: `SITE=https://school.example BASE=/explainer/ npm run build`.
const site = process.env.SITE ?? "https://treasury-explainer.example.org";
const base = process.env.BASE ?? "/";

export default defineConfig({
  site,
  base,
  output: "static",
  trailingSlash: "always",
  integrations: [mdx(), securityHeaders(), footnoteLabels(), scriptsAfterPaint()],
  // No code blocks in the story; Shiki would also need inline styles, which the CSP forbids.
  markdown: { syntaxHighlight: false },
  build: { format: "directory" },
  i18n: {
    locales: ["ja", "en"],
    defaultLocale: "ja",
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy in a <meta> tag on every page: Astro hashes the scripts and styles it emits,
  // so nothing inline runs unless the build made it. No third-party origins at all. frame-ancestors cannot be set
  // from <meta>; public/_headers sends it (and the other security headers) on hosts that read that file.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        // blob: lets "Download the chart" draw its own SVG onto a canvas for the PNG.
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
