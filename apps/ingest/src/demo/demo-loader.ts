import type { INestApplication } from '@nestjs/common';
import { generateEvents, SCENARIO_CLASSES } from '@tandem/fixtures';
import { workspaceSettingsSchema } from '@tandem/schema';
import { IngestService } from '../ingest/ingest.service.js';
import type { RawRecord } from '../ingest/raw-batch.js';
import { parseMetricQuery } from '../metrics/dtos/metric-query.dto.js';
import { SettingsRepository } from '../settings/settings.repository.js';
import { SuggestionsService } from '../suggestions/suggestions.service.js';
import { DEFAULT_WORKSPACE, WorkspaceRepository } from '../workspaces/workspace.repository.js';

const CHUNK = 20_000;
const DEMO_SEED = 7;

/** The demo's scenarios mapped to their classes, each class with targets that suit its kind of work. */
const DEMO_SETTINGS = workspaceSettingsSchema.parse({
  scenario_classes: {
    scenarios: SCENARIO_CLASSES,
    targets: {
      high_freq_low_complexity: { containment_min: 0.7, csat_min: 0.8 },
      low_freq_high_complexity: { time_to_human_p90_max_seconds: 300, csat_min: 0.7 },
      emotional: { sentiment_delta_min: 0, csat_min: 0.7, escalation_max: 0.6 },
    },
  },
});

/**
 * Fills an empty store with generated conversations ending now, through the same ingestion path as
 * the API, so a first start shows a dashboard with numbers and a trainer's inbox with suggestions
 * (over the last 30 days). A store with any event is left alone.
 */
export async function loadDemoData(app: INestApplication, conversations: number, now = new Date()): Promise<number> {
  if (await app.get(WorkspaceRepository).hasEvents(DEFAULT_WORKSPACE)) return 0;
  const ingest = app.get(IngestService);
  // The hour, not the millisecond: restarting within the hour regenerates the very same data.
  const anchor = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000).toISOString();
  let records: RawRecord[] = [];
  let stored = 0;
  const flush = async () => {
    const report = await ingest.ingestEvents(DEFAULT_WORKSPACE, { records });
    if (report.rejected > 0)
      throw new Error(`demo data was rejected: ${JSON.stringify(report.results.find((r) => r.status === 'rejected'))}`);
    stored += report.accepted;
    records = [];
  };
  for (const event of generateEvents({ conversations, seed: DEMO_SEED, anchor })) {
    records.push({ index: records.length, value: event });
    if (records.length === CHUNK) await flush();
  }
  if (records.length > 0) await flush();
  await app.get(SettingsRepository).put(DEFAULT_WORKSPACE, DEMO_SETTINGS, now);
  const tz = await app.get(WorkspaceRepository).timezoneOf(DEFAULT_WORKSPACE);
  await app.get(SuggestionsService).refresh(parseMetricQuery({}, DEFAULT_WORKSPACE, tz, now.getTime()));
  return stored;
}
