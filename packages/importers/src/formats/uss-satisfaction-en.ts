import { basename } from 'node:path';
import type { ConversationDocumentInput } from '@tandem/schema';
import type { Importer } from '../importer.js';
import { inputFiles } from '../io/input-files.js';
import { classOfRatings, csatOfRatings, outcomeOfClass } from '../mapping/satisfaction.js';
import { travelScenario } from '../mapping/scenario.js';
import { SyntheticClock } from '../mapping/synthetic-clock.js';
import { OVERALL, readSessions, type UssLine } from '../uss/sessions.js';

/** The corpora are English crowd-sourced dialogues without a place; synthetic days start at 09:00 UTC. */
const CLOCK = new SyntheticClock('2024-04-01T09:00:00+00:00');
/** MultiWOZ act prefixes that name no service the user came for. */
const NOT_DOMAINS = new Set(['general', 'booking']);

/** `SGD.shared.txt` → `uss-sgd-shared`: the corpus and subset stay visible in every id. */
function idPrefix(file: string): string {
  return `uss-${basename(file, '.txt').toLowerCase().replaceAll('.', '-')}`;
}

/** MultiWOZ user acts name a domain (`Hotel-Inform`); SGD acts (`INFORM_INTENT`) do not, so SGD gets none. */
function domains(lines: readonly UssLine[]): string[] {
  return lines.flatMap(({ role, action }) => {
    const domain = action.includes('-') ? action.split('-')[0]?.toLowerCase() : undefined;
    return role === 'USER' && domain && !NOT_DOMAINS.has(domain) ? [domain] : [];
  });
}

function toDocument(session: readonly UssLine[], id: string, index: number) {
  const overall = session.find((line) => line.role === 'USER' && line.text === OVERALL);
  const turns = session.filter((line) => line !== overall);
  const customerId = `${id}/customer`;
  const outcome = overall ? outcomeOfClass(classOfRatings(overall.ratings)) : null;
  return {
    id,
    channel: 'chat',
    locale: 'en',
    customer_id: customerId,
    started_at: CLOCK.at(index, 0),
    started_by: turns[0]?.role === 'USER' ? 'customer' : 'bot',
    scenario: travelScenario(domains(turns)),
    // The SYSTEM side was a wizard or a model, never handing over: in Tandem's terms a bot.
    messages: turns.map((line, t) => ({
      ts: CLOCK.at(index, t),
      author: line.role === 'USER' ? ('customer' as const) : ('bot' as const),
      author_id: line.role === 'USER' ? customerId : null,
      text: line.text,
    })),
    csat: overall ? csatOfRatings(overall.ratings) : null,
    outcome,
    resolved_by: outcome === 'resolved' ? 'bot' : null,
  } satisfies ConversationDocumentInput;
}

/** Every `.txt` corpus in the folder (`MWOZ.shared.txt`, `SGD.shared.txt`), or the one file given. */
async function* read(path: string): AsyncGenerator<ConversationDocumentInput> {
  for (const file of await inputFiles(path, /\.txt$/)) {
    const prefix = idPrefix(file);
    let index = 0;
    for await (const session of readSessions(file)) {
      yield toDocument(session, `${prefix}-${String(index).padStart(4, '0')}`, index);
      index += 1;
    }
  }
}

async function count(path: string): Promise<number> {
  let sessions = 0;
  for (const file of await inputFiles(path, /\.txt$/)) for await (const _ of readSessions(file)) sessions += 1;
  return sessions;
}

export const ussSatisfactionEnImporter: Importer = {
  name: 'uss-satisfaction-en',
  description: 'SGD and MultiWOZ dialogues with USS satisfaction ratings (en, customer and bot only)',
  read,
  count,
};
