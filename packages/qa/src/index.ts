export { uniformOf } from './random.js';
export {
  STRATUM_DIMENSIONS,
  sentimentBand,
  type Candidate,
  type ConversationPath,
  type SentimentBand,
  type StratumDimension,
} from './sampling/candidate.js';
export { DEFAULT_RISK_WEIGHTS, samplePlanSchema, type RiskFactor, type SamplePlan } from './sampling/sample-plan.js';
export { drawSample, WHOLE_POPULATION, type Draw, type DrawnItem, type StratumReport } from './sampling/draw.js';
export {
  CRITERION_SCALES,
  SCORECARD_SUBJECTS,
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
