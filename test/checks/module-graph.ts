// Reads the import statements of the bundler's JavaScript chunks, so a page's JavaScript can be weighed as the
// browser loads it: each <script src> module, its static imports (Astro splits shared code into chunks), and the
// lazy chunks of the charts the page actually shows.
//
// The chunks are minified ESM without comments, so a scan of import/export-from syntax is exact enough; any
// specifier that does not resolve to a file in the build is reported rather than skipped.

export interface LazyImport {
  specifier: string;
  /** The source path an import.meta.glob entry names, e.g. "../charts/fed/chart.ts", when there is one. */
  globKey?: string;
}

const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'`])([^"'`]+)\1/g;
const EXPORT_FROM = /\bexport\s*(?:\*\s*(?:as\s+[\w$]+\s*)?|\{[^}]*\}\s*)from\s*(["'`])([^"'`]+)\1/g;
const DYNAMIC_IMPORT = /\bimport\(\s*(["'`])([^"'`]+)\1\s*\)/g;
// Vite compiles import.meta.glob into { "../charts/fed/chart.ts": () => preload(() => import("./chart.X.js"), ...) }.
const GLOB_ENTRY =
  /(["'`])([^"'`]+\.[cm]?[jt]sx?)\1\s*:\s*\(\)\s*=>[^"'`]*?\bimport\(\s*(["'`])([^"'`]+)\3\s*\)/g;

/** Specifiers a module imports statically (import ... from, bare import, export ... from). */
export function staticImports(source: string): string[] {
  const found = [...source.matchAll(STATIC_IMPORT), ...source.matchAll(EXPORT_FROM)].map((m) => m[2] ?? "");
  return [...new Set(found)];
}

/** Specifiers a module may import later with import(), with the glob key that names each, if any. */
export function lazyImports(source: string): LazyImport[] {
  const keyed = new Map<string, string>();
  for (const m of source.matchAll(GLOB_ENTRY)) keyed.set(m[4] ?? "", m[2] ?? "");
  const specifiers = new Set([...source.matchAll(DYNAMIC_IMPORT)].map((m) => m[2] ?? ""));
  return [...specifiers].map((specifier) => {
    const globKey = keyed.get(specifier);
    return globKey === undefined ? { specifier } : { specifier, globKey };
  });
}

/**
 * The chart id a glob key loads, if it is a chart definition: "../charts/fed/chart.ts" from outside src/charts,
 * or "./fed/chart.ts" from a module inside it (src/charts/live-chart.ts).
 */
export function chartOfGlobKey(globKey: string): string | undefined {
  return /^(?:.*\/charts|\.)\/([^/]+)\/chart\.[cm]?[jt]s$/.exec(globKey)?.[1];
}

/**
 * Resolves an import specifier against the URL path of the module that wrote it.
 * Bare specifiers ("d3-scale") cannot load in a browser without an import map, so they resolve to undefined.
 */
export function resolveSpecifier(specifier: string, fromPath: string): string | undefined {
  if (!/^(\.{1,2}\/|\/)/.test(specifier)) return undefined;
  return new URL(specifier, `http://site${fromPath}`).pathname;
}
