// Unit and snapshot tests: pure models, loaders and facts, run without a DOM.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ["test/unit/**/*.test.ts", "test/snapshot/**/*.test.ts"],
    environment: "node",
    setupFiles: ["test/unit/setup.ts"],
    // Some property tests run thousands of cases; a loaded CI machine must not fail them on time alone.
    testTimeout: 30_000,
    // Dates are parsed as UTC everywhere; pin the zone so a wrong parse shows up in tests.
    env: { TZ: "America/Los_Angeles" },
  },
});
