// Writes dist/_headers (the format Netlify and Cloudflare Pages read) with the security headers a <meta> CSP
// cannot carry. Pages may be framed only by the site itself, except the embed pages, which any course platform
// may frame. Paths include the configured base, so a copy hosted under a sub-path gets the same rules.
import { writeFile } from "node:fs/promises";

const common = [
  "Referrer-Policy: strict-origin-when-cross-origin",
  "X-Content-Type-Options: nosniff",
  "Permissions-Policy: accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()",
];

/** The _headers text for a site whose base path is `base` ("/" or "/sub/"). */
export function headersFile(base) {
  const root = base.endsWith("/") ? base : `${base}/`;
  const lines = [
    `${root}*`,
    ...common.map((h) => `  ${h}`),
    "  Content-Security-Policy: frame-ancestors 'self'",
    "",
  ];
  for (const lang of ["ja", "en"]) {
    // "! Header" first removes the site-wide value (Cloudflare Pages syntax), so the two policies never combine.
    lines.push(
      `${root}${lang}/embed/*`,
      "  ! Content-Security-Policy",
      "  Content-Security-Policy: frame-ancestors *",
      "",
    );
  }
  return lines.join("\n");
}

export default function securityHeaders() {
  let base = "/";
  return {
    name: "security-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": async ({ dir }) => {
        await writeFile(new URL("_headers", dir), headersFile(base));
      },
    },
  };
}
