import { readFile } from 'node:fs/promises';
import type { ConversationDocumentInput } from '@tandem/schema';
import type { Importer } from '../importer.js';
import { inputFiles } from '../io/input-files.js';
import { parseJson } from '../io/json.js';
import { pseudonym } from '../mapping/pseudonym.js';
import { tweetInstant, unescapeTweet } from '../twitter/tweets.js';

/** One tweet before the closing one; exactly one of `client`, `client1`, `agent` holds the author's handle. */
interface Tweet {
  datetime: string;
  message: string;
  tweet_ID: string;
  client?: string;
  client1?: string;
  agent?: string;
}

/** One element of `dev.json` (see the data set's README); every value is a string. */
interface TwitterConversation {
  dialogHeader: { company: string; conversationDateTime: string; sessionID: string };
  dialogContent: Tweet[];
  agentURL: { doc_id: string; tweet_ID: string; url: string; url_utterance: string };
}

/** Handles are case-insensitive, so `@Foo` and `@foo` are one customer. */
function customerId(handle: string): string {
  return pseudonym('twitter', handle.toLowerCase());
}

/**
 * When the closing tweet (the help-article link) was posted. It has no `datetime`, and `duration` in the
 * header wraps at 24 hours, so its id is decoded instead; an id that does not decode to a time at or after
 * the last tweet before it is stamped with that tweet's time.
 */
function closingTs(conversation: TwitterConversation, lastTs: string): string {
  const decoded = tweetInstant(conversation.agentURL.tweet_ID);
  const last = Date.parse(lastTs);
  return new Date(decoded !== null && decoded >= last ? decoded : last).toISOString();
}

function message(tweet: Tweet) {
  const customer = tweet.client ?? tweet.client1;
  return {
    id: tweet.tweet_ID,
    ts: tweet.datetime,
    author: customer === undefined ? ('agent' as const) : ('customer' as const),
    // The support account is a company, not a person, so its handle stays readable.
    author_id: customer === undefined ? tweet.agent : customerId(customer),
    text: unescapeTweet(tweet.message),
  };
}

function toDocument(conversation: TwitterConversation) {
  const { dialogHeader: header, dialogContent: tweets, agentURL: closing } = conversation;
  const messages = tweets.map(message);
  const lastTs = messages.at(-1)?.ts ?? header.conversationDateTime;
  messages.push({
    id: closing.tweet_ID,
    ts: closingTs(conversation, lastTs),
    author: 'agent',
    author_id: header.company,
    text: unescapeTweet(closing.url_utterance),
  });
  const firstAgent = messages.find((m) => m.author === 'agent');
  const opener = tweets[0]?.client ?? tweets[0]?.client1;
  return {
    id: `twitter-care-${header.sessionID}`,
    channel: 'social',
    locale: 'en',
    brand: header.company,
    customer_id: opener === undefined ? null : customerId(opener),
    started_at: header.conversationDateTime,
    started_by: messages[0]?.author,
    messages,
    agents: firstAgent ? [{ ts: firstAgent.ts, agent_id: header.company }] : [],
    // Every thread ends with the agent pointing to a help article: the export's notion of a resolution.
    outcome: 'resolved',
    resolved_by: 'agent',
    disposition: `article:${closing.doc_id}`,
    resolution_url: closing.url,
  } satisfies ConversationDocumentInput;
}

/** A file is one JSON array of a few hundred threads, so it is read whole. */
async function conversations(file: string): Promise<TwitterConversation[]> {
  return parseJson(await readFile(file, 'utf8'), file) as TwitterConversation[];
}

async function* read(path: string): AsyncGenerator<ConversationDocumentInput> {
  for (const file of await inputFiles(path, /\.json$/)) {
    for (const conversation of await conversations(file)) yield toDocument(conversation);
  }
}

async function count(path: string): Promise<number> {
  let threads = 0;
  for (const file of await inputFiles(path, /\.json$/)) threads += (await conversations(file)).length;
  return threads;
}

export const twitterCustomerCareEnImporter: Importer = {
  name: 'twitter-customer-care-en',
  description: 'Customer-care threads on Twitter from IBM’s document-prediction data (en, customer and company agent)',
  read,
  count,
};
