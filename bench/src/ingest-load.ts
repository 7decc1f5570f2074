import { generateEvents } from '@tandem/fixtures';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';

export interface LoadResult {
  events: number;
  seconds: number;
  eventsPerSecond: number;
  rejected: number;
}

/** Writes generated conversations as NDJSON ahead of the clock, so the timing is the service's, not the generator's. */
export async function writeNdjson(
  path: string,
  options: { conversations: number; seed: number; anchor: string },
): Promise<number> {
  const out = createWriteStream(path);
  let events = 0;
  let chunk: string[] = [];
  for (const event of generateEvents(options)) {
    chunk.push(JSON.stringify(event));
    events++;
    if (chunk.length === 10_000) {
      if (!out.write(chunk.join('\n') + '\n')) await once(out, 'drain');
      chunk = [];
    }
  }
  out.end(chunk.length > 0 ? chunk.join('\n') + '\n' : '');
  await once(out, 'finish');
  return events;
}

/** Splits NDJSON bytes into bodies of `lines` lines each, without decoding them: a client passes bytes on. */
async function* ndjsonBatches(path: string, lines: number): AsyncGenerator<Buffer<ArrayBuffer>> {
  let parts: Buffer[] = [];
  let count = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, newline + 1)) {
      if (++count < lines) continue;
      parts.push(chunk.subarray(start, newline + 1));
      yield Buffer.concat(parts);
      parts = [];
      count = 0;
      start = newline + 1;
    }
    if (start < chunk.length) parts.push(chunk.subarray(start));
  }
  if (parts.length > 0) yield Buffer.concat(parts);
}

/** Posts an NDJSON file in batches with a few requests in flight, as a busy integration would. */
export async function ingestFile(
  url: string,
  key: string,
  path: string,
  options: { batchEvents: number; concurrency: number },
): Promise<LoadResult> {
  const inFlight = new Set<Promise<void>>();
  let events = 0;
  let rejected = 0;
  const post = async (body: Buffer<ArrayBuffer>) => {
    const response = await fetch(`${url}/api/v1/events?report=problems`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-ndjson' },
      body,
    });
    if (!response.ok) throw new Error(`ingest answered ${response.status}: ${await response.text()}`);
    // Counted from the answer: the throughput is of events the service acknowledged.
    const report = (await response.json()) as { accepted: number; duplicate: number; rejected: number };
    events += report.accepted + report.duplicate;
    rejected += report.rejected;
  };
  const started = performance.now();
  for await (const body of ndjsonBatches(path, options.batchEvents)) {
    const request = post(body).finally(() => inFlight.delete(request));
    inFlight.add(request);
    if (inFlight.size >= options.concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  return { events, seconds, eventsPerSecond: events / seconds, rejected };
}
