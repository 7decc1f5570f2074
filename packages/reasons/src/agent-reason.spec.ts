import { describe, expect, it } from 'vitest';
import { agentReason } from './agent-reason.js';

describe('agentReason', () => {
  it.each([
    ['bot_misunderstood', null, 'bot_not_understood'],
    ['missing_intent', 'order_status_provided', 'bot_not_understood'],
    ['wrong_answer', 'refund_issued', 'bot_wrong_answer'],
    ['  Wrong_Answer ', null, 'bot_wrong_answer'],
  ] as const)('feedback %j with disposition %j → %s', (kind, disposition, want) => {
    expect(agentReason(kind, disposition)).toBe(want);
  });

  it.each([
    ['bot_should_handle', 'order_status_provided'],
    ['escalated_too_early', 'complaint_logged'],
  ] as const)(
    'feedback %j says the handoff was not needed: null whatever the disposition (%j)',
    (kind, disposition) => {
      expect(agentReason(kind, disposition)).toBeNull();
    },
  );

  it.each([
    ['escalated_too_late', 'complaint_logged', 'complex_or_policy'],
    ['escalated_too_late', 'refund_issued', null],
    ['other', 'password_reset_done', 'authentication_required'],
    [null, 'dispute_opened', 'complex_or_policy'],
    [null, 'fraud_case_opened', 'complex_or_policy'],
    // A fraud case, not an authentication one: "auth" counts only at the start of a word.
    [null, 'unauthorized_charge_refunded', 'complex_or_policy'],
    [null, 'Technical issue escalated', 'technical_error'],
    [null, 'app_crash_reported', 'technical_error'],
    [null, 'identity_verified', 'authentication_required'],
    [null, '投诉已登记', 'complex_or_policy'],
    [null, '账号解锁', 'authentication_required'],
    [null, '系统故障', 'technical_error'],
    [null, '方言沟通', 'dialect_or_speech'],
    ['not_a_kind', 'complaint_logged', 'complex_or_policy'],
  ] as const)('feedback %j falls back to the disposition %j → %s', (kind, disposition, want) => {
    expect(agentReason(kind, disposition)).toBe(want);
  });

  it.each([
    [null, null],
    [null, ''],
    [null, 'order_status_provided'],
    [null, 'refund_issued'],
    // "blocked" is not "locked".
    [null, 'card_blocked'],
    [null, '退款已处理'],
    ['other', null],
  ] as const)('says nothing about the handoff: feedback %j, disposition %j', (kind, disposition) => {
    expect(agentReason(kind, disposition)).toBeNull();
  });
});
