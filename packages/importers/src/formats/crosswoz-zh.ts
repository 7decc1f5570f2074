import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { ConversationDocumentInput } from '@tandem/schema';
import type { Importer } from '../importer.js';
import { inputFiles } from '../io/input-files.js';
import { parseJson } from '../io/json.js';
import { travelScenario } from '../mapping/scenario.js';
import { SyntheticClock } from '../mapping/synthetic-clock.js';

/** Goal tuple: `[sub-goal id, domain, slot, value, mentioned?]`. */
type Goal = [number, string, string, unknown, boolean];

/** One dialogue of `<split>.json.gz` (see the data set's README), keyed by its id there. */
interface CrossWozDialogue {
  type: string;
  goal: Goal[];
  final_goal: Goal[];
  messages: { role: 'usr' | 'sys'; content: string }[];
}

/** CrossWOZ is about travel in Beijing: synthetic days start at 09:00 Beijing time. */
const CLOCK = new SyntheticClock('2024-05-06T09:00:00+08:00');
/** The five CrossWOZ domains in English, matching the MultiWOZ names where they overlap. */
const DOMAINS: Record<string, string> = {
  景点: 'attraction',
  餐馆: 'restaurant',
  酒店: 'hotel',
  地铁: 'metro',
  出租: 'taxi',
};

const gunzipAsync = promisify(gunzip);

/**
 * A split is one JSON object (39 MB unpacked) that cannot be streamed without a streaming parser, so it is
 * read whole. Dialogue ids are integer-like keys, which JavaScript enumerates in ascending numeric order.
 */
async function dialogues(file: string): Promise<[string, CrossWozDialogue][]> {
  const text = (await gunzipAsync(await readFile(file))).toString('utf8');
  return Object.entries(parseJson(text, file) as Record<string, CrossWozDialogue>);
}

function toDocument(dialogue: CrossWozDialogue, id: string, index: number) {
  const customerId = `${id}/customer`;
  // The user was given every goal slot to ask about; all of them mentioned by the end is the task done.
  const outcome = dialogue.final_goal.every((goal) => goal[4]) ? 'resolved' : 'unresolved';
  return {
    id,
    channel: 'chat',
    locale: 'zh-CN',
    customer_id: customerId,
    started_at: CLOCK.at(index, 0),
    started_by: dialogue.messages[0]?.role === 'sys' ? 'bot' : 'customer',
    scenario: travelScenario(dialogue.goal.map(([, domain]) => DOMAINS[domain] ?? domain)),
    // The system side was a crowd worker following a database, as a bot would: in Tandem's terms a bot.
    messages: dialogue.messages.map((m, t) => ({
      ts: CLOCK.at(index, t),
      author: m.role === 'usr' ? ('customer' as const) : ('bot' as const),
      author_id: m.role === 'usr' ? customerId : null,
      text: m.content,
    })),
    outcome,
    resolved_by: outcome === 'resolved' ? 'bot' : null,
    task_type: dialogue.type,
  } satisfies ConversationDocumentInput;
}

/** Every `<split>.json.gz` in the folder, or the one file given; ids are `crosswoz-<split>-<dialogue id>`. */
async function* read(path: string): AsyncGenerator<ConversationDocumentInput> {
  for (const file of await inputFiles(path, /\.json\.gz$/)) {
    const split = basename(file, '.json.gz');
    for (const [index, [key, dialogue]] of (await dialogues(file)).entries()) {
      yield toDocument(dialogue, `crosswoz-${split}-${key}`, index);
    }
  }
}

async function count(path: string): Promise<number> {
  let total = 0;
  for (const file of await inputFiles(path, /\.json\.gz$/)) total += (await dialogues(file)).length;
  return total;
}

export const crosswozZhImporter: Importer = {
  name: 'crosswoz-zh',
  description: 'CrossWOZ travel dialogues (zh, customer and bot only; task success from the goal slots)',
  read,
  count,
};
