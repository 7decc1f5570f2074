import { describe, expect, it } from 'vitest';
import { isNegated } from './negation.js';
import { normalise } from './normalise.js';

/** Whether `phrase`, found in `text`, is negated there. */
function negated(text: string, phrase: string): boolean {
  const t = normalise(text);
  const at = t.indexOf(phrase);
  if (at < 0) throw new Error(`"${phrase}" is not in "${t}"`);
  return isNegated(t, at, at + phrase.length);
}

describe('isNegated', () => {
  it.each([
    ["I don't need a human", 'human'],
    ['I do not want to talk to a person', 'talk to a person'],
    ['no need to transfer me to an agent', 'transfer me to an agent'],
    ["I'm not complaining", 'complaining'],
    ['不用转人工', '转人工'],
    ['不需要人工', '要人工'],
    ['我不想给你们投诉', '投诉'],
    ['别给我转人工', '转人工'],
    ['没有报错', '报错'],
  ])('"%s" negates "%s"', (text, phrase) => {
    expect(negated(text, phrase)).toBe(true);
  });

  it.each([
    ["I don't want the bot, I want a human", 'human'],
    ["this doesn't work let me talk to a human", 'talk to a human'],
    ["I'm not getting the verification code", 'verification code'],
    ["if it's not here tomorrow I'm calling my lawyer", 'lawyer'],
    ['不用了。转人工', '转人工'],
    ['有没有人工', '人工'],
    ['要不要转人工', '转人工'],
    ['是不是诈骗', '诈骗'],
    ['我不是说了要转人工吗', '转人工'],
    ['验证码收不到', '验证码'],
    ["I CAN'T log in", "can't log in"],
  ])('"%s" leaves "%s" standing', (text, phrase) => {
    expect(negated(text, phrase)).toBe(false);
  });
});
