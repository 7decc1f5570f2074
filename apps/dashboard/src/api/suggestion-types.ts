// The wire format of the suggestions API (docs/suggestions.md), as the dashboard reads it: the engine's
// suggestion with the trainers' decision; the confusion matrix's cell is the metrics package's own.
import type { ConfusionCell, NO_BOT_INTENT as SERVICE_NO_BOT_INTENT } from '@tandem/metrics';
import type { Suggestion, SuggestionKind } from '@tandem/suggestions';
import type { UserRef } from './qa-types.js';
import type { Ratio } from './types.js';

export type { ConfusionCell } from '@tandem/metrics';
export type { SuggestionKind } from '@tandem/suggestions';

/** The package's kinds, spelled out for the URL parser: importing its value would bundle the engine. */
export const SUGGESTION_KINDS = [
  'add_training_phrases',
  'new_intent',
  'intent_confusion',
  'answer_gap',
  'escalate_earlier',
  'automate',
] as const satisfies readonly SuggestionKind[];

export const SUGGESTION_STATUSES = ['new', 'accepted', 'rejected', 'shipped'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/** The kinds that propose utterances to add: only these carry phrases, edit them and export them. */
export const PHRASE_KINDS: readonly SuggestionKind[] = ['add_training_phrases', 'new_intent'];

/** `GET /api/v1/suggestions/:id`, and each item of the list. */
export interface SuggestionView extends Omit<Suggestion, 'members'> {
  /** `phrases` are as the trainer left them; these are the engine's. */
  engine_phrases: string[];
  status: SuggestionStatus;
  note: string | null;
  shipped_at: string | null;
  decided_by: UserRef | null;
  decided_at: string | null;
  first_seen_at: string;
  refreshed_at: string;
}

export interface Suggestions {
  suggestions: SuggestionView[];
}

/**
 * `POST /api/v1/suggestions/refresh`: how many the engine found, of which new and found again, and how
 * many undecided ones it no longer found and dropped.
 */
export interface RefreshResult {
  suggestions: number;
  added: number;
  updated: number;
  dropped: number;
}

export const EXPORT_FORMATS = ['rasa', 'dialogflow', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One rate of the affected intents before and after shipping, with the 95% interval of the difference. */
export interface LiftSide {
  counts: { before: Ratio; after: Ratio };
  before: number | null;
  after: number | null;
  difference: number | null;
  ci: [number, number] | null;
}

export const LIFT_RATES = ['containment', 'csat'] as const;
export type LiftRate = (typeof LIFT_RATES)[number];

/** `GET /api/v1/suggestions/:id/lift`; `days` 0 (and no windows) when shipped today. */
export interface Lift {
  suggestion_id: string;
  intents: string[];
  days: number;
  before: { from: string; to: string } | null;
  after: { from: string; to: string } | null;
  containment: LiftSide | null;
  csat: LiftSide | null;
}

/** `GET /api/v1/suggestions/confusion`. */
export interface Confusion {
  cells: ConfusionCell[];
}

/** How the confusion matrix names "the bot recognised no intent"; typed by the service's constant. */
export const NO_BOT_INTENT: typeof SERVICE_NO_BOT_INTENT = 'none';
