import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, rejections } from '../test-support.js';
import { messagesCsvImporter as importer } from './messages-csv.js';

const HEADER =
  'conversation_id,ts,author,text,channel,customer_id,locale,scenario,queue,author_id,intent,confidence,fallback,outcome,csat,handoff_reason';

// Two conversations whose rows interleave; c-1 is handed from the bot to an agent after the customer asks.
const TWO_CONVERSATIONS = `${HEADER}
c-2,2025-03-01T10:00:00+08:00,customer,我要退货,app,cust-9,zh-CN,,,,,,,,,
c-1,2025-03-01T09:00:00+08:00,customer,Where is my order?,chat,cust-1,en,ecommerce.order_status,,,,,,,,
c-1,2025-03-01T09:00:05+08:00,bot,"Sorry, I didn't get that.",,,,,,bot-1,order_status,0.41,true,,,
c-2,2025-03-01T10:00:04+08:00,bot,请稍等,,,,,,bot-1,return,0.92,false,,,
c-1,2025-03-01T09:00:20+08:00,customer,"I want a person,
please",,,,,,,,,,,,customer_requested_human
c-1,2025-03-01T09:01:00+08:00,agent,Hi! I can help.,,,,,support,agent-7,,,,resolved,5,
c-2,2025-03-01T10:00:30+08:00,customer,谢谢,,,,,,,,,,resolved,4,
`;

// Rows out of time order, a reason that is no DESIGN §3 code, a cell that is not a number, and no channel.
const ODD_CONVERSATION = `conversation_id,ts,author,text,handoff_reason,confidence,extra
x,2025-01-01T10:00:10Z,agent,Hello,queue overflow,,ignored
x,2025-01-01T10:00:00Z,bot,Hi,,high,ignored
`;

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-messages-csv-'));
  await writeFile(file('two.csv'), TWO_CONVERSATIONS);
  await writeFile(file('odd.csv'), ODD_CONVERSATION);
  await writeFile(file('no-author.csv'), 'conversation_id,ts,text\nc,2025-01-01T00:00:00Z,hi\n');
});
afterAll(() => rm(dir, { recursive: true }));

describe('messages-csv', () => {
  it('groups rows into conversations in order of first appearance and makes a handoff at bot → agent', async () => {
    const documents = await collect(importer.read(file('two.csv')));
    expect(await importer.count!(file('two.csv'))).toBe(2);
    expect(rejections(documents)).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(['c-2', 'c-1']);
    expect(documents[1]).toEqual({
      id: 'c-1',
      channel: 'chat',
      customer_id: 'cust-1',
      locale: 'en',
      scenario: 'ecommerce.order_status',
      queue: 'support',
      started_at: '2025-03-01T09:00:00+08:00',
      started_by: 'customer',
      messages: [
        { ts: '2025-03-01T09:00:00+08:00', author: 'customer', text: 'Where is my order?' },
        {
          ts: '2025-03-01T09:00:05+08:00',
          author: 'bot',
          author_id: 'bot-1',
          text: "Sorry, I didn't get that.",
          intent: 'order_status',
          confidence: 0.41,
          fallback: true,
        },
        { ts: '2025-03-01T09:00:20+08:00', author: 'customer', text: 'I want a person,\nplease' },
        { ts: '2025-03-01T09:01:00+08:00', author: 'agent', author_id: 'agent-7', text: 'Hi! I can help.' },
      ],
      handoffs: [{ ts: '2025-03-01T09:00:20+08:00', from: 'bot-1', reason: 'customer_requested_human' }],
      agents: [{ ts: '2025-03-01T09:01:00+08:00', agent_id: 'agent-7' }],
      outcome: 'resolved',
      csat: 5,
    });
    expect(documents[0]).toMatchObject({ channel: 'app', locale: 'zh-CN', outcome: 'resolved', csat: 4, handoffs: [] });
    expect(documents[0]?.messages?.[1]).toMatchObject({ confidence: 0.92, fallback: false });
  });

  it('orders rows by time, keeps an unknown reason as text, and leaves bad cells to the validator', async () => {
    const [document] = await collect(importer.read(file('odd.csv')));
    expect(document).toMatchObject({
      channel: 'other',
      started_at: '2025-01-01T10:00:00Z',
      started_by: 'bot',
      handoffs: [{ ts: '2025-01-01T10:00:00Z', reason_text: 'queue overflow' }],
    });
    expect(document?.handoffs?.[0]).not.toHaveProperty('reason');
    expect(document?.messages?.map((m) => m.text)).toEqual(['Hi', 'Hello']);
    expect(rejections([document!])).toEqual(['x: messages[0].confidence must be number, got string']);
  });

  it('names the required columns a header lacks', async () => {
    await expect(collect(importer.read(file('no-author.csv')))).rejects.toThrow(/lacks the column\(s\) author$/);
  });
});
