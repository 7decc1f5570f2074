import { DEFAULT_ANCHOR } from '@tandem/fixtures';
import { startService, type StoreSetup } from '@tandem/testkit';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFile, writeNdjson } from './ingest-load.js';
import { quantile } from './stats.js';

export interface IngestOverviewOptions {
  store: StoreSetup;
  /** Conversation counts to reach, one step each, smallest first. */
  sizes: number[];
  batchEvents: number;
  concurrency: number;
  queries: number;
}

const SETTLE_MS = 20_000;

export const INGEST_OVERVIEW_TARGETS = { ingest_events_per_s: 100_000, overview_p50_ms_at_1m: 150 };

export interface Row {
  store: string;
  conversations: number;
  events: number;
  ingest_events_per_s: number;
  ingest_seconds: number;
  service_cpu_us_per_event: number;
  /**
   * The rate at which the service's CPU per event would keep every core of this machine busy: no
   * arrangement of the same work goes faster here. Embedded store only; a ClickHouse server's own
   * CPU is not counted, so there it would overstate the bound and is left empty.
   */
  ingest_ceiling_events_per_s: number | null;
  overview_p50_ms: number;
  overview_p95_ms: number;
  overview_p50_ms_right_after_load: number;
  service_rss_mib: number;
  service_peak_mib: number;
}

async function overviewLatencies(url: string, key: string, queries: number): Promise<number[]> {
  // The whole generated period (60 days up to the anchor), read in a zone other than UTC.
  const to = DEFAULT_ANCHOR.slice(0, 10);
  const from = new Date(Date.parse(to) - 60 * 86_400_000).toISOString().slice(0, 10);
  const query = `from=${from}&to=${to}&tz=Asia/Shanghai`;
  const times: number[] = [];
  for (let i = 0; i < queries + 3; i++) {
    const started = performance.now();
    const response = await fetch(`${url}/api/v1/metrics/overview?${query}`, {
      headers: { authorization: `Bearer ${key}` },
    });
    if (!response.ok) throw new Error(`overview answered ${response.status}`);
    await response.json();
    // The first few warm caches; an operator's steady state is what counts.
    if (i >= 3) times.push(performance.now() - started);
  }
  return times;
}

/**
 * NDJSON ingest throughput over HTTP, then overview latency, at each size in turn on one store. The
 * CPU column is the service process's; a ClickHouse server's own CPU is not in it.
 */
export async function benchIngestOverview(options: IngestOverviewOptions): Promise<Row[]> {
  const { store, sizes, batchEvents, concurrency, queries } = options;
  const work = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
  const service = await startService({ dbPath: join(work, 'bench.duckdb'), env: store.env });
  const rows: Row[] = [];
  try {
    let loaded = 0;
    let events = 0;
    for (const [step, size] of sizes.entries()) {
      const file = join(work, `step-${step}.ndjson`);
      // Each step adds conversations under another seed, so ids never collide with the previous step's.
      await writeNdjson(file, { conversations: size - loaded, seed: 1000 + step, anchor: DEFAULT_ANCHOR });
      const cpuBefore = service.cpuSeconds();
      const load = await ingestFile(service.url, service.key, file, { batchEvents, concurrency });
      const cpu = service.cpuSeconds() - cpuBefore;
      const cpuPerEvent = cpu / load.events;
      rmSync(file);
      if (load.rejected > 0) throw new Error(`${load.rejected} generated events were rejected`);
      loaded = size;
      events += load.events;
      const rightAfter = await overviewLatencies(service.url, service.key, queries);
      // Steady state: writes have paused long enough for the store's idle checkpoint to compact them.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const latencies = await overviewLatencies(service.url, service.key, queries);
      const memory = service.memory();
      rows.push({
        store: store.id,
        conversations: size,
        events,
        ingest_events_per_s: Math.round(load.eventsPerSecond),
        ingest_seconds: Number(load.seconds.toFixed(1)),
        service_cpu_us_per_event: Number((cpuPerEvent * 1e6).toFixed(1)),
        ingest_ceiling_events_per_s: store.id === 'duckdb' ? Math.round(cpus().length / cpuPerEvent) : null,
        overview_p50_ms: Number(quantile(latencies, 0.5).toFixed(1)),
        overview_p95_ms: Number(quantile(latencies, 0.95).toFixed(1)),
        overview_p50_ms_right_after_load: Number(quantile(rightAfter, 0.5).toFixed(1)),
        service_rss_mib: memory.rssMiB,
        service_peak_mib: memory.peakMiB,
      });
      console.table(rows);
    }
  } finally {
    await service.stop();
    await store.dispose();
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}
