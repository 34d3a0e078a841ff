// Downloads with a message a person can act on when the network or the server fails.

/** The part of `fetch` the update step uses, so tests can inject one (e.g. one that is offline). */
export type Fetcher = (
  url: string,
) => Promise<{ ok: boolean; status: number; statusText: string; text(): Promise<string> }>;

/** Why an update could not run; nothing has been written when it is thrown. */
export class UpdateError extends Error {
  override readonly name = "UpdateError";
}

export async function fetchText(fetcher: Fetcher, url: string): Promise<string> {
  let response: Awaited<ReturnType<Fetcher>>;
  try {
    response = await fetcher(url);
  } catch (error) {
    const cause =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    throw new UpdateError(
      `Could not reach ${new URL(url).host} to download ${url} (${cause}). ` +
        "Are you offline? The data update needs the internet; no file was changed.",
    );
  }
  if (!response.ok) {
    throw new UpdateError(
      `${url} answered ${response.status} ${response.statusText}. The source may be down or its address may have changed; no file was changed.`,
    );
  }
  return response.text();
}
