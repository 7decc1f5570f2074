import type { EscalationReason } from '../api/types.js';

// Okabe–Ito colours: distinguishable with every common form of colour blindness.
export const PALETTE = {
  bot: '#0072B2',
  human: '#E69F00',
  rate: '#009E73',
  accent: '#CC79A7',
  heatLow: '#F0F7FC',
  heatHigh: '#0072B2',
  axis: '#64748B',
} as const;

/**
 * One colour per escalation reason, the same on every chart of the escalations page: Okabe–Ito
 * first, then Paul Tol's wine and indigo for the two it lacks. The keys give the reasons' order.
 */
export const REASON_COLOURS: Record<EscalationReason, string> = {
  customer_requested_human: '#E69F00',
  bot_not_understood: '#56B4E9',
  low_confidence: '#009E73',
  negative_sentiment: '#D55E00',
  complex_or_policy: '#0072B2',
  authentication_required: '#CC79A7',
  bot_wrong_answer: '#F0E442',
  dialect_or_speech: '#882255',
  technical_error: '#332288',
  other: '#7F7F7F',
};
/** No reason given, and a code this dashboard does not know yet. */
export const NO_REASON_COLOUR = '#C3C9D3';
export const UNKNOWN_REASON_COLOUR = '#4B5563';
/** Dissatisfied responses, on top of the escalations they belong to. */
export const DISSATISFIED_COLOUR = '#D55E00';
