import { ABANDONMENT_PARTS, DURATIONS, durationMeasured, RATES, SEGMENTS, type Predicate } from './definitions.js';

export type Part = 'numerator' | 'denominator';

/**
 * Names every value a screen can show, so a click on it lists exactly the conversations counted:
 * a segment (`containment` is not one), a rate with its part, `abandonment.<part>`, or a duration.
 */
export function selectionPredicate(metric: string, part: Part = 'numerator'): Predicate | null {
  if (Object.hasOwn(SEGMENTS, metric)) return SEGMENTS[metric as keyof typeof SEGMENTS];
  if (Object.hasOwn(RATES, metric)) return RATES[metric as keyof typeof RATES][part];
  if (metric.startsWith('abandonment.')) {
    const name = metric.slice('abandonment.'.length);
    if (Object.hasOwn(ABANDONMENT_PARTS, name)) return ABANDONMENT_PARTS[name as keyof typeof ABANDONMENT_PARTS];
  }
  if (Object.hasOwn(DURATIONS, metric)) return durationMeasured(DURATIONS[metric as keyof typeof DURATIONS]);
  return null;
}

export const SELECTABLE_METRICS = [
  ...Object.keys(SEGMENTS),
  ...Object.keys(RATES),
  ...Object.keys(ABANDONMENT_PARTS).map((p) => `abandonment.${p}`),
  ...Object.keys(DURATIONS),
];
