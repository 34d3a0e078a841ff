// Makes sure Debian's Chromium is there before the browser tests run. Never downloads a browser build:
// installs the distribution package when we are root, otherwise says exactly what to do.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `\nThe browser tests need Chromium at ${CHROMIUM}, and it is not installed.\n` +
        `Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n` +
        `(or point CHROMIUM_PATH at another Chromium or Chrome binary), then run npm test again.\n`,
    );
    process.exit(1);
  }
  console.log(`Chromium not found at ${CHROMIUM}: installing Debian's chromium package...`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (!existsSync(CHROMIUM)) {
    console.error(`apt-get finished but ${CHROMIUM} is still missing.`);
    process.exit(1);
  }
}
