import type { AnalysedTrace } from '../trace/analyse.js';
import type { TfIdf } from '../text/tfidf.js';
import type { Suggestion } from '../types.js';

/** Everything detectors share, computed once per run. */
export interface Context {
  /** In conversation-id order. */
  traces: readonly AnalysedTrace[];
  known: ReadonlySet<string>;
  /** TF-IDF over every customer utterance of the window. */
  customerModel: TfIdf;
  windowDays: number;
  /** Normalised utterances too unspecific to teach any intent (see NEUTRAL_MIN_INTENTS). */
  neutral: ReadonlySet<string>;
  /** Share of conversations the bot contains and resolves when it recognises this intent. */
  containmentOf(intent: string): number;
}

/** A suggestion before identity is settled. */
export interface Draft extends Omit<Suggestion, 'id'> {
  /** Identity by member overlap (clusters) rather than by key (intent-keyed kinds). */
  clustered: boolean;
}
