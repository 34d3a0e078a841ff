// The measuring itself: both versions of every chapter served side by side, Lighthouse over all of them in one
// Chromium, then the throttled scroll over all of them in another, one page at a time so that nothing else the
// benchmark does competes for the CPU.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium } from "@playwright/test";
import { total, weighPage } from "../checks/page-weight.ts";
import type { BuiltSite } from "../checks/site.ts";
import { startStaticServer } from "../support/static-server.mjs";
import { CHROMIUM, CHROMIUM_ARGS, launchChromium } from "./chromium.ts";
import { runLighthouse, type LighthouseFigures } from "./lighthouse.ts";
import { compare, type ChapterResult, type Measured } from "./report.ts";
import { measureScroll, type ScrollFigures, type ScrollOptions } from "./scroll.ts";

export interface Chapter {
  /** URL path, the same in the build and in its baseline copy. */
  path: string;
  /** The page's file in the build and in the baseline copy. */
  file: { page: string; baseline: string };
}

export interface BenchSettings {
  /** Lighthouse runs per page (the run with the median LCP is kept). */
  runs: number;
  scroll: ScrollOptions;
  /** Chunks loaded only on a reader's action (test/budgets.json "onDemand"), not counted in a page's JS. */
  onDemand: ReadonlySet<string>;
  log: (message: string) => void;
}

type Kind = "page" | "baseline";
const KINDS = ["page", "baseline"] as const;

async function serve(dir: string): Promise<{ origin: string; close: () => void }> {
  const server = (await startStaticServer({ dir, port: 0, gzip: true })) as Server;
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  };
}

export async function benchmark(
  sites: Record<Kind, BuiltSite>,
  chapters: Chapter[],
  settings: BenchSettings,
): Promise<ChapterResult[]> {
  const servers = { page: await serve(sites.page.dir), baseline: await serve(sites.baseline.dir) };
  const key = (kind: Kind, chapter: Chapter) => `${kind} ${chapter.path}`;
  const lighthouse = new Map<string, LighthouseFigures>();
  const scroll = new Map<string, ScrollFigures>();
  try {
    const debuggable = await launchChromium();
    try {
      for (const chapter of chapters) {
        for (const kind of KINDS) {
          settings.log(`Lighthouse ${chapter.path} (${kind})`);
          const url = servers[kind].origin + chapter.path;
          lighthouse.set(key(kind, chapter), await runLighthouse(url, debuggable.port, settings.runs));
        }
      }
    } finally {
      await debuggable.close();
    }
    const player = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      for (const chapter of chapters) {
        for (const kind of KINDS) {
          settings.log(`scroll, CPU ${settings.scroll.cpuSlowdown}x slower: ${chapter.path} (${kind})`);
          const url = servers[kind].origin + chapter.path;
          scroll.set(key(kind, chapter), await measureScroll(player, url, settings.scroll));
        }
      }
    } finally {
      await player.close();
    }
  } finally {
    servers.page.close();
    servers.baseline.close();
  }

  const measured = async (kind: Kind, chapter: Chapter): Promise<Measured> => {
    const lh = lighthouse.get(key(kind, chapter));
    const sc = scroll.get(key(kind, chapter));
    if (!lh || !sc) throw new Error(`no measurement for ${chapter.path} (${kind})`);
    const w = await weighPage(sites[kind], chapter.path, chapter.file[kind], settings.onDemand);
    return { lighthouse: lh, scroll: sc, weight: { js: total(w.js), css: total(w.css), html: w.html } };
  };
  const results: ChapterResult[] = [];
  for (const chapter of chapters) {
    results.push(compare(chapter.path, await measured("page", chapter), await measured("baseline", chapter)));
  }
  return results;
}
