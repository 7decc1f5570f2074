import { generateEvents } from '@tandem/fixtures';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';

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
  const post = async (body: string) => {
    const response = await fetch(`${url}/api/v1/events?report=problems`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-ndjson' },
      body,
    });
    if (!response.ok) throw new Error(`ingest answered ${response.status}: ${await response.text()}`);
    rejected += ((await response.json()) as { rejected: number }).rejected;
  };
  const send = async (lines: string[]) => {
    events += lines.length;
    const request = post(lines.join('\n')).finally(() => inFlight.delete(request));
    inFlight.add(request);
    if (inFlight.size >= options.concurrency) await Promise.race(inFlight);
  };
  const started = performance.now();
  let lines: string[] = [];
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    lines.push(line);
    if (lines.length === options.batchEvents) {
      await send(lines);
      lines = [];
    }
  }
  if (lines.length > 0) await send(lines);
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  return { events, seconds, eventsPerSecond: events / seconds, rejected };
}
