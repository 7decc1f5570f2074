export * from './query.js';
export { canonicalTimeZone, localDate } from './time-zone.js';
export {
  RATES,
  DURATIONS,
  ABANDONMENT_PARTS,
  SEGMENTS,
  type RateName,
  type DurationName,
  type AbandonmentPart,
  type Predicate,
} from './definitions.js';
export type { Aggregate, Ratio, DurationSummary } from './aggregate.js';
export {
  overview,
  timeseries,
  breakdown,
  heatmap,
  dimensionValues,
  BREAKDOWN_DIMENSIONS,
  type HeatmapCell,
  type DimensionValues,
  type BreakdownDimension,
  type Bucketed,
  type Grouped,
} from './metrics.js';
export { selectionPredicate, SELECTABLE_METRICS, type Part } from './selection.js';
export {
  listConversations,
  findConversation,
  type ConversationDetail,
  exportConversations,
  EXPORT_COLUMNS,
  type ConversationPage,
  type ConversationSummary,
  type ConversationSelection,
} from './conversations.js';
export {
  escalationReasons,
  reasonAgreement,
  reasonTrend,
  reasonBreakdown,
  reasonPredicate,
  REASON_SOURCES,
  REASON_GROUPINGS,
  NO_REASON,
  type ReasonSource,
  type ReasonGrouping,
  type ReasonRow,
  type ReasonBucket,
  type ReasonGroupRow,
  type Agreement,
  type AgreementCell,
} from './escalations.js';
export { handoffQuality, type HandoffQuality, type QueueHandoff } from './handoff.js';
export {
  scenarioClasses,
  scenarioClassPredicate,
  automationMatrix,
  recommend,
  type ScenarioClassRow,
  type TargetCheck,
  type IntentOpportunity,
  type Recommendation,
} from './scenarios.js';
export { cost, type CostReport, type CostFigures } from './cost.js';
export {
  qaPopulation,
  qaConversations,
  qaReviews,
  QA_GROUPINGS,
  type QaConversation,
  type QaGrouping,
  type QaReviewRow,
} from './qa.js';
export { intentConfusion, NO_BOT_INTENT, type ConfusionCell } from './intent-confusion.js';
export { scope as conversationScope, windowInstants, type ConversationScope } from './scope.js';
