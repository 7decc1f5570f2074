import { cpus } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchDashboardRender, DASHBOARD_RENDER_TARGETS } from './dashboard-render.js';
import { benchIngestOverview, INGEST_OVERVIEW_TARGETS, type Row } from './ingest-overview.js';
import { storeSetups } from '@tandem/testkit';

const STORE_IDS = ['duckdb', 'clickhouse', 'clickhouse-2-shards'];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    sizes: { type: 'string', default: '100000,1000000' },
    stores: { type: 'string', default: STORE_IDS.join(',') },
    batch: { type: 'string', default: '20000' },
    concurrency: { type: 'string', default: '4' },
    queries: { type: 'string', default: '30' },
    'demo-conversations': { type: 'string', default: '20000' },
    'render-runs': { type: 'string', default: '10' },
  },
});

const BENCHES = ['dashboard', 'ingest'] as const;

/**
 * The stores asked for, from the servers the environment names (docs/clickhouse.md); a ClickHouse
 * store without its server is left out, with a line saying so.
 */
function benchStores(ids: readonly string[]) {
  const unknown = ids.filter((id) => !STORE_IDS.includes(id));
  if (unknown.length > 0) throw new Error(`--stores takes ${STORE_IDS.join(', ')}; not ${unknown.join(', ')}`);
  const available = storeSetups();
  for (const id of ids) {
    if (!available.some((s) => s.id === id)) console.log(`${id} left out: its ClickHouse server is not configured`);
  }
  return available.filter((s) => ids.includes(s.id));
}

function write(name: string, result: object): void {
  const folder = fileURLToPath(new URL('../results/', import.meta.url));
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ machine: { cpus: cpus().length, node: process.version }, ...result }, null, 2));
  console.log(`written ${file}`);
}

async function main(): Promise<void> {
  const selected = values.only ? values.only.split(',') : [...BENCHES];
  const unknown = selected.filter((b) => !(BENCHES as readonly string[]).includes(b));
  if (unknown.length > 0) throw new Error(`--only takes ${BENCHES.join(', ')}; not ${unknown.join(', ')}`);

  // The short one first: its figure is in hand even when the long load is interrupted.
  if (selected.includes('dashboard')) {
    const render = await benchDashboardRender({
      conversations: Number(values['demo-conversations']),
      runs: Number(values['render-runs']),
    });
    console.log(`target: rendered overview p50 ≤ ${DASHBOARD_RENDER_TARGETS.render_p50_ms} ms`);
    if (render) write('dashboard-render', { targets: DASHBOARD_RENDER_TARGETS, rows: [render] });
  }
  if (selected.includes('ingest')) {
    const common = {
      sizes: values.sizes
        .split(',')
        .map(Number)
        .sort((a, b) => a - b),
      batchEvents: Number(values.batch),
      concurrency: Number(values.concurrency),
      queries: Number(values.queries),
    };
    const rows: Row[] = [];
    for (const store of benchStores(values.stores.split(','))) {
      const rowsOfStore = await benchIngestOverview({ ...common, store });
      rows.push(...rowsOfStore);
      write(`ingest-overview-${store.id}`, {
        batchEvents: common.batchEvents,
        concurrency: common.concurrency,
        analysis: 'sentiment scored on every customer message and every handoff classified, inside ingestion',
        targets: INGEST_OVERVIEW_TARGETS,
        rows: rowsOfStore,
      });
    }
    console.table(rows);
    // Ingestion as deployed: sentiment scored on every customer message, every handoff classified.
    console.log(
      `targets: ingest ≥ ${INGEST_OVERVIEW_TARGETS.ingest_events_per_s} events/s (sentiment and escalation ` +
        `analysis on); overview p50 ≤ ${INGEST_OVERVIEW_TARGETS.overview_p50_ms_at_1m} ms at 1M conversations`,
    );
    console.log(
      `ingest_ceiling_events_per_s: ${cpus().length} cores divided by the service's CPU per event, the most ` +
        'this machine can ingest doing the same work per event, however it is arranged (embedded store only)',
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
