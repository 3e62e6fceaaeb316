/**
 * The bytes a page downloaded, for `npm run bench`: every response's body, read as it arrives.
 * A body that cannot be read is an error naming its URL, never 0 bytes; a URL fetched more than
 * once (MapLibre's worker imports the file of code it shares with the page, which the browser
 * revalidates) counts once, with its largest body.
 */
import {gzipSync} from 'node:zlib';
import type {Page} from 'playwright-core';

/** One response: its body, or why it could not be read. */
export type ResponseBody = {url: string; body: Buffer} | {url: string; error: string};

/** Starts reading the body of each response of `page`; the returned function waits for those seen so far. */
export function recordBodies(page: Page): () => Promise<ResponseBody[]> {
  const bodies: Promise<ResponseBody>[] = [];
  page.on('response', (response) => {
    // A redirect has no body of its own: the response it leads to is recorded.
    const status = response.status();
    if (status >= 300 && status < 400 && status !== 304) return;
    const url = response.url();
    bodies.push(
      response.body().then(
        (body) => ({url, body}),
        (error: unknown) => ({url, error: `status ${status}: ${error instanceof Error ? error.message : String(error)}`}),
      ),
    );
  });
  return () => Promise.all(bodies);
}

/**
 * Each URL's largest body, of the responses `counts` keeps. Throws when the body of a counted
 * response could not be read.
 */
export function largestBodies(responses: readonly ResponseBody[], counts: (url: string) => boolean): Map<string, Buffer> {
  const largest = new Map<string, Buffer>();
  for (const response of responses) {
    if (!counts(response.url)) continue;
    if ('error' in response) throw new Error(`npm run bench: could not read the body of ${response.url} (${response.error}); its bytes would be missing from the page weight.`);
    if (response.body.length >= (largest.get(response.url)?.length ?? -1)) largest.set(response.url, response.body);
  }
  return largest;
}

/** Gzip (level 9) size of each body, in bytes. */
export function gzipSizes(bodies: Map<string, Buffer>): {url: string; gzip: number}[] {
  return [...bodies].map(([url, body]) => ({url, gzip: gzipSync(body, {level: 9}).length}));
}
