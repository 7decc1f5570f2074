import { normaliseUtterance } from '../text/normalise.js';
import { NEUTRAL_MIN_INTENTS } from '../thresholds.js';
import type { AnalysedTrace } from '../trace/analyse.js';

/** Misread utterances that corrections attach to at least NEUTRAL_MIN_INTENTS different intents. */
export function neutralUtterances(traces: readonly AnalysedTrace[]): Set<string> {
  const intents = new Map<string, Set<string>>();
  for (const a of traces) {
    if (a.truth === null) continue;
    for (const r of a.misreads) {
      const form = normaliseUtterance(r.turn.text!);
      let set = intents.get(form);
      if (!set) intents.set(form, (set = new Set()));
      set.add(a.truth.intent);
    }
  }
  const neutral = new Set<string>();
  for (const [form, set] of intents) if (set.size >= NEUTRAL_MIN_INTENTS) neutral.add(form);
  return neutral;
}
