import { describe, expect, it } from 'vitest';
import { EN_CASES } from './cases/en.js';
import type { LabelledCase } from './cases/labelled-case.js';
import { ZH_CASES } from './cases/zh.js';
import { classifyEscalation } from './classify.js';

function labelled(language: string, cases: readonly LabelledCase[]) {
  describe(`hand-labelled ${language} transcripts`, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      expect(classifyEscalation(c.turns).reason, c.why).toBe(c.expected);
    });
  });
}

labelled('English', EN_CASES);
labelled('Chinese', ZH_CASES);

describe('classifyEscalation', () => {
  it('names the rule and the words that decided', () => {
    expect(classifyEscalation([{ author: 'customer', text: '我要转人工' }])).toEqual({
      reason: 'customer_requested_human',
      evidence: 'explicit_request: "转人工"',
    });
    expect(
      classifyEscalation([
        { author: 'customer', text: 'is the warranty transferable' },
        { author: 'bot', text: 'Our warranty lasts 2 years.', confidence: 0.42 },
      ]),
    ).toEqual({ reason: 'low_confidence', evidence: 'low_confidence: 0.42 < 0.5' });
  });

  it('reads full-width and upper-case text', () => {
    expect(classifyEscalation([{ author: 'customer', text: 'ＡＧＥＮＴ！' }]).reason).toBe('customer_requested_human');
    expect(classifyEscalation([{ author: 'customer', text: 'I WANT TO SPEAK TO A REAL PERSON' }]).reason).toBe(
      'customer_requested_human',
    );
  });

  it('takes nothing from agent turns or from missing values', () => {
    expect(
      classifyEscalation([
        { author: 'customer', text: null, sentiment: null, confidence: Number.NaN },
        { author: 'agent', text: 'I am a human agent, this is terrible' },
      ]),
    ).toEqual({ reason: 'other', evidence: 'no_rule: nothing in the transcript explains the handoff' });
    expect(classifyEscalation([]).reason).toBe('other');
  });

  it('does not read a prompt repeated after different answers as a loop', () => {
    const anythingElse = 'Is there anything else I can help with?';
    expect(
      classifyEscalation([
        { author: 'customer', text: 'when do you open on Sunday' },
        { author: 'bot', text: 'We open at 10:00 on Sundays.', confidence: 0.93 },
        { author: 'bot', text: anythingElse },
        { author: 'customer', text: 'and on public holidays?' },
        { author: 'bot', text: 'We are closed on public holidays.', confidence: 0.9 },
        { author: 'bot', text: anythingElse },
      ]).reason,
    ).toBe('other');
  });
});
