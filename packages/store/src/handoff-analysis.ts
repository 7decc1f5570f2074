/**
 * What the store hands to the escalation analysis for each handed-off conversation it rebuilds, and
 * what it stores back. The analysis itself lives outside the store (it is pure code over turns); the
 * store only runs it inside the write, so a conversation's facts are never seen half-derived.
 */
export interface HandoffTurn {
  author: string;
  text: string | null;
  intent: string | null;
  confidence: number | null;
  fallback: boolean | null;
  sentiment: number | null;
}

export interface HandoffTranscript {
  conversation_id: string;
  /** Messages before the first handoff, in time order. */
  before: HandoffTurn[];
  /** Messages from the first handoff on, in time order. */
  after: HandoffTurn[];
  feedback_kind: string | null;
  disposition: string | null;
}

export interface HandoffAnalysis {
  classified_reason: string;
  classified_evidence: string;
  agent_reason: string | null;
  repeat_ask_slots: string[];
}

export type HandoffAnalyser = (transcript: HandoffTranscript) => HandoffAnalysis;
