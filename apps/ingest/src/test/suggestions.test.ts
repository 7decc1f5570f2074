import { PLANTED, plantedConversations } from '@tandem/fixtures';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeSetups } from '@tandem/testkit';
import { createUsers, ndjson, startTestApp, TEST_KEY, type TestApp } from './test-app.js';

/** The planted fixture spans the 28 days before its anchor: 2026-03-01 … 2026-03-28 in UTC. */
const ANCHOR = '2026-03-29T00:00:00Z';
const WINDOW = 'from=2026-03-01&to=2026-03-28&tz=UTC';

interface SuggestionView {
  id: string;
  kind: string;
  key: string;
  intent: string | null;
  related_intent: string | null;
  phrases: string[];
  evidence: { conversation_ids: string[]; count: number };
  status: string;
}

/** A minimal RFC 4180 reader for the export (quoted fields, doubled quotes, CRLF between rows). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe.each(storeSetups())('bot-tuning suggestions on the planted fixture on $name', (setup) => {
  let t: TestApp;
  let trainer: string;
  const as = (token: string, path: string, body?: unknown) =>
    fetch(t.url + path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const list = async () =>
    ((await (await t.call('/api/v1/suggestions')).json()) as { suggestions: SuggestionView[] }).suggestions;
  const find = async (kind: string, key: string) => (await list()).find((s) => s.kind === kind && s.key === key)!;

  beforeAll(async () => {
    t = await startTestApp(setup.env);
    const response = await t.call('/api/v1/events?report=problems', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: ndjson(plantedConversations({ anchor: ANCHOR })),
    });
    expect(((await response.json()) as { rejected: number }).rejected).toBe(0);
    trainer = (await createUsers(t.url, TEST_KEY, [{ name: 'Tara Trainer', role: 'trainer' }]))[0]!.token;
  });
  afterAll(async () => {
    await t?.close();
    await setup.dispose();
  });

  it('ranks the planted patterns first, each with exactly its conversations as evidence', async () => {
    expect((await t.call(`/api/v1/suggestions/refresh?${WINDOW}`, { method: 'POST' })).status).toBe(403);
    const refreshed = await as(trainer, `/api/v1/suggestions/refresh?${WINDOW}`, {});
    expect(refreshed.status).toBe(200);
    const all = await list();
    const sorted = (ids: readonly string[]) => [...ids].sort();
    const wanted: [string, string, readonly string[]][] = [
      ['add_training_phrases', PLANTED.parcel.intent, [...PLANTED.parcel.en, ...PLANTED.parcel.zh]],
      ['intent_confusion', `${PLANTED.confusion.predicted}→${PLANTED.confusion.correct}`, PLANTED.confusion.ids],
      ['answer_gap', PLANTED.answerGap.intent, PLANTED.answerGap.ids],
      ['automate', PLANTED.automate.intent, PLANTED.automate.ids],
      ['escalate_earlier', PLANTED.escalate.intent, PLANTED.escalate.ids],
    ];
    const top = all.slice(0, 8);
    for (const [kind, key, ids] of wanted) {
      const s = top.find((x) => x.kind === kind && x.key === key);
      expect(s, `${kind} ${key} among the top eight`).toBeDefined();
      expect(s!.evidence.conversation_ids).toEqual(sorted(ids));
    }
    // The address change has no intent: one new intent per language, from the planted conversations only.
    const created = top.filter((s) => s.kind === 'new_intent');
    expect(created.flatMap((s) => s.evidence.conversation_ids).sort()).toEqual(
      sorted([...PLANTED.newIntent.en, ...PLANTED.newIntent.zh]),
    );
    // The parcel phrases come in both languages.
    const parcel = top.find((s) => s.kind === 'add_training_phrases' && s.key === PLANTED.parcel.intent)!;
    expect(parcel.evidence.count).toBe(70);
    expect(parcel.phrases.some((p) => /parcel|package/i.test(p))).toBe(true);
    expect(parcel.phrases.some((p) => p.includes('快递'))).toBe(true);
  });

  it('keeps ids on a second refresh instead of adding duplicates', async () => {
    const before = (await list()).map((s) => s.id).sort();
    const again = (await (await as(trainer, `/api/v1/suggestions/refresh?${WINDOW}`, {})).json()) as {
      added: number;
    };
    expect(again.added).toBe(0);
    expect((await list()).map((s) => s.id).sort()).toEqual(before);
  });

  it('lists the planted confusion in the intent confusion matrix', async () => {
    const { cells } = (await (await t.call(`/api/v1/suggestions/confusion?${WINDOW}`)).json()) as {
      cells: { bot_intent: string; agent_intent: string; conversations: number }[];
    };
    const cell = cells.find(
      (c) => c.bot_intent === PLANTED.confusion.predicted && c.agent_intent === PLANTED.confusion.correct,
    );
    expect(cell?.conversations).toBe(PLANTED.confusion.ids.length);
  });

  it('exports accepted phrases that parse back, then measures lift once shipped', async () => {
    const parcel = await find('add_training_phrases', PLANTED.parcel.intent);
    const edited = [...parcel.phrases.slice(0, 3), 'Where\'s my "parcel": #2 - 到哪了? 📦'];
    const accepted = await as(trainer, `/api/v1/suggestions/${parcel.id}/accept`, { phrases: edited });
    expect(await accepted.json()).toMatchObject({ status: 'accepted', phrases: edited });
    expect((await as(trainer, `/api/v1/suggestions/${parcel.id}/reject`, { note: '' })).status).toBe(422);
    // A rejected suggestion's phrases cannot be edited (that would accept it unseen); accepting it later
    // does not carry the rejection's note along.
    const confusion = await find('intent_confusion', `${PLANTED.confusion.predicted}→${PLANTED.confusion.correct}`);
    expect((await as(trainer, `/api/v1/suggestions/${confusion.id}/reject`, { note: 'already fixed' })).status).toBe(
      200,
    );
    const edit = await fetch(`${t.url}/api/v1/suggestions/${confusion.id}/phrases`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${trainer}`, 'content-type': 'application/json' },
      body: JSON.stringify({ phrases: ['x'] }),
    });
    expect(edit.status).toBe(409);
    expect(await (await as(trainer, `/api/v1/suggestions/${confusion.id}/accept`, {})).json()).toMatchObject({
      status: 'accepted',
      note: null,
    });

    const yaml = load(await (await t.call('/api/v1/suggestions/export?format=rasa')).text()) as {
      nlu: { intent: string; examples: string }[];
    };
    const examples = yaml.nlu.find((e) => e.intent === PLANTED.parcel.intent)!.examples;
    expect(
      examples
        .trim()
        .split('\n')
        .map((line) => line.replace(/^- /, '')),
    ).toEqual(edited);
    const csv = readCsv(await (await t.call('/api/v1/suggestions/export?format=dialogflow')).text());
    expect(csv[0]).toEqual(['intent', 'phrase']);
    expect(
      csv
        .slice(1)
        .filter((r) => r[0] === PLANTED.parcel.intent)
        .map((r) => r[1]),
    ).toEqual(edited);

    expect((await t.call(`/api/v1/suggestions/${parcel.id}/lift`)).status).toBe(409);
    const shipped = await as(trainer, `/api/v1/suggestions/${parcel.id}/ship`, { shipped_at: '2026-03-15' });
    expect(await shipped.json()).toMatchObject({ status: 'shipped' });
    const lift = (await (await t.call(`/api/v1/suggestions/${parcel.id}/lift`)).json()) as {
      days: number;
      before: { from: string; to: string };
      after: { from: string; to: string };
      containment: { counts: { before: { denominator: number }; after: { denominator: number } }; ci: unknown };
    };
    // Shipped 2026-03-15, measured today: 28 days either side.
    expect(lift.days).toBe(28);
    expect(lift.before).toEqual({ from: '2026-02-15', to: '2026-03-14' });
    expect(lift.after).toEqual({ from: '2026-03-15', to: '2026-04-11' });
    // Counted independently: bot-involved closed conversations whose first intent is order_status.
    const count = async (from: string, to: string) =>
      Number(
        (
          await t.store.db
            .selectFrom('conversations')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('first_intent', '=', PLANTED.parcel.intent)
            .where('bot_messages', '>', 0)
            .where('closed_at', 'is not', null)
            .where('started_at', '>=', `${from}T00:00:00.000Z`)
            .where('started_at', '<', `${to}T00:00:00.000Z`)
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(lift.containment.counts.before.denominator).toBe(await count('2026-02-15', '2026-03-15'));
    expect(lift.containment.counts.after.denominator).toBe(await count('2026-03-15', '2026-04-12'));
    expect(lift.containment.counts.before.denominator).toBeGreaterThan(0);
  });

  it('drops undecided suggestions the data no longer supports, and keeps decided ones', async () => {
    const parcel = await find('add_training_phrases', PLANTED.parcel.intent);
    const before = await list();
    // A window without conversations supports nothing.
    const empty = (await (
      await as(trainer, '/api/v1/suggestions/refresh?from=2025-01-01&to=2025-01-28&tz=UTC', {})
    ).json()) as {
      suggestions: number;
      dropped: number;
    };
    expect(empty.suggestions).toBe(0);
    const decided = before.filter((s) => s.status !== 'new');
    expect(decided.map((s) => s.status).sort()).toEqual(['accepted', 'shipped']);
    expect(empty.dropped).toBe(before.length - decided.length);
    expect((await list()).map((s) => s.id).sort()).toEqual(decided.map((s) => s.id).sort());
    expect(decided.map((s) => s.id)).toContain(parcel.id);
  });
});
