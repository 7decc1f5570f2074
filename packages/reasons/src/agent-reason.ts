import type { EscalationReason, FeedbackKind } from '@tandem/schema';
import { Lexicon, scan } from './lexicon.js';
import { normalise } from './normalise.js';

/**
 * Feedback kinds that name a cause. `escalated_too_late` names a timing, not a cause, so the disposition
 * decides; `bot_should_handle` and `escalated_too_early` say the handoff was not needed at all, so there is
 * no reason to compare (null, whatever the disposition says); `other` says nothing.
 */
const FEEDBACK: Readonly<Record<FeedbackKind, EscalationReason | null | 'disposition'>> = {
  bot_misunderstood: 'bot_not_understood',
  missing_intent: 'bot_not_understood',
  wrong_answer: 'bot_wrong_answer',
  escalated_too_late: 'disposition',
  escalated_too_early: null,
  bot_should_handle: null,
  other: 'disposition',
};

// Dispositions are free wrap-up codes ("complaint_logged", "password_reset_done", 投诉已登记). Words are
// matched at the start of a token so "unauthorised_charge" does not read as "auth".
const TOKEN_START = '(?<![a-z])';
const DISPOSITIONS: readonly (readonly [EscalationReason, Lexicon])[] = [
  [
    'complex_or_policy',
    new Lexicon([
      `${TOKEN_START}(?:complain|fraud|scam|dispute|chargeback|legal|lawyer|medical|pharma|unauthori[sz]ed)`,
      '投诉|欺诈|诈骗|盗刷|纠纷|争议|法律|医疗|用药',
    ]),
  ],
  [
    'authentication_required',
    new Lexicon([
      `${TOKEN_START}(?:auth|identity|id_check|verif|password|login|log_in|locked|unlock|kyc|otp|2fa)`,
      '身份|验证|密码|登录|实名|解锁',
    ]),
  ],
  [
    'technical_error',
    new Lexicon([`${TOKEN_START}(?:technical|tech_|bug|outage|crash|system_error|error)`, '故障|技术|系统|报错|闪退']),
  ],
  ['dialect_or_speech', new Lexicon([`${TOKEN_START}(?:dialect|speech|asr|language_barrier)`, '方言|语音|口音'])],
];

function isFeedbackKind(kind: string): kind is FeedbackKind {
  return Object.hasOwn(FEEDBACK, kind);
}

function fromDisposition(disposition: string | null): EscalationReason | null {
  if (!disposition) return null;
  const text = scan(normalise(disposition));
  for (const [reason, lexicon] of DISPOSITIONS) if (lexicon.find(text) !== undefined) return reason;
  return null;
}

/** The agent's view of the same handoff, from a feedback kind or a closing disposition; null when they say nothing about it. */
export function agentReason(
  feedbackKind: FeedbackKind | string | null,
  disposition: string | null,
): EscalationReason | null {
  const kind = feedbackKind?.trim().toLowerCase() ?? '';
  const said = isFeedbackKind(kind) ? FEEDBACK[kind] : 'disposition';
  return said === 'disposition' ? fromDisposition(disposition) : said;
}
