export type { Turn, Classification, Slot, RepeatAsk } from './types.js';
export { classifyEscalation } from './classify.js';
export { agentReason } from './agent-reason.js';
export { repeatAsks } from './repeat-asks.js';
