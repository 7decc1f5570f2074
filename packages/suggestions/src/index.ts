export {
  SUGGESTION_KINDS,
  type AgentFeedback,
  type ConversationTrace,
  type GenerateOptions,
  type PreviousSuggestion,
  type Suggestion,
  type SuggestionKind,
  type Turn,
} from './types.js';
export { generateSuggestions } from './generate.js';
export { toDialogflowCsv, toJsonl, toRasaNluYaml } from './export/index.js';
export { equalWindows, lift, type DayWindow, type Lift, type Proportion, type Windows } from './lift.js';
