import type { EscalationReason } from '@tandem/schema';
import type { Turn } from '../types.js';

/** A transcript up to its first handoff, labelled by a person reading it. */
export interface LabelledCase {
  /** Domain and what the case is about. */
  name: string;
  turns: readonly Turn[];
  expected: EscalationReason;
  /** Why the label is right. */
  why: string;
}

export function customer(text: string, extra: Partial<Turn> = {}): Turn {
  return { author: 'customer', text, ...extra };
}

/** A bot reply with its reading; `confidence` null when the platform sends none. */
export function bot(text: string, confidence: number | null = null, extra: Partial<Turn> = {}): Turn {
  return { author: 'bot', text, confidence, fallback: false, ...extra };
}

/** A bot reply flagged as not understanding. */
export function fallback(text: string): Turn {
  return { author: 'bot', text, confidence: 0.2, fallback: true };
}

export function system(text: string): Turn {
  return { author: 'system', text };
}
