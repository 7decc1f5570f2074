import { describe, expect, it } from 'vitest';
import { proposeIntentName } from './name.js';
import { normaliseUtterance } from './normalise.js';
import { TfIdf } from './tfidf.js';

/** A corpus in which filler words ("my", "can", 我的) are everywhere, as in real traffic. */
const CORPUS = [
  'where is my parcel',
  'can i get my refund',
  'can you check my order',
  'i need my invoice',
  '我的快递到哪了',
  '我的订单发货了吗',
  '我的退款呢',
  '我要开发票',
];

function name(members: readonly string[]): string {
  const texts = members.map(normaliseUtterance);
  const model = new TfIdf([...CORPUS, ...texts]);
  return proposeIntentName(
    texts.map((text) => ({ text, weight: 1 })),
    model,
  );
}

describe('proposeIntentName', () => {
  it('names an English cluster by its topic words, in the order customers say them', () => {
    expect(
      name([
        'can I change my delivery address',
        'I need to change the delivery address',
        'change the delivery address on my order',
        'how do I change my address',
      ]),
    ).toBe('change_delivery_address');
  });

  it('names a Chinese cluster by its most telling shared substring, not by filler', () => {
    expect(name(['我想修改收货地址', '收货地址填错了能改吗', '怎么修改收货地址', '我的收货地址写错了'])).toBe(
      '收货地址',
    );
  });

  it('is the same whatever the order of the members', () => {
    const members = ['how do I change my address', 'can I change my delivery address'];
    expect(name(members)).toBe(name([...members].reverse()));
  });
});
