import { describe, expect, it } from 'vitest';
import { clusterUtterances, type Clusterable } from './cluster.js';
import { normaliseUtterance } from './normalise.js';
import { TfIdf } from './tfidf.js';

const PARCEL_EN = ['where is my parcel', "Where's my parcel??", 'where is my package'];
const PARCEL_ZH = ['我的快递到哪了', '我的快递到哪里了', '快递到哪了'];
const UNRELATED = ['cancel my subscription', '我要退款'];

function clusters(texts: readonly string[], weights: Record<string, number> = {}): string[][] {
  const items: Clusterable[] = texts.map((t) => ({ text: normaliseUtterance(t), weight: weights[t] ?? 1 }));
  const model = new TfIdf(items.map((i) => i.text));
  return clusterUtterances(items, model).map((c) => c.members.map((m) => m.text).sort());
}

const groupOf = (result: string[][], text: string) => result.find((c) => c.includes(normaliseUtterance(text)));

describe('clusterUtterances', () => {
  const all = [...PARCEL_EN, ...PARCEL_ZH, ...UNRELATED];

  it('puts the English parcel questions together, and the Chinese ones together', () => {
    const result = clusters(all);
    expect(groupOf(result, PARCEL_EN[0]!)).toEqual(PARCEL_EN.map(normaliseUtterance).sort());
    expect(groupOf(result, PARCEL_ZH[0]!)).toEqual(PARCEL_ZH.map(normaliseUtterance).sort());
  });

  it('keeps unrelated requests apart from them and from each other', () => {
    const result = clusters(all);
    for (const text of UNRELATED) expect(groupOf(result, text)).toEqual([normaliseUtterance(text)]);
    expect(result).toHaveLength(4);
  });

  it('does the same among more utterances of other topics, whatever their frequency', () => {
    const more = [
      ...all,
      'I want a refund',
      'how do I reset my password',
      'has my order shipped',
      '我想修改收货地址',
      '怎么开发票',
      '门店几点关门',
    ];
    const result = clusters(more, { 'where is my package': 9, 我要退款: 7, 'cancel my subscription': 5 });
    expect(groupOf(result, PARCEL_EN[0]!)).toEqual(PARCEL_EN.map(normaliseUtterance).sort());
    expect(groupOf(result, PARCEL_ZH[0]!)).toEqual(PARCEL_ZH.map(normaliseUtterance).sort());
    for (const text of UNRELATED) expect(groupOf(result, text)).toEqual([normaliseUtterance(text)]);
  });

  it('does not depend on the order of its input', () => {
    const items = all.map((t) => ({ text: normaliseUtterance(t), weight: 1 }));
    const model = new TfIdf(items.map((i) => i.text));
    const forward = clusterUtterances(items, model);
    const backward = clusterUtterances([...items].reverse(), model);
    expect(backward).toEqual(forward);
  });

  it('reports one phrasing repeated as a perfectly tight cluster', () => {
    const model = new TfIdf(['where is my parcel', 'cancel my subscription']);
    const [cluster] = clusterUtterances([{ text: 'where is my parcel', weight: 4 }], model);
    expect(cluster!.weight).toBe(4);
    expect(cluster!.tightness).toBeCloseTo(1, 10);
  });
});
