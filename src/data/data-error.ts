// The one error a data file can raise: it names the file, the line, the column and what is wrong with it.

/** Where in a data file a problem was found. `line` is 1-based and the header is line 1. */
export interface DataErrorLocation {
  file: string;
  line?: number;
  column?: string;
}

/**
 * A data file that cannot be trusted. The message is written for someone who has never seen the file:
 * `content/data/tic_major_foreign_holders.csv line 14, column "china": "71,4" is not a number`.
 */
export class DataError extends Error {
  override readonly name = "DataError";
  readonly file: string;
  readonly line: number | undefined;
  readonly column: string | undefined;
  readonly reason: string;

  constructor(where: DataErrorLocation, reason: string) {
    super(`${describeLocation(where)}: ${reason}`);
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.reason = reason;
  }
}

function describeLocation({ file, line, column }: DataErrorLocation): string {
  const parts = [file];
  if (line !== undefined) parts.push(` line ${line}`);
  if (column !== undefined) parts.push(`${line !== undefined ? "," : ""} column "${column}"`);
  return parts.join("");
}
