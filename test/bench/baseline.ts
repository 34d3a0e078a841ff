// The benchmark's lower bound: each chapter as the same HTML with every script removed (the chapter text, its
// server-rendered SVGs and its CSS, and nothing for the browser to run), next to the same assets.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The page without JavaScript: no <script> of any type (the chart data exists only for scripts), no module
 * preloads, no inline event handlers. Everything else stays byte for byte.
 */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, "")
    .replace(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)["']?[^>]*\bas=["']?script[^>]*>/gi, "")
    .replace(/<link\b[^>]*\brel=["']?modulepreload\b[^>]*>/gi, "")
    .replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(/\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, ""));
}

export interface BaselineSite {
  dir: string;
  remove(): void;
}

/** A copy of the build in a temporary folder in which the given pages (files relative to it) lose their scripts. */
export function writeBaselineSite(dist: string, pages: string[]): BaselineSite {
  const dir = mkdtempSync(join(tmpdir(), "bench-baseline-"));
  cpSync(dist, dir, { recursive: true });
  for (const page of pages) {
    writeFileSync(join(dir, page), withoutScripts(readFileSync(join(dist, page), "utf8")));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
