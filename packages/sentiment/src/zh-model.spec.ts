import { describe, expect, it } from 'vitest';
import { ZhScorer, type ZhModelFile } from './zh-model.ts';
import { normaliseZh, zhFeatures } from './zh-text.ts';

const model: ZhModelFile = {
  about: 'a hand-made model',
  bias: 0.5,
  scale: 0.01,
  weights: { 好: 100, 不: -20, 不好: -300, 慢: -150, 太慢: -50, a: 10, ab: 40, 'b ': 5, ' c': 7, '0': 3, 天: 1 },
};

/** The model's log-odds computed the slow way, from the feature strings that training sees. */
function reference(text: string): number {
  let logit = model.bias;
  for (const feature of zhFeatures(text)) logit += (model.weights[feature] ?? 0) * model.scale;
  return logit;
}

describe('ZhScorer', () => {
  const scorer = new ZhScorer(model);

  it('adds the bias and the weights of the characters and pairs present', () => {
    expect(scorer.logit('')).toBeCloseTo(0.5);
    expect(scorer.logit('好')).toBeCloseTo(1.5);
    expect(scorer.logit('不好')).toBeCloseTo(0.5 - 0.2 + 1 - 3);
    expect(scorer.logit('太慢了')).toBeCloseTo(0.5 - 1.5 - 0.5);
  });

  it('counts a feature once however often it occurs', () => {
    expect(scorer.logit('好好好')).toBeCloseTo(1.5);
    expect(scorer.logit('不好不好')).toBeCloseTo(scorer.logit('不好'));
  });

  it('scores exactly what training sees, character for character', () => {
    const texts = [
      'ＡＢ ｃ', // full-width Latin and space fold to ASCII
      'ab\u3000\u3000c',
      '\uFEFF好',
      ' 好 ',
      '等了3天',
      '等了１２天',
      'A B  C',
      'e\u0301好', // a combining mark sends the text through String.normalize
      '😀好😀不好',
      'a\tb\nc',
      '\uFFFF好',
    ];
    for (const text of texts) expect(scorer.logit(text), JSON.stringify(text)).toBeCloseTo(reference(text), 5);
  });
});

describe('normaliseZh', () => {
  it('folds width, case, digits and white space, and drops byte-order marks', () => {
    expect(normaliseZh('\uFEFF  ＡＢＣ１２３，好  吗\u3000')).toBe('abc000,好 吗');
  });
});
