import { describe, expect, it } from 'vitest';
import { messageSentiment } from './index.ts';

const positive = (text: string): void => expect(messageSentiment(text), text).toBeGreaterThan(0);
const negative = (text: string): void => expect(messageSentiment(text), text).toBeLessThan(0);

describe('messageSentiment', () => {
  it('is null for text with no letters or ideographs', () => {
    for (const text of ['', '   ', '\n\t', '12345', '!!!', '？？', '👍', '...']) {
      expect(messageSentiment(text), JSON.stringify(text)).toBeNull();
    }
  });

  it('reads short Chinese service messages', () => {
    negative('怎么还没发货');
    negative('太慢了');
    negative('我要投诉');
    negative('都等了五天了，还没有物流信息');
    negative('你们的客服太不负责任了');
    negative('东西坏了，要求退货');
    positive('谢谢你很满意');
    positive('非常感谢，问题解决了');
    positive('东西收到了，质量很好');
    positive('服务态度很好，谢谢');
  });

  it('reads Chinese negation and contrast', () => {
    negative('不好用');
    negative('不满意');
    expect(messageSentiment('很好')!).toBeGreaterThan(messageSentiment('不太好')!);
    // The clause after 但是 decides, as customers mean it.
    negative('包装还行，但是东西是坏的');
  });

  it('reads short English service messages', () => {
    negative('Still waiting for my refund');
    negative('This is the worst service ever');
    negative('my order was cancelled and nobody told me');
    negative('ridiculous');
    negative('I have been on hold for two hours');
    positive('Thanks, that fixed it');
    positive('Great support, really appreciate it');
    positive('no problem, thanks');
  });

  it('turns English sentiment under negation', () => {
    negative('This is not good');
    negative("I don't like the new app");
    negative('The app does not work');
    positive('not bad at all');
    expect(messageSentiment('I am happy')!).toBeGreaterThan(0);
    expect(messageSentiment('I am not happy')!).toBeLessThan(0);
  });

  it('weighs English mixed messages towards what follows "but"', () => {
    negative('The agent was nice but my parcel is still missing');
    positive('The parcel was late but the agent was great');
  });

  it('reads punctuation and capitals as emphasis, not as sentiment', () => {
    expect(messageSentiment('This is terrible!!!')!).toBeLessThan(messageSentiment('This is terrible.')!);
    expect(messageSentiment('Thank you!!')!).toBeGreaterThan(messageSentiment('Thank you')!);
    expect(messageSentiment('This is TERRIBLE')!).toBeLessThan(messageSentiment('This is terrible')!);
    expect(messageSentiment('Where is my order?')).toBe(0);
  });

  it('chooses the model by content, whatever the locale says', () => {
    expect(messageSentiment('谢谢你很满意', 'en-US')).toBe(messageSentiment('谢谢你很满意'));
    expect(messageSentiment('worst service ever', 'zh-CN')).toBe(messageSentiment('worst service ever'));
    expect(messageSentiment('太慢了', null)).toBe(messageSentiment('太慢了', 'zh-CN'));
  });

  it('stays within [-1, 1] and gives the same score every time', () => {
    const texts = [
      '好'.repeat(500),
      '差'.repeat(500),
      'great '.repeat(500),
      'awful '.repeat(500),
      'WORST!!!!!!!!!!',
      '垃圾垃圾垃圾！！！',
      'ok',
      '嗯',
      'a',
    ];
    for (const text of texts) {
      const score = messageSentiment(text)!;
      expect(score).toBeGreaterThanOrEqual(-1);
      expect(score).toBeLessThanOrEqual(1);
      expect(messageSentiment(text)).toBe(score);
    }
    const first = texts.map((t) => messageSentiment(t));
    expect(texts.map((t) => messageSentiment(t))).toEqual(first);
  });
});
