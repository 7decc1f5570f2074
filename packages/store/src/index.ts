export type * from './tables.js';
export type { EngineFunctions, Granularity } from './engine.js';
export type { StoreAdapter } from './adapter.js';
export { eventKey, toEventRow, type EventRow } from './event-row.js';
export type { HandoffAnalyser, HandoffAnalysis, HandoffTranscript, HandoffTurn } from './handoff-analysis.js';
export { pendingMigrations, type PendingMigration } from './migrations.js';
