import { IMPORT_FORMATS } from '@tandem/importers';
import { SingleBar, Presets } from 'cli-progress';
import { createApp } from '../app.js';
import type { Config } from '../config/config.js';
import type { IngestReport, RecordResult } from '../ingest/ingest-report.js';
import { IngestService } from '../ingest/ingest.service.js';
import type { RawRecord } from '../ingest/raw-batch.js';
import { WorkspaceRepository } from '../workspaces/workspace.repository.js';
import { openStoreForCommand } from './open-store.js';

export interface ImportOptions {
  format: string;
  path: string;
  workspace: string;
  batch: number;
  /** Send through a running service instead of opening the database file. */
  url?: string | undefined;
  key?: string | undefined;
}

type Sink = (documents: unknown[]) => Promise<IngestReport>;

async function directSink(config: Config, workspace: string): Promise<{ sink: Sink; close: () => Promise<void> }> {
  const store = await openStoreForCommand(config);
  const app = await createApp({ ...config, TANDEM_LOG_LEVEL: 'silent' }, store);
  await app.get(WorkspaceRepository).ensure(workspace, workspace, config.TANDEM_TIMEZONE, new Date());
  const ingest = app.get(IngestService);
  return {
    sink: (documents) =>
      ingest.ingestDocuments(workspace, { records: documents.map((value, index): RawRecord => ({ index, value })) }),
    close: () => app.close(),
  };
}

function httpSink(url: string, key: string): Sink {
  return async (documents) => {
    const response = await fetch(new URL('/api/v1/conversations?report=problems', url), {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-ndjson' },
      body: documents.map((d) => JSON.stringify(d)).join('\n'),
    });
    if (response.status !== 200 && response.status !== 422) {
      throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
    }
    return (await response.json()) as IngestReport;
  };
}

export async function importCommand(config: Config, options: ImportOptions): Promise<number> {
  const importer = IMPORT_FORMATS.get(options.format);
  if (!importer) {
    throw new Error(`unknown format "${options.format}"; one of: ${[...IMPORT_FORMATS.keys()].join(', ')}`);
  }
  if (options.url && !options.key) throw new Error('--url needs --key (an API key of the target workspace)');
  const total = importer.count ? await importer.count(options.path) : 0;
  const { sink, close } = options.url
    ? { sink: httpSink(options.url, options.key!), close: async () => {} }
    : await directSink(config, options.workspace);
  const bar = new SingleBar(
    { format: '{bar} {percentage}% | {value}/{total} conversations | {eta_formatted} left', hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  const totals = { accepted: 0, duplicate: 0, rejected: 0 };
  const problems: RecordResult[] = [];
  let done = 0;
  let pending: unknown[] = [];
  const flush = async () => {
    const report = await sink(pending);
    totals.accepted += report.accepted;
    totals.duplicate += report.duplicate;
    totals.rejected += report.rejected;
    for (const r of report.results)
      if (r.status === 'rejected' && problems.length < 10) problems.push({ ...r, index: r.index + done });
    done += pending.length;
    bar.update(done);
    pending = [];
  };
  try {
    for await (const document of importer.read(options.path)) {
      pending.push(document);
      if (pending.length >= options.batch) await flush();
    }
    if (pending.length > 0) await flush();
  } finally {
    bar.stop();
    await close();
  }
  console.log(
    `${options.format}: ${totals.accepted} conversations imported, ${totals.duplicate} already there, ${totals.rejected} rejected`,
  );
  for (const p of problems)
    console.log(
      `  document ${p.index}${p.id ? ` (${p.id})` : ''}: ${p.errors?.map((e) => `${e.path || '(document)'} ${e.reason}`).join('; ')}`,
    );
  return totals.rejected > 0 ? 2 : 0;
}
