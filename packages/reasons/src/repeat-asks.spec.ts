import { describe, expect, it } from 'vitest';
import { repeatAsks } from './repeat-asks.js';
import type { Slot, Turn } from './types.js';

const customer = (text: string): Turn => ({ author: 'customer', text });
const bot = (text: string): Turn => ({ author: 'bot', text });
const agent = (text: string): Turn => ({ author: 'agent', text });

function slots(before: Turn[], after: Turn[]): Slot[] {
  return repeatAsks(before, after)
    .map((a) => a.slot)
    .sort();
}

describe('repeatAsks: asked again', () => {
  it.each([
    [
      'zh order number',
      '你好，上周下的单，订单号NW1773476349，现在什么状态？',
      '麻烦提供一下您的订单号',
      'order_number',
    ],
    ['zh phone', '登录不上，要重置密码，手机号13812345678', '请提供一下您的手机号', 'phone'],
    ['zh e-mail', '邮箱是zhang123@example.net', '请问您账户绑定的邮箱是？', 'email'],
    ['zh account', '我的账号是 zhangsan88，登不上去', '您的账号是多少？', 'account'],
    ['zh masked phone', '手机号138****5678', '还麻烦您提供下手机号码', 'phone'],
    ['zh anonymised order id', '[ORDERID_10031770] 这个单什么时候发货', '亲亲提供一下订单号可以吗', 'order_number'],
    ['zh tracking number as the order reference', '快递SF929476626897三天没更新了', '您能提供下单号吗', 'order_number'],
    ['en order number', 'Where is my order #A1234?', 'Could you give me your order number please?', 'order_number'],
    ['en phone', "It's +44 7700 900123", 'Can you confirm your phone number?', 'phone'],
    [
      'en e-mail',
      "Can't log in. My email is noah.smith79@example.com",
      "What's the email address on the account?",
      'email',
    ],
    ['en account', 'my account number is 55120931', 'May I have your account number?', 'account'],
    ['en which e-mail', 'it is anna.lee@example.com', 'Which e-mail address is on the account?', 'email'],
  ] as const)('%s', (_name, given, asked, slot) => {
    const asks = repeatAsks([customer(given)], [agent('Hi, thanks for waiting.'), agent(asked)]);
    expect(asks).toEqual([{ slot, given, asked }]);
  });

  it('reports each slot once, from its first ask', () => {
    const before = [customer('Order NW1234567890, phone +1 415-555-0123')];
    const after = [
      agent('Can I have the order number and the phone number on the account?'),
      agent('Sorry, the order number again please?'),
    ];
    expect(slots(before, after)).toEqual(['order_number', 'phone']);
    expect(repeatAsks(before, after).every((a) => a.asked === after[0]!.text)).toBe(true);
  });
});

describe('repeatAsks: not a repeat ask', () => {
  it.each([
    ['zh: never given', [customer('我的快递到哪了')], [agent('麻烦提供一下您的订单号')]],
    ['zh: read back to confirm', [customer('手机号13812345678')], [agent('您的手机号是138 1234 5678对吗？')]],
    ['zh: confirm by the last digits', [customer('13812345678')], [agent('请核对一下手机号，尾号5678对吗')]],
    ['zh: already done', [customer('手机号13812345678')], [agent('已为您核实手机号，请稍等')]],
    ['zh: a mention that asks nothing', [customer('手机号13812345678')], [agent('师傅会提前联系您，请保持电话畅通')]],
    ['zh: resident ID is not an order number', [customer('身份证号11010519491231002X')], [agent('请提供订单号')]],
    ['zh: the order shown back', [customer('[ORDERID_10031770]')], [agent('您的订单号[ORDERID_10031770]是这个吗')]],
    ['en: never given', [customer('where is my parcel')], [agent('Could you give me your order number?')]],
    ['en: another slot was given', [customer('order NW1234567890')], [agent("What's the email on the account?")]],
    [
      'en: confirm by the last digits',
      [customer("It's +1 415-555-0123")],
      [agent('Can you confirm the phone number ending in 0123?')],
    ],
    ['en: agent has it', [customer('Where is my order A1234?')], [agent('I can see order A1234, let me check.')]],
    [
      'en: sending to the e-mail is not asking for it',
      [customer('my email is noah.smith79@example.com')],
      [agent("I'll send the refund confirmation to your email.")],
    ],
    ['en: "account is locked" gives no account', [customer('my account is locked')], [agent("What's your username?")]],
    [
      'en: only the bot said it',
      [bot('Your order NW1234567890 has shipped.'), customer('when will it arrive?')],
      [agent('Could you give me your order number?')],
    ],
    [
      'en: the bot asking before the handoff is not an agent asking',
      [customer('my email is noah.smith79@example.com')],
      [bot("What's the email address on the account?"), agent('Thanks, checking now.')],
    ],
    ['en: a device is not a phone number', [customer("It's +44 7700 900123")], [agent('What phone do you have?')]],
  ] as const)('%s', (_name, before, after) => {
    expect(repeatAsks(before, after)).toEqual([]);
  });
});
