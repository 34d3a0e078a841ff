// A built site on disk, seen the way a static host serves it: URL paths under a base path map to files, a path
// ending in "/" serves that folder's index.html. The checks and the benchmark all read the build through this.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

export interface BuiltSite {
  /** Absolute path of the build folder. */
  dir: string;
  /** The base path the site was built for: "/" or "/explainer/". */
  base: string;
}

export interface BuiltPage {
  /** URL path under the base, e.g. "/explainer/en/sell-off/". */
  path: string;
  file: string;
}

export function builtSite(dir: string, base = "/"): BuiltSite {
  const root = resolve(dir);
  if (!existsSync(join(root, "sitemap.xml"))) {
    throw new Error(
      `${dir} holds no sitemap.xml: build the site first (e.g. npx astro build --outDir ${dir}).`,
    );
  }
  return { dir: root, base: normaliseBase(base) };
}

export function normaliseBase(base: string): string {
  const withLead = base.startsWith("/") ? base : `/${base}`;
  return withLead.endsWith("/") ? withLead : `${withLead}/`;
}

/** Every file under `dir`, as paths relative to it with "/" separators, sorted. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** Every HTML page of the build with the URL path a host serves it at. */
export function htmlPages(site: BuiltSite): BuiltPage[] {
  return filesUnder(site.dir)
    .filter((file) => file.endsWith(".html"))
    .map((file) => ({
      path: site.base + file.replace(/(^|\/)index\.html$/, "$1"),
      file: join(site.dir, file),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export type Resolved =
  | { kind: "file"; file: string }
  | { kind: "outside-base" }
  | { kind: "missing" }
  | { kind: "folder-without-slash" };

/** What a host serves for `pathname` (already URL-decoded or not: both work). */
export function resolvePath(site: BuiltSite, pathname: string): Resolved {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return { kind: "missing" };
  }
  if (!path.startsWith(site.base)) return { kind: "outside-base" };
  const inside = path.slice(site.base.length);
  const file = resolve(site.dir, inside);
  if (file !== site.dir && !file.startsWith(site.dir + sep)) return { kind: "outside-base" };
  if (!existsSync(file)) return { kind: "missing" };
  if (statSync(file).isDirectory()) {
    // trailingSlash "always": "/en/sell-off" is a redirect on some hosts and a 404 on others.
    if (!path.endsWith("/")) return { kind: "folder-without-slash" };
    const index = join(file, "index.html");
    return existsSync(index) ? { kind: "file", file: index } : { kind: "missing" };
  }
  return { kind: "file", file };
}

export interface Sitemap {
  /** Every <loc>. */
  locs: string[];
  /** Every hreflang alternate's href. */
  alternates: string[];
}

export function readSitemap(site: BuiltSite): Sitemap {
  const xml = readFileSync(join(site.dir, "sitemap.xml"), "utf8");
  const unescape = (s: string) => s.replaceAll("&amp;", "&");
  return {
    locs: [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => unescape(m[1] ?? "")),
    alternates: [...xml.matchAll(/<xhtml:link\b[^>]*\bhref="([^"]+)"/g)].map((m) => unescape(m[1] ?? "")),
  };
}

/** The origin the site's absolute URLs (canonical, sitemap, Open Graph) use, read from the sitemap. */
export function siteOrigin(sitemap: Sitemap): string {
  const first = sitemap.locs[0];
  if (first === undefined) throw new Error("sitemap.xml lists no <loc>");
  return new URL(first).origin;
}
