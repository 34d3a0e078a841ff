// Reads test fixtures from test/fixtures/data.
import { readFileSync } from "node:fs";

export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/data/${name}`, import.meta.url), "utf8");
}

/** The fixture's path as error messages name it. */
export const fixturePath = (name: string) => `test/fixtures/data/${name}`;
