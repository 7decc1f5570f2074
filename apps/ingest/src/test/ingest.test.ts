import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeSetups } from '@tandem/testkit';
import type { IngestReport } from '../ingest/ingest-report.js';
import { ndjson, startTestApp, type TestApp } from './test-app.js';

const report = async (response: Response) => (await response.json()) as IngestReport;

const message = (i: number) => ({
  event_id: `e-${i}`,
  type: 'message',
  conversation_id: `c-${Math.floor(i / 10)}`,
  ts: `2026-03-02T10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}+08:00`,
  message_id: `m-${i}`,
  author: i % 2 === 0 ? 'customer' : 'bot',
  text: `hello ${i}`,
});

async function countRows(t: TestApp, table: 'events' | 'conversations'): Promise<number> {
  const row = await t.store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(storeSetups())('POST /api/v1/events on $name', (setup) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(setup.env);
  });
  afterEach(async () => {
    await t?.close();
    await setup.dispose();
  });

  it('stores a batch once when it is sent twice', async () => {
    const batch = Array.from({ length: 50 }, (_, i) => message(i));
    const post = () =>
      t.call('/api/v1/events', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(batch),
      });
    const first = await report(await post());
    expect(first).toMatchObject({ accepted: 50, duplicate: 0, rejected: 0 });
    const second = await post();
    expect(second.status).toBe(200);
    const body = await report(second);
    expect(body).toMatchObject({ accepted: 0, duplicate: 50, rejected: 0 });
    expect(body.results.every((r) => r.status === 'duplicate')).toBe(true);
    expect(await countRows(t, 'events')).toBe(50);
    expect(await countRows(t, 'conversations')).toBe(5);
  });

  it('stores 999 good events and rejects the bad one with its line and field path', async () => {
    const batch: unknown[] = Array.from({ length: 1000 }, (_, i) => message(i));
    batch[436] = { ...message(436), author: 'robot' };
    const response = await t.call('/api/v1/events', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: ndjson(batch),
    });
    expect(response.status).toBe(200);
    const body = await report(response);
    expect(body).toMatchObject({ accepted: 999, duplicate: 0, rejected: 1 });
    const bad = body.results.filter((r) => r.status === 'rejected');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ index: 436, line: 437, id: 'e-436' });
    expect(bad[0]!.errors![0]!.path).toBe('author');
    expect(bad[0]!.errors![0]!.reason).toContain('"robot"');
    expect(await countRows(t, 'events')).toBe(999);
  });

  it('rejects a line that is not JSON without losing its neighbours', async () => {
    const body = `${JSON.stringify(message(1))}\n{not json\n${JSON.stringify(message(2))}\n`;
    const response = await t.call('/api/v1/events', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body,
    });
    const got = await report(response);
    expect(got).toMatchObject({ accepted: 2, rejected: 1 });
    expect(got.results[1]).toMatchObject({ index: 1, line: 2, status: 'rejected' });
  });

  it('counts a repeat inside one batch as a duplicate', async () => {
    const response = await t.call('/api/v1/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([message(1), message(1)]),
    });
    expect(await report(response)).toMatchObject({ accepted: 1, duplicate: 1 });
  });

  it('keeps unknown fields as attributes', async () => {
    await t.call('/api/v1/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...message(1), crm_ticket: 'T-77', tags: ['vip'] }),
    });
    const row = await t.store.db.selectFrom('events').select('attributes').executeTakeFirstOrThrow();
    expect(JSON.parse(String(row.attributes))).toEqual({ crm_ticket: 'T-77', tags: ['vip'] });
  });

  it('answers 422 when every record is rejected, with a reason a person can act on', async () => {
    const response = await t.call('/api/v1/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...message(1), ts: '2026-03-02 10:00' }),
    });
    expect(response.status).toBe(422);
    const got = await report(response);
    expect(got.results[0]!.errors![0]).toMatchObject({ path: 'ts' });
    expect(got.results[0]!.errors![0]!.reason).toContain('RFC 3339');
  });

  it('refuses what it cannot read: 401, 415, 400, 413', async () => {
    const json = { 'content-type': 'application/json' };
    const noKey = await fetch(`${t.url}/api/v1/events`, { method: 'POST', headers: json, body: '{}' });
    expect(noKey.status).toBe(401);
    const badKey = await fetch(`${t.url}/api/v1/events`, {
      method: 'POST',
      headers: { ...json, authorization: 'Bearer nope' },
      body: '{}',
    });
    expect(badKey.status).toBe(401);
    const xml = await t.call('/api/v1/events', {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<a/>',
    });
    expect(xml.status).toBe(415);
    const broken = await t.call('/api/v1/events', { method: 'POST', headers: json, body: '{"event_id": ' });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { message: string }).message).toContain('not valid JSON');
    const latin1 = await t.call('/api/v1/events', {
      method: 'POST',
      headers: json,
      body: new Uint8Array([0x7b, 0xff, 0x7d]),
    });
    expect(latin1.status).toBe(400);
    expect(((await latin1.json()) as { message: string }).message).toContain('UTF-8');
  });

  it('asks for a body when there is none, and for a known report mode', async () => {
    const empty = await t.call('/api/v1/events', { method: 'POST' });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { message: string }).message).toContain('send a body');
    const mode = await t.call('/api/v1/events?report=some', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message(1)),
    });
    expect(mode.status).toBe(400);
  });

  it('answers 400, not 500, for a metric name that is an Object property', async () => {
    for (const metric of ['toString', '__proto__', 'abandonment.constructor']) {
      const response = await t.call(`/api/v1/metrics/conversations?metric=${encodeURIComponent(metric)}`);
      expect(response.status, metric).toBe(400);
    }
  });

  it('answers 413 past the body limit', async () => {
    const small = await startTestApp({ TANDEM_BODY_LIMIT_MB: '0.01' });
    try {
      const body = ndjson(Array.from({ length: 200 }, (_, i) => message(i)));
      const response = await small.call('/api/v1/events', {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson' },
        body,
      });
      expect(response.status).toBe(413);
    } finally {
      await small.close();
    }
  });
});
