import { dirname, join } from 'node:path';
import type { ConversationDocumentInput } from '@tandem/schema';
import type { Importer } from '../importer.js';
import { inputFiles } from '../io/input-files.js';
import { parseJson } from '../io/json.js';
import { countNonBlankLines, isBlank, readLines } from '../io/lines.js';
import { csatOfClass, outcomeOfClass, type SatisfactionClass } from '../mapping/satisfaction.js';
import { SyntheticClock } from '../mapping/synthetic-clock.js';
import { dominantScenario, INTENT_GROUPS_FILE, readIntentGroups } from '../jddc/intent-groups.js';

/** One line of `dialogues.valid.jsonl` (see the data set's README). */
interface JddcDialogue {
  conversation_id: string;
  overall_satisfaction: number;
  turns: { speaker: 'customer' | 'agent'; text: string; intent?: string }[];
}

/** One file per split: `dialogues.valid.jsonl`, `dialogues.test.jsonl`, … */
const DIALOGUE_FILES = /^dialogues\..+\.jsonl$/;
/** The labels 0 / 1 / 2 are means of 1–5 ratings below, at and above 3. */
const CLASSES: readonly SatisfactionClass[] = ['dissatisfied', 'neutral', 'satisfied'];
/** JD.com serves China: synthetic days start at 09:00 Beijing time. */
const CLOCK = new SyntheticClock('2024-03-04T09:00:00+08:00');
/** The fine intent the source puts on turns it could not place. */
const NO_INTENT = 'OTHER';

function toDocument(dialogue: JddcDialogue, index: number, scenarios: ReadonlyMap<string, string>) {
  const id = dialogue.conversation_id;
  const satisfaction = CLASSES[dialogue.overall_satisfaction];
  if (!satisfaction) throw new Error(`${id}: overall_satisfaction must be 0, 1 or 2`);
  // The source names neither the customer nor the JD staff member: one of each per dialogue.
  const customerId = `${id}/customer`;
  const agentId = `${id}/agent`;
  const firstAgentTurn = dialogue.turns.findIndex((turn) => turn.speaker === 'agent');
  // Intents label what the customer asked, not what a bot predicted, so they stay off `message.intent`.
  const intents = dialogue.turns.flatMap((turn) => (turn.intent && turn.intent !== NO_INTENT ? [turn.intent] : []));
  const outcome = outcomeOfClass(satisfaction);
  return {
    id,
    channel: 'chat',
    locale: 'zh-CN',
    customer_id: customerId,
    started_at: CLOCK.at(index, 0),
    started_by: dialogue.turns[0]?.speaker,
    scenario: dominantScenario(intents, scenarios),
    messages: dialogue.turns.map((turn, t) => ({
      ts: CLOCK.at(index, t),
      author: turn.speaker,
      author_id: turn.speaker === 'agent' ? agentId : customerId,
      text: turn.text,
    })),
    agents: firstAgentTurn < 0 ? [] : [{ ts: CLOCK.at(index, firstAgentTurn), agent_id: agentId }],
    csat: csatOfClass(satisfaction),
    outcome,
    resolved_by: outcome === 'resolved' ? 'agent' : null,
    customer_intents: [...new Set(intents)],
  } satisfies ConversationDocumentInput;
}

/** Every dialogue file in the folder (`dialogues.<split>.jsonl`), or the one file given. */
async function* read(path: string): AsyncGenerator<ConversationDocumentInput> {
  for (const file of await inputFiles(path, DIALOGUE_FILES)) {
    const scenarios = await readIntentGroups(join(dirname(file), INTENT_GROUPS_FILE));
    let index = 0;
    for await (const line of readLines(file)) {
      if (isBlank(line)) continue;
      yield toDocument(parseJson(line.text, `${file}:${line.number}`) as JddcDialogue, index, scenarios);
      index += 1;
    }
  }
}

async function count(path: string): Promise<number> {
  let dialogues = 0;
  for (const file of await inputFiles(path, DIALOGUE_FILES)) dialogues += await countNonBlankLines(file);
  return dialogues;
}

export const jddcSatisfactionZhImporter: Importer = {
  name: 'jddc-satisfaction-zh',
  description: 'JDDC customer-service chats with USS satisfaction labels (zh, customer and human agent)',
  read,
  count,
};
