declare namespace App {
  interface Locals {
    /** Per-page counter that gives each glossary popover a stable, unique id. */
    termCount?: number;
  }
}
