import { agentReason, classifyEscalation, repeatAsks, type Turn } from '@tandem/reasons';
import type { HandoffAnalysis, HandoffTranscript, HandoffTurn } from '@tandem/store';

const turn = (t: HandoffTurn): Turn => ({
  author: t.author as Turn['author'],
  text: t.text,
  intent: t.intent,
  confidence: t.confidence,
  fallback: t.fallback,
  sentiment: t.sentiment,
});

/** The escalation facts of one handed-off conversation: the classifier's and the agent's reasons, and repeat asks. */
export function analyseHandoff(transcript: HandoffTranscript): HandoffAnalysis {
  const before = transcript.before.map(turn);
  const classified = classifyEscalation(before);
  const slots = new Set(repeatAsks(before, transcript.after.map(turn)).map((ask) => ask.slot));
  return {
    classified_reason: classified.reason,
    classified_evidence: classified.evidence,
    agent_reason: agentReason(transcript.feedback_kind, transcript.disposition),
    repeat_ask_slots: [...slots].sort(),
  };
}
