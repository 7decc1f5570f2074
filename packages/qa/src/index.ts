export {
  sentimentBand,
  type Candidate,
  type ConversationPath,
  type SentimentBand,
  type StratumDimension,
} from './sampling/candidate.js';
export { samplePlanSchema, type RiskFactor, type SamplePlan } from './sampling/sample-plan.js';
export { drawSample, type Draw, type DrawnItem, type StratumReport } from './sampling/draw.js';
export {
  scorecardContentSchema,
  type Criterion,
  type CriterionScale,
  type Scorecard,
  type ScorecardContent,
} from './scorecards/scorecard.js';
export { DEFAULT_SCORECARDS } from './scorecards/default-scorecards.js';
export {
  checkAnswers,
  scoreAnswers,
  type Answer,
  type AnswerError,
  type Answers,
  type ReviewScore,
} from './scorecards/score.js';
export {
  cohenKappa,
  fleissKappa,
  krippendorffAlpha,
  type AgreementResult,
  type AlphaLevel,
  type AlphaResult,
  type Label,
} from './agreement/index.js';
export { bootstrapMeanInterval, wilsonInterval } from './intervals/index.js';
export { summariseScores, type ScoredReview, type ScoreSummary } from './results/summarise.js';
