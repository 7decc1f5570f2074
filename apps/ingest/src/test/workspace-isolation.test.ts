import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeSetups } from '@tandem/testkit';
import type { Aggregate, ConversationPage } from '@tandem/metrics';
import { ApiKeyService } from '../auth/api-key.service.js';
import { WorkspaceRepository } from '../workspaces/workspace.repository.js';
import { createUsers, ndjson, startTestApp, TEST_KEY, type TestApp } from './test-app.js';

const WINDOW = 'from=2026-03-01&to=2026-03-31&tz=UTC';

/** One conversation, with the same ids in whichever workspace it is sent to. */
function conversation(channel: string, text: string) {
  return [
    { event_id: 'e1', type: 'conversation.started', conversation_id: 'c1', ts: '2026-03-02T10:00:00Z', channel },
    {
      event_id: 'e2',
      type: 'message',
      conversation_id: 'c1',
      ts: '2026-03-02T10:00:05Z',
      message_id: 'm1',
      author: 'customer',
      text,
    },
    {
      event_id: 'e3',
      type: 'conversation.closed',
      conversation_id: 'c1',
      ts: '2026-03-02T10:05:00Z',
      outcome: 'resolved',
    },
  ];
}

describe.each(storeSetups())('workspace isolation on $name', (setup) => {
  let t: TestApp;
  let otherKey: string;
  const asOther = (path: string, init: RequestInit = {}) =>
    fetch(t.url + path, { ...init, headers: { authorization: `Bearer ${otherKey}`, ...init.headers } });

  beforeAll(async () => {
    t = await startTestApp(setup.env);
    const now = new Date('2026-03-01T00:00:00Z');
    await t.app.get(WorkspaceRepository).ensure('other', 'Other team', 'UTC', now);
    otherKey = await t.app.get(ApiKeyService).create('other', 'isolation test', now);
    const post = (send: typeof t.call, body: unknown[]) =>
      send('/api/v1/events', {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson' },
        body: ndjson(body),
      });
    expect((await post(t.call, conversation('chat', 'default workspace'))).status).toBe(200);
    expect((await post(asOther, conversation('email', 'other workspace'))).status).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
    await setup.dispose();
  });

  it('stores the same event ids once per workspace, not once overall', async () => {
    const mine = (await (await t.call(`/api/v1/metrics/overview?${WINDOW}`)).json()) as Aggregate;
    const theirs = (await (await asOther(`/api/v1/metrics/overview?${WINDOW}`)).json()) as Aggregate;
    expect([mine.conversations.total, theirs.conversations.total]).toEqual([1, 1]);
  });

  it('shows each workspace only its own conversation, filter values and transcript', async () => {
    const list = (await (await asOther(`/api/v1/metrics/conversations?${WINDOW}`)).json()) as ConversationPage;
    expect(list.conversations.map((c) => c.channel)).toEqual(['email']);
    const values = (await (await asOther(`/api/v1/metrics/dimensions?${WINDOW}`)).json()) as {
      values: { channel: string[] };
    };
    expect(values.values.channel).toEqual(['email']);
    const transcript = (await (await asOther('/api/v1/conversations/c1')).json()) as {
      events: { text?: string }[];
    };
    expect(transcript.events.map((e) => e.text).filter(Boolean)).toEqual(['other workspace']);
  });

  it('never answers with the other workspace data through a filter', async () => {
    const filtered = (await (await asOther(`/api/v1/metrics/overview?${WINDOW}&channel=chat`)).json()) as Aggregate;
    expect(filtered.conversations.total).toBe(0);
    const csv = await (await asOther(`/api/v1/metrics/export.csv?${WINDOW}&channel=chat`)).text();
    expect(csv.trim().split('\r\n')).toHaveLength(1);
  });

  it('keeps QA samples, reviews, results and users to their workspace', async () => {
    const [mine] = (await createUsers(t.url, TEST_KEY, [{ name: 'Mine', role: 'qa' }])).map((u) => u.token);
    const [theirs] = (await createUsers(t.url, otherKey, [{ name: 'Theirs', role: 'qa' }])).map((u) => u.token);
    const as = (token: string, path: string, body?: unknown) =>
      fetch(t.url + path, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const drawn = (await (
      await as(mine!, '/api/v1/qa/samples', { name: 'mine', from: '2026-03-01', to: '2026-03-31', tz: 'UTC', size: 5 })
    ).json()) as { sample: { sample_id: string; population: number } };
    expect(drawn.sample.population).toBe(1);
    const review = {
      conversation_id: 'c1',
      sample_id: drawn.sample.sample_id,
      scorecard_id: 'human',
      scorecard_version: 1,
      answers: { accuracy: 5, resolution: 'yes', empathy: 5, handoff_handling: 'na', compliance: 'yes' },
    };
    expect((await as(mine!, '/api/v1/qa/reviews', review)).status).toBe(201);
    // The other workspace's reviewer sees no sample, cannot review into it, and has no results.
    expect((await as(theirs!, `/api/v1/qa/samples/${drawn.sample.sample_id}`)).status).toBe(404);
    expect((await as(theirs!, '/api/v1/qa/reviews', review)).status).toBe(404);
    expect(await (await as(theirs!, '/api/v1/qa/samples')).json()).toEqual({ samples: [] });
    const results = (await (await as(theirs!, `/api/v1/qa/results?${WINDOW}`)).json()) as {
      overall: { reviews: number };
    };
    expect(results.overall.reviews).toBe(0);
    const users = (await (await as(theirs!, '/api/v1/users')).json()) as { users: { name: string }[] };
    expect(users.users.map((u) => u.name)).toEqual(['Admin Theirs', 'Theirs']);
  });
});
