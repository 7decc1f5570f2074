import { describe, expect, it } from 'vitest';
import { normaliseUtterance } from './normalise.js';

describe('normaliseUtterance', () => {
  it.each([
    ["Where's my parcel??", 'wheres my parcel'],
    ['WHERE IS MY PARCEL', 'where is my parcel'],
    ['Ｗｈｅｒｅ　ｉｓ　ｍｙ　ｐａｒｃｅｌ？', 'where is my parcel'],
    ['where is order NW1234567?', 'where is order nw #'],
    ['order #4471234, placed 3/11', 'order # placed # #'],
    ['我的快递到哪了？', '我的快递到哪了'],
    ['订单１２３４５的快递到哪了！', '订单 # 的快递到哪了'],
    ['where is my parcel 📦🙏', 'where is my parcel'],
    ['  can\tI\nchange   it ', 'can i change it'],
    ['don’t', 'dont'],
  ])('%j → %j', (text, expected) => {
    expect(normaliseUtterance(text)).toBe(expected);
  });

  it('leaves nothing of an utterance made only of punctuation and emoji', () => {
    expect(normaliseUtterance('?!… 👍')).toBe('');
  });
});
