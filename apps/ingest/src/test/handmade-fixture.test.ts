import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Aggregate, Bucketed, ConversationPage, Grouped } from '@tandem/metrics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeSetups } from '@tandem/testkit';
import type { IngestReport } from '../ingest/ingest-report.js';
import { startTestApp, type TestApp } from './test-app.js';

/** Values in fixtures/expected/handmade were computed by hand (see its README), not by this code. */
const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/expected/handmade');

interface Case {
  name: string;
  params: { from: string; to: string; tz: string; recontact_hours: number; filters: Record<string, string[]> };
  conversations: { total: number; closed: number; open: number };
  rates: Record<string, [number, number]>;
  abandonment_parts: Record<string, number>;
  csat_mean: number | null;
  durations: Record<string, { count: number; median: number | null; p90: number | null }>;
  volume_by_day: { day: string; total: number; bot_involved: number }[];
  volume_by_channel: Record<string, number>;
}

interface HeatmapCell {
  weekday: number;
  hour: number;
  conversations: number;
  with_bot: number;
}

interface ReasonExpectation {
  reason: string;
  conversations: number;
  csat: [number, number];
  dissatisfied: number;
}

interface Expected {
  escalations: {
    case: string;
    bot_reasons: ReasonExpectation[];
    bot_trend_by_day: { bucket: string; reason: string; conversations: number }[];
    customer_requested_human: string[];
  };
  heatmap: { case: string; without_bot: string[]; cells: HeatmapCell[] };
  dimensions: { case: string; channel: string[] };
  transcript: {
    conversation_id: string;
    event_ids: string[];
    handoff_reason: string;
    segment: string;
    outcome: string;
  };
  ingest: {
    batch: string;
    accepted: number;
    duplicate: number;
    rejected: number;
    rejected_lines?: { line: number; path: string }[];
  }[];
  cases: Case[];
}

const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8')) as Expected;

function queryString(c: Case, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({
    from: c.params.from,
    to: c.params.to,
    tz: c.params.tz,
    recontact_hours: String(c.params.recontact_hours),
    ...extra,
  });
  for (const [key, values] of Object.entries(c.params.filters)) for (const v of values) params.append(key, v);
  return params.toString();
}

// The parity suite: the same hand-written answers from every store (docs/clickhouse.md).
describe.each(storeSetups())('hand-made fixture over HTTP on $name', (setup) => {
  let t: TestApp;
  const reports: IngestReport[] = [];

  beforeAll(async () => {
    t = await startTestApp(setup.env);
    for (const { batch } of expected.ingest) {
      const response = await t.call('/api/v1/events', {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson' },
        body: readFileSync(join(FIXTURE, batch), 'utf8'),
      });
      reports.push((await response.json()) as IngestReport);
    }
  });
  afterAll(async () => {
    await t?.close();
    await setup.dispose();
  });

  it('answers each batch per record as written by hand', () => {
    expected.ingest.forEach((want, i) => {
      const got = reports[i]!;
      expect({ accepted: got.accepted, duplicate: got.duplicate, rejected: got.rejected }, want.batch).toEqual({
        accepted: want.accepted,
        duplicate: want.duplicate,
        rejected: want.rejected,
      });
      const rejectedLines = got.results
        .filter((r) => r.status === 'rejected')
        .map((r) => ({ line: r.line, path: r.errors?.[0]?.path }));
      expect(rejectedLines).toEqual(want.rejected_lines ?? []);
    });
  });

  for (const c of expected.cases) {
    describe(c.name, () => {
      it('overview matches', async () => {
        const body = (await (await t.call(`/api/v1/metrics/overview?${queryString(c)}`)).json()) as Aggregate;
        expect({
          total: body.conversations.total,
          closed: body.conversations.closed,
          open: body.conversations.open,
        }).toEqual(c.conversations);
        for (const [name, [numerator, denominator]] of Object.entries(c.rates)) {
          expect({
            name,
            numerator: body.rates[name as keyof Aggregate['rates']].numerator,
            denominator: body.rates[name as keyof Aggregate['rates']].denominator,
          }).toEqual({ name, numerator, denominator });
        }
        expect(body.abandonment_parts).toEqual(c.abandonment_parts);
        if (c.csat_mean === null) expect(body.csat_mean).toBeNull();
        else expect(body.csat_mean).toBeCloseTo(c.csat_mean, 6);
        for (const [name, d] of Object.entries(c.durations)) {
          expect(body.durations[name as keyof Aggregate['durations']].count, name).toBe(d.count);
          for (const stat of ['median', 'p90'] as const) {
            if (d[stat] === null)
              expect(body.durations[name as keyof Aggregate['durations']][stat], `${name}.${stat}`).toBeNull();
            else
              expect(body.durations[name as keyof Aggregate['durations']][stat], `${name}.${stat}`).toBeCloseTo(
                d[stat],
                6,
              );
          }
        }
      });

      it('volume by local day and by channel matches', async () => {
        const series = (await (
          await t.call(`/api/v1/metrics/timeseries?${queryString(c, { granularity: 'day' })}`)
        ).json()) as { buckets: Bucketed[] };
        expect(
          series.buckets.map((b) => ({
            day: b.bucket,
            total: b.conversations.total,
            bot_involved: b.conversations.with_bot,
          })),
        ).toEqual(c.volume_by_day);
        const split = (await (
          await t.call(`/api/v1/metrics/timeseries?${queryString(c, { granularity: 'day', by: 'channel' })}`)
        ).json()) as { buckets: Bucketed[] };
        const perChannel: Record<string, number> = {};
        const perDay: Record<string, number> = {};
        for (const b of split.buckets) {
          perChannel[b.key!] = (perChannel[b.key!] ?? 0) + b.conversations.total;
          perDay[b.bucket] = (perDay[b.bucket] ?? 0) + b.conversations.total;
        }
        expect(perChannel).toEqual(c.volume_by_channel);
        expect(perDay).toEqual(Object.fromEntries(c.volume_by_day.map((d) => [d.day, d.total])));
        const channels = (await (
          await t.call(`/api/v1/metrics/breakdown?${queryString(c, { by: 'channel' })}`)
        ).json()) as { groups: Grouped[] };
        expect(Object.fromEntries(channels.groups.map((g) => [g.key, g.conversations.total]))).toEqual(
          c.volume_by_channel,
        );
      });

      it('drill-down lists exactly the counted conversations, and the CSV export reproduces the rates', async () => {
        const containment = c.rates['containment']!;
        const list = (await (
          await t.call(
            `/api/v1/metrics/conversations?${queryString(c, { metric: 'containment', part: 'denominator', page_size: '1000' })}`,
          )
        ).json()) as ConversationPage;
        expect(list.total).toBe(containment[1]);
        expect(list.conversations).toHaveLength(containment[1]);
        const csv = await (await t.call(`/api/v1/metrics/export.csv?${queryString(c)}`)).text();
        const [header, ...lines] = csv.trim().split('\r\n');
        const columns = header!.split(',');
        const rows = lines.map((line) => line.split(','));
        expect(rows).toHaveLength(c.conversations.total);
        for (const [name, [numerator, denominator]] of Object.entries(c.rates)) {
          const sum = (column: string) => rows.reduce((s, r) => s + Number(r[columns.indexOf(column)]), 0);
          expect([name, sum(`${name}_numerator`), sum(`${name}_denominator`)]).toEqual([name, numerator, denominator]);
        }
      });
    });
  }

  describe('heatmap, filter values and transcript', () => {
    const caseNamed = (name: string) => expected.cases.find((c) => c.name === name)!;

    it('counts conversations and those with the bot by local weekday and hour', async () => {
      const c = caseNamed(expected.heatmap.case);
      const body = (await (await t.call(`/api/v1/metrics/heatmap?${queryString(c)}`)).json()) as {
        cells: HeatmapCell[];
      };
      expect(body.cells).toEqual(expected.heatmap.cells);
    });

    it('drills into one heatmap cell', async () => {
      const c = caseNamed(expected.heatmap.case);
      for (const cell of expected.heatmap.cells) {
        const cellQuery = { weekday: String(cell.weekday), hour: String(cell.hour) };
        const all = (await (
          await t.call(`/api/v1/metrics/conversations?${queryString(c, { metric: 'conversations', ...cellQuery })}`)
        ).json()) as ConversationPage;
        const withBot = (await (
          await t.call(`/api/v1/metrics/conversations?${queryString(c, { metric: 'with_bot', ...cellQuery })}`)
        ).json()) as ConversationPage;
        expect([cell.weekday, cell.hour, all.total, withBot.total]).toEqual([
          cell.weekday,
          cell.hour,
          cell.conversations,
          cell.with_bot,
        ]);
      }
    });

    it('lists the conversations without the bot, the complement of with_bot', async () => {
      const c = caseNamed(expected.heatmap.case);
      const list = (await (
        await t.call(`/api/v1/metrics/conversations?${queryString(c, { metric: 'without_bot' })}`)
      ).json()) as ConversationPage;
      expect(list.conversations.map((x) => x.conversation_id)).toEqual(expected.heatmap.without_bot);
    });

    it('refuses a weekday or hour out of range', async () => {
      const response = await t.call('/api/v1/metrics/conversations?weekday=0&hour=24');
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { path: string }[] };
      expect(body.errors.map((e) => e.path).sort()).toEqual(['hour', 'weekday']);
    });

    it('offers the channels seen in the window, most frequent first, whatever the channel filter', async () => {
      const c = caseNamed(expected.dimensions.case);
      const body = (await (
        await t.call(`/api/v1/metrics/dimensions?${queryString(c, { channel: 'sms' })}`)
      ).json()) as { values: Record<string, string[]> };
      expect(body.values['channel']).toEqual(expected.dimensions.channel);
    });

    it('reads a transcript back in time order with its handoff', async () => {
      const want = expected.transcript;
      const body = (await (await t.call(`/api/v1/conversations/${want.conversation_id}`)).json()) as {
        conversation: { segment: string; outcome: string; handoff_reason: string };
        events: { event_id: string; type: string; reason?: string; confidence?: number; author?: string }[];
      };
      expect(body.events.map((e) => e.event_id)).toEqual(want.event_ids);
      expect(body.events.find((e) => e.type === 'handoff')?.reason).toBe(want.handoff_reason);
      expect(body.conversation).toMatchObject({
        segment: want.segment,
        outcome: want.outcome,
        handoff_reason: want.handoff_reason,
      });
      // Fields an event does not carry are left out rather than sent as null.
      expect(body.events.find((e) => e.type === 'conversation.closed')).not.toHaveProperty('author');
    });

    it('answers 404 for a conversation the workspace does not have', async () => {
      expect((await t.call('/api/v1/conversations/no-such-conversation')).status).toBe(404);
    });
  });

  describe('escalation reasons of the bot', () => {
    const want = expected.escalations;
    const c = expected.cases.find((x) => x.name === want.case)!;

    it('counts handed-off conversations per reason with their CSAT, most frequent first', async () => {
      const body = (await (
        await t.call(`/api/v1/escalations/reasons?${queryString(c, { source: 'bot' })}`)
      ).json()) as {
        reasons: {
          reason: string;
          conversations: number;
          csat: { numerator: number; denominator: number };
          dissatisfied: number;
        }[];
      };
      expect(
        body.reasons.map((r) => ({
          reason: r.reason,
          conversations: r.conversations,
          csat: [r.csat.numerator, r.csat.denominator],
          dissatisfied: r.dissatisfied,
        })),
      ).toEqual(want.bot_reasons);
    });

    it('gives the trend per local day', async () => {
      const body = (await (await t.call(`/api/v1/escalations/trend?${queryString(c, { source: 'bot' })}`)).json()) as {
        buckets: unknown[];
      };
      expect(body.buckets).toEqual(want.bot_trend_by_day);
    });

    it('drills into the conversations of one reason, and of none', async () => {
      const list = (await (
        await t.call(
          `/api/v1/metrics/conversations?${queryString(c, { metric: 'handed_off', reason_source: 'bot', reason: 'customer_requested_human' })}`,
        )
      ).json()) as ConversationPage;
      expect(list.conversations.map((x) => x.conversation_id)).toEqual(want.customer_requested_human);
      const none = (await (
        await t.call(
          `/api/v1/metrics/conversations?${queryString(c, { metric: 'handed_off', reason_source: 'bot', reason: 'none' })}`,
        )
      ).json()) as ConversationPage;
      expect(none.total).toBe(0);
    });

    it('refuses a reason without its source, and an unknown source', async () => {
      const lone = await t.call(`/api/v1/metrics/conversations?${queryString(c, { reason: 'low_confidence' })}`);
      expect(lone.status).toBe(400);
      const unknown = await t.call(`/api/v1/escalations/reasons?${queryString(c, { source: 'crystal_ball' })}`);
      expect(unknown.status).toBe(400);
      expect(((await unknown.json()) as { errors: { path: string }[] }).errors[0]!.path).toBe('source');
    });
  });
});
