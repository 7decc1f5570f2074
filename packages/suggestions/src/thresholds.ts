/*
 * Every cut-off of the suggestion engine, each with the reason for its value. The docs
 * (docs/suggestions.md) list them too; a change here belongs in both.
 */

/** Fewer conversations than this behind a target intent is an anecdote, not a pattern worth a trainer's time. */
export const MIN_TRAINING_CONVERSATIONS = 3;

/** Phrases proposed per suggestion: Rasa and Dialogflow recommend 10–20 per intent; more is hard to review. */
export const MAX_PHRASES = 25;

/** Example utterances shown as evidence: enough to judge at a glance. */
export const MAX_EXAMPLES = 10;

/**
 * An utterance that corrections attach to this many different intents is topic-neutral ("how long will
 * that take?", "can you check again?"): it teaches none of them, so it is never proposed as a phrase.
 */
export const NEUTRAL_MIN_INTENTS = 3;

/** A confusion X→Y needs at least this many conversations corrected by agents… */
export const MIN_CONFUSION_CONVERSATIONS = 5;
/**
 * …and at least this share of the conversations where the bot said X, so that a busy intent's noise is not a
 * confusion.
 */
export const MIN_CONFUSION_SHARE = 0.1;

/**
 * A cluster of unmapped fallbacks becomes a new intent from this many conversations: one customer repeating
 * themselves is not a topic.
 */
export const MIN_NEW_INTENT_CONVERSATIONS = 5;
/**
 * Share of a new intent's lost conversations a first version of it is expected to contain (below a mature
 * intent's).
 */
export const NEW_INTENT_CONTAINMENT = 0.5;

/** Containment assumed for an intent with too few recognised conversations to measure its own. */
export const DEFAULT_INTENT_CONTAINMENT = 0.6;
/** Recognised conversations needed before an intent's own containment replaces the default. */
export const MIN_CONTAINMENT_SAMPLE = 10;

/** CSAT at or below this (on 1–5) is a bad experience: the bottom two points of the scale. */
export const LOW_CSAT = 2;

/** An intent's answer is judged on at least this many conversations where the bot gave it. */
export const ANSWER_GAP_MIN_ANSWERED = 8;
/** …with at least this many going wrong after it. */
export const ANSWER_GAP_MIN_BAD = 5;
/** "Well above the bot's overall rate": at least this multiple of it… */
export const ANSWER_GAP_RATIO = 2;
/** …and at least this many points above it, so that a tiny overall rate does not make 2 × tiny alarming. */
export const ANSWER_GAP_MARGIN = 0.15;

/** A handoff after this many bot turns came late: a working flow rarely needs more than three exchanges. */
export const LATE_MIN_BOT_TURNS = 4;
/** Customer sentiment falling at least this much (on −1..1) between their first and last turn with the bot. */
export const LATE_SENTIMENT_DROP = 0.3;
/** Late handoffs of one intent needed for an escalation rule. */
export const MIN_LATE_CONVERSATIONS = 5;
/**
 * An earlier handoff does not raise containment; it spares the customer a failing loop. Its gain is the
 * share of these conversations expected to end better, so that the inbox can rank it beside the others.
 */
export const ESCALATE_EARLIER_GAIN = 0.5;

/** `bot_should_handle` feedback on one intent from this many conversations is enough to suggest automating it. */
export const MIN_BOT_SHOULD_HANDLE = 3;
/** Without that feedback, an intent is "high volume" from this many human-handled conversations a week… */
export const AUTOMATE_MIN_PER_WEEK = 5;
/** …closed fast: a median handle time at most this (a lookup or a fixed answer, not an investigation)… */
export const AUTOMATE_MAX_MEDIAN_HANDLE_MS = 5 * 60_000;
/** …with the same answer: at least this share of the agents' replies in one cluster. */
export const AUTOMATE_MIN_ANSWER_AGREEMENT = 0.6;

/** Evidence size at which confidence's size factor is one half: n / (n + this). */
export const CONFIDENCE_HALF_SIZE = 5;

/** A cluster keeps a previous suggestion's id when it holds at least this share of the previous members. */
export const MIN_SHARED_PREVIOUS_MEMBERS = 0.5;
