import type { ScorecardContent } from './scorecard.js';

const compliance = {
  key: 'compliance',
  name: 'Compliance',
  description: 'Verified identity before account details, made no promise policy forbids, disclosed no personal data.',
  weight: 2,
  scale: 'yes_no',
  auto_fail: true,
} as const;

/** The scorecards every workspace starts with, under these ids (docs/qa.md). */
export const DEFAULT_SCORECARDS: Record<'bot' | 'human', ScorecardContent> = {
  bot: {
    name: 'Bot conversation',
    applies_to: 'bot',
    pass_mark: 80,
    criteria: [
      {
        key: 'understanding',
        name: 'Understanding',
        description: 'Recognised what the customer wanted, in their words and language.',
        weight: 3,
        scale: 'one_to_five',
        auto_fail: false,
      },
      {
        key: 'accuracy',
        name: 'Accuracy',
        description: 'Answers were correct and current.',
        weight: 3,
        scale: 'one_to_five',
        auto_fail: false,
      },
      {
        key: 'resolution',
        name: 'Resolution',
        description: 'The customer left with the question answered or the task done.',
        weight: 3,
        scale: 'yes_no',
        auto_fail: false,
      },
      {
        key: 'handoff_handling',
        name: 'Handoff handling',
        description: 'Offered a human when it should have, and passed the context on. N.A. when no handoff was due.',
        weight: 2,
        scale: 'yes_no',
        auto_fail: false,
      },
      compliance,
    ],
  },
  human: {
    name: 'Agent conversation',
    applies_to: 'human',
    pass_mark: 80,
    criteria: [
      {
        key: 'accuracy',
        name: 'Accuracy',
        description: 'Information and actions were correct.',
        weight: 3,
        scale: 'one_to_five',
        auto_fail: false,
      },
      {
        key: 'resolution',
        name: 'Resolution',
        description: 'Resolved the issue, or set a clear next step the customer agreed to.',
        weight: 3,
        scale: 'yes_no',
        auto_fail: false,
      },
      {
        key: 'empathy',
        name: 'Empathy',
        description: "Acknowledged the customer's situation and feelings; tone fitted the moment.",
        weight: 2,
        scale: 'one_to_five',
        auto_fail: false,
      },
      {
        key: 'handoff_handling',
        name: 'Handoff handling',
        description: 'Picked up the context from the bot without asking again. N.A. when there was no handoff.',
        weight: 2,
        scale: 'yes_no',
        auto_fail: false,
      },
      compliance,
    ],
  },
};
