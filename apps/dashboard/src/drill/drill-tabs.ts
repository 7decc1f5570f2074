import type {
  DrillMetric,
  HandoffQuality,
  IntentOpportunity,
  Part,
  RateName,
  Ratio,
  ScenarioClassRow,
} from '../api/types.js';
import type { Messages } from '../i18n/en.js';
import { hasParts, type Drill } from '../state/view-params.js';

/** One tab of a drill-down: another list behind the same figure, with the count the figure shows for it. */
export interface DrillTab {
  metric: DrillMetric;
  part: Part;
  label: string;
  /** null where the page does not know it (then the tab shows no count). */
  count: number | null;
}

export interface DrillTabs {
  /** The figure the tabs belong to, for the group's accessible name. */
  label: string;
  tabs: DrillTab[];
}

/** Whether the drill-down lists this tab's conversations. */
export const isTabOf = (drill: Drill, tab: Pick<DrillTab, 'metric' | 'part'>): boolean =>
  drill.metric === tab.metric && drill.part === tab.part;

/** A rate's numerator and denominator, with the counts of the figure on screen (if known). */
export function rateTabs(drill: Drill, counts: Ratio | null, t: Messages): DrillTabs | null {
  if (!hasParts(drill.metric)) return null;
  return {
    label: t.metrics.rates[drill.metric as RateName],
    tabs: (['numerator', 'denominator'] as const).map((part) => ({
      metric: drill.metric,
      part,
      label: t.metrics[part],
      count: counts ? counts[part] : null,
    })),
  };
}

type HandoffRateKey = 'context_passed' | 'repeat_ask' | 'abandoned_while_waiting';
type Side = Pick<DrillTab, 'metric' | 'part'>;

/**
 * The lists behind each rate card of the handoff page. A side is named by segment and part, so
 * the address says which tab is open; a segment's list does not depend on the part.
 * Context passed is over handoffs that said either way: no one segment holds both, so its tabs are
 * the two sides, whose sum is the denominator.
 */
export const HANDOFF_CARD_DRILLS: Record<HandoffRateKey, readonly [Side, Side]> = {
  context_passed: [
    { metric: 'context_passed', part: 'numerator' },
    { metric: 'context_not_passed', part: 'numerator' },
  ],
  repeat_ask: [
    { metric: 'repeat_asked', part: 'numerator' },
    { metric: 'agent_replied', part: 'denominator' },
  ],
  abandoned_while_waiting: [
    { metric: 'abandoned_waiting', part: 'numerator' },
    { metric: 'handed_off', part: 'denominator' },
  ],
};

/** The card a handoff drill-down belongs to: the sentiment card and a queue list all handoffs as a plain segment. */
function handoffCardOf(drill: Drill): HandoffRateKey | null {
  if (drill.intent || drill.scenarioClass || drill.reason || drill.bucket || drill.weekday !== null) return null;
  const keys = Object.keys(HANDOFF_CARD_DRILLS) as HandoffRateKey[];
  return keys.find((k) => HANDOFF_CARD_DRILLS[k].some((side) => isTabOf(drill, side))) ?? null;
}

/** The two tabs of a handoff card, counted as the card counts them. */
export function handoffTabs(drill: Drill, quality: HandoffQuality | null, t: Messages): DrillTabs | null {
  const key = handoffCardOf(drill);
  if (!key) return null;
  const [first, second] = HANDOFF_CARD_DRILLS[key];
  const r = quality?.[key] ?? null;
  const labels =
    key === 'context_passed'
      ? [t.handoff.tabs.passed, t.handoff.tabs.notPassed]
      : [t.metrics.numerator, t.metrics.denominator];
  const counts = r
    ? key === 'context_passed'
      ? [r.numerator, r.denominator - r.numerator]
      : [r.numerator, r.denominator]
    : [null, null];
  return {
    label: t.handoff.kpis[key],
    tabs: [first, second].map((side, i) => ({ ...side, label: labels[i]!, count: counts[i]! })),
  };
}

/** A class card's rate, counted in its class: the tabs show the fraction under the figure. */
export function classPartCounts(drill: Drill, rows: ScenarioClassRow[] | null): Ratio | null {
  if (!drill.scenarioClass || !hasParts(drill.metric) || drill.intent || drill.reason || drill.bucket) return null;
  if (!rows) return null;
  // A class the window has no conversation of has no row: its card shows nothing counted.
  const row = rows.find((r) => (r.scenario_class ?? 'none') === drill.scenarioClass);
  return row ? row.rates[drill.metric as RateName] : { numerator: 0, denominator: 0, value: null };
}

/** An intent's containment: contained over its volume, as its row of the opportunity table shows. */
export function intentPartCounts(drill: Drill, intents: IntentOpportunity[] | null): Ratio | null {
  if (!drill.intent || drill.metric !== 'containment' || drill.scenarioClass || drill.reason || drill.bucket)
    return null;
  return intents?.find((i) => i.intent === drill.intent)?.containment ?? null;
}
