import { ABANDONMENT_PARTS, DURATIONS, durationMeasured, RATES, SEGMENTS, type Predicate } from './definitions.js';

export type Part = 'numerator' | 'denominator';

/**
 * Names every value a screen can show, so a click on it lists exactly the conversations counted:
 * a segment (`containment` is not one), a rate with its part, `abandonment.<part>`, or a duration.
 */
export function selectionPredicate(metric: string, part: Part = 'numerator'): Predicate | null {
  if (metric in SEGMENTS) return SEGMENTS[metric as keyof typeof SEGMENTS];
  if (metric in RATES) return RATES[metric as keyof typeof RATES][part];
  if (metric.startsWith('abandonment.')) {
    const name = metric.slice('abandonment.'.length);
    if (name in ABANDONMENT_PARTS) return ABANDONMENT_PARTS[name as keyof typeof ABANDONMENT_PARTS];
  }
  if (metric in DURATIONS) return durationMeasured(DURATIONS[metric as keyof typeof DURATIONS]);
  return null;
}

export const SELECTABLE_METRICS = [
  ...Object.keys(SEGMENTS),
  ...Object.keys(RATES),
  ...Object.keys(ABANDONMENT_PARTS).map((p) => `abandonment.${p}`),
  ...Object.keys(DURATIONS),
];
