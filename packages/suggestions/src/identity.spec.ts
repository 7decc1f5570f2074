import { describe, expect, it } from 'vitest';
import type { Draft } from './detect/context.js';
import { suggestionId } from './hash.js';
import { assignIds } from './identity.js';
import type { PreviousSuggestion } from './types.js';

function draft(kind: Draft['kind'], key: string, members: string[]): Draft {
  return {
    kind,
    key,
    intent: key,
    related_intent: null,
    title: key,
    phrases: [],
    evidence: { conversation_ids: [], examples: [], count: 0 },
    impact: { conversations_per_week: 0, containment_gain: 0, score: 0 },
    confidence: 0,
    members,
    clustered: kind === 'new_intent',
  };
}

const ADDRESS = ['can i change my address', 'change my delivery address', 'update my address'];

describe('assignIds', () => {
  it('hashes kind and key when there is no previous run', () => {
    const [s] = assignIds([draft('add_training_phrases', 'order_status', ['where is my parcel'])], []);
    expect(s!.id).toBe(suggestionId('add_training_phrases', 'order_status'));
    expect(s).not.toHaveProperty('clustered');
  });

  it('keeps the id of the previous suggestion with the same kind and key, however its members changed', () => {
    const previous: PreviousSuggestion[] = [
      { id: 'sg_0000000000aa', kind: 'answer_gap', key: 'invoice_request', members: ['c1'] },
    ];
    const [s] = assignIds([draft('answer_gap', 'invoice_request', ['c7', 'c8'])], previous);
    expect(s!.id).toBe('sg_0000000000aa');
  });

  it('keeps a cluster’s id when it was renamed but holds most of the previous members', () => {
    const previous: PreviousSuggestion[] = [
      { id: 'sg_0000000000bb', kind: 'new_intent', key: 'change_address', members: ADDRESS },
    ];
    const grown = draft('new_intent', 'change_delivery_address', [
      ...ADDRESS,
      'i moved please update the delivery address',
    ]);
    expect(assignIds([grown], previous)[0]!.id).toBe('sg_0000000000bb');
    // Without the previous run, the new name would have given a new id.
    expect(assignIds([grown], [])[0]!.id).toBe(suggestionId('new_intent', 'change_delivery_address'));
  });

  it('does not keep a cluster’s id when too few previous members remain', () => {
    const previous: PreviousSuggestion[] = [
      { id: 'sg_0000000000bb', kind: 'new_intent', key: 'change_address', members: ADDRESS },
    ];
    const other = draft('new_intent', 'gift_card_balance', [
      ADDRESS[0]!,
      'gift card balance',
      'how much is on my gift card',
    ]);
    expect(assignIds([other], previous)[0]!.id).toBe(suggestionId('new_intent', 'gift_card_balance'));
  });

  it('gives a previous id to one cluster only: the one holding the larger share of its members', () => {
    const previous: PreviousSuggestion[] = [
      { id: 'sg_0000000000bb', kind: 'new_intent', key: 'change_address', members: ADDRESS },
    ];
    const most = draft('new_intent', 'update_address', ADDRESS);
    const some = draft('new_intent', 'delivery_address', ADDRESS.slice(0, 2));
    const [a, b] = assignIds([some, most], previous);
    expect(b!.id).toBe('sg_0000000000bb');
    expect(a!.id).toBe(suggestionId('new_intent', 'delivery_address'));
  });

  it('never gives a new suggestion an id already kept by another', () => {
    const taken = suggestionId('new_intent', 'change_address');
    const previous: PreviousSuggestion[] = [{ id: taken, kind: 'new_intent', key: 'change_address', members: ADDRESS }];
    // The old cluster was renamed, and a new, unrelated cluster now has its old name.
    const renamed = draft('new_intent', 'update_delivery_address', ADDRESS);
    const newcomer = draft('new_intent', 'change_address', ['totally different', 'words here']);
    const [a, b] = assignIds([newcomer, renamed], previous);
    expect(b!.id).toBe(taken);
    expect(a!.id).not.toBe(taken);
    expect(a!.id).toBe(suggestionId('new_intent', 'change_address#2'));
  });

  it('matches previous suggestions of the same kind only', () => {
    const previous: PreviousSuggestion[] = [
      { id: 'sg_0000000000cc', kind: 'automate', key: 'order_status', members: ['c1'] },
    ];
    const [s] = assignIds([draft('add_training_phrases', 'order_status', ['c1'])], previous);
    expect(s!.id).toBe(suggestionId('add_training_phrases', 'order_status'));
  });
});
