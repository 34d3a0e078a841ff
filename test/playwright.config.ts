// Browser tests against the production build (`npm run build` first), in Debian's Chromium.
import { defineConfig, devices } from "@playwright/test";

// E2E_PORT and E2E_DIST let several builds be tested side by side (e.g. a sub-path build).
const PORT = Number(process.env.E2E_PORT ?? 4391);
const DIST = process.env.E2E_DIST ?? "dist";

export default defineConfig({
  testDir: "./e2e",
  outputDir: "../test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: `node test/support/static-server.mjs --dir ${DIST} --port ${PORT}`,
    cwd: "..",
    url: `http://127.0.0.1:${PORT}/ja/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
