import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS } from './kinds.js';
import { maskPersonalData, maskedOrNull } from './mask.js';

// Card and ID numbers below are checked by hand in luhn.spec.ts and cn-id.spec.ts: Visa's test number 4111 1111
// 1111 1111, Mastercard's 5555 5555 5555 4444, American Express's 3782 822463 10005, GB 11643-1999's example ID
// 11010519491231002X. Sums worked here by hand are noted where a case uses a number only once.
const CASES: ReadonlyArray<readonly [name: string, input: string, expected: string]> = [
  // E-mail addresses.
  ['en e-mail', 'Contact me at li.wei@example.com please', 'Contact me at [email] please'],
  ['zh e-mail touching Chinese', '我的邮箱是li.wei@example.com谢谢', '我的邮箱是[email]谢谢'],
  ['e-mail with plus and subdomains, full stop kept', 'noah.smith+cs@mail.example.co.uk.', '[email].'],
  ['upper-case e-mail after a colon', '我的EMAIL:HRZJQ@163.COM', '我的EMAIL:[email]'],
  ['e-mail made of a mobile number', '邮箱13812345678@qq.com', '邮箱[email]'],

  // Chinese mobiles.
  ['zh mobile touching Chinese', '手机13812345678', '手机[phone]'],
  ['zh mobile 3-4-4 with spaces', '我的号码是 138 1234 5678，谢谢', '我的号码是 [phone]，谢谢'],
  ['zh mobile 3-4-4 with hyphens', '电话：139-8765-4321', '电话：[phone]'],
  ['zh mobile with +86', '+86 138 1234 5678', '[phone]'],
  ['zh mobile with 0086', '0086-13812345678', '[phone]'],
  // 8613812345603 also passes Luhn (doubled 6,3,1,3,5,0 → 3,6,2,6,1,0 = 18; plus 8,1,8,2,4,6,3 = 32; 50).
  ['86 and a mobile in one run is a phone, not a card', '8613812345603', '[phone]'],
  ['zh mobile in full-width digits', '手机号１３８１２３４５６７８', '手机号[phone]'],
  ['two mobiles side by side', '13812345678 13987654321', '[phone] [phone]'],

  // Chinese landlines, with their area code.
  ['Beijing landline, extension kept', '客服电话010-12345678转3037', '客服电话[phone]转3037'],
  ['Shenzhen landline in groups', '座机 0755 1234 5678', '座机 [phone]'],
  ['area code in full-width brackets', '电话（0755）12345678', '电话[phone]'],
  ['company hotline (masked too: whose number it is is unknown)', '请拨打400-820-8820', '请拨打[phone]'],

  // International and North American numbers.
  ['+1 with the area code in brackets', 'Call me on +1 (415) 555-0132 tomorrow', 'Call me on [phone] tomorrow'],
  ['North American 3-3-4', 'my number is 415-555-0132.', 'my number is [phone].'],
  ['North American with brackets', '(415) 555-0132', '[phone]'],
  ['North American toll-free', 'or call 1-800-555-0199', 'or call [phone]'],
  ['UK number with +44', "It's +44 20 7946 0958", "It's [phone]"],
  ['E.164 in one run', '+14155550132', '[phone]'],

  // Payment card numbers.
  ['Visa in groups of four', 'card 4111 1111 1111 1111 exp 12/27', 'card [card] exp 12/27'],
  ['Visa touching Chinese', '卡号4111111111111111', '卡号[card]'],
  ['Mastercard with hyphens', '5555-5555-5555-4444', '[card]'],
  ['American Express 4-6-5', 'Amex 3782 822463 10005', 'Amex [card]'],
  ['19-digit UnionPay', '银行卡6217001234567890122', '银行卡[card]'],
  ['card followed by its CVV', '4111 1111 1111 1111 123', '[card] 123'],
  // 1234567812345670: doubled 1,3,5,7,1,3,5,7 → 2,6,1,5,2,6,1,5 = 28; plus 2,4,6,8,2,4,6,0 = 32; 60.
  ['known false positive: a 16-digit reference that passes Luhn', '订单号 1234567812345670', '订单号 [card]'],

  // Chinese resident ID numbers.
  ['GB 11643-1999 example ID', '身份证号11010519491231002X', '身份证号[id]'],
  ['ID with a lower-case x', '11010519491231002x', '[id]'],
  ['ID with a digit check character', '身份证 440305199001011248，谢谢', '身份证 [id]，谢谢'],
  ['ID in groups of 6-8-4', '110105 19491231 002X', '[id]'],
  // 110105194912310150: MOD 11-2 163+0+4+10 = 177, mod 11 = 1 → 0; Luhn doubled 1,0,0,1,4,1,3,0,5 → 21, plus
  // 1,1,5,9,9,2,1,1,0 = 29; 50.
  ['an ID that also passes Luhn is an ID', '110105194912310150', '[id]'],

  ['several kinds in one message', '手机13812345678，邮箱li.wei@example.com', '手机[phone]，邮箱[email]'],

  // Not personal data.
  ['order number failing Luhn (67)', '订单号 20240315123456789', '订单号 20240315123456789'],
  ['date and time', '2026-03-01 09:30', '2026-03-01 09:30'],
  ['opening hours', '营业时间 09:30-18:00', '营业时间 09:30-18:00'],
  ['amount', '实付¥1299.00', '实付¥1299.00'],
  ['large amount', '¥12,345,678.00', '¥12,345,678.00'],
  ['order # reference', 'order #123456', 'order #123456'],
  ['short code', '验证码1234', '验证码1234'],
  ['year and count', 'In 2024 we shipped 1,299 orders', 'In 2024 we shipped 1,299 orders'],
  ['compact date', '20260301', '20260301'],
  ['IP address', '192.168.1.100', '192.168.1.100'],
  ['11 digits not starting 1[3-9]', '订单号12345678901', '订单号12345678901'],
  ['ten digits in one run are not a North American number', 'order 4155550132', 'order 4155550132'],
  ['digits glued to letters are a code', 'tracking NX13812345678SG', 'tracking NX13812345678SG'],
  ['card-like number failing Luhn (31)', '4111 1111 1111 1112', '4111 1111 1111 1112'],
  // 110105194912310021: Luhn 2+0+0+2+8+2+6+0+4 = 24, plus 29 = 53, so not a card either.
  ['ID with a wrong check character', '110105194912310021', '110105194912310021'],
  // Luhn 26 + 33 = 59.
  ['ID with a right check character but 30 February', '110105194902301234', '110105194902301234'],
  // Luhn 20 + 11 = 31.
  ['15-digit ID of before 1999', '110105491231002', '110105491231002'],
  // 20200401225851 passes Luhn: outside a link it would be a card.
  [
    'numbers inside a link',
    'https://web.archive.org/web/20200401225851/https://support.example.com',
    'https://web.archive.org/web/20200401225851/https://support.example.com',
  ],

  // Already masked upstream.
  ['JDDC order token', '订单编号[ORDERID_10187686]', '订单编号[ORDERID_10187686]'],
  ['JDDC-style token holding a mobile-shaped number', '[ORDERID_13812345678]', '[ORDERID_13812345678]'],
  ['JDDC placeholders', '[手机号] [电话x] [身份证号x] [邮箱x]', '[手机号] [电话x] [身份证号x] [邮箱x]'],
  ['mobile masked in the middle', '手机号138****1234', '手机号138****1234'],
  ['our own placeholders', '[phone] [email] [card] [id]', '[phone] [email] [card] [id]'],
];

describe('maskPersonalData', () => {
  it.each(CASES)('%s', (_name, input, expected) => {
    expect(maskPersonalData(input).text).toBe(expected);
  });

  it.each(CASES)('is idempotent: %s', (_name, input) => {
    const once = maskPersonalData(input).text;
    expect(maskPersonalData(once)).toEqual({ text: once, masked: [] });
  });

  it('reports where each value sat in the original text', () => {
    const text = 'Tel +86 138 1234 5678, mail li.wei@example.com, 身份证11010519491231002X, 卡4111 1111 1111 1111';
    const { masked } = maskPersonalData(text);
    expect(masked).toEqual([
      { kind: 'phone', start: 4, end: 21 },
      { kind: 'email', start: 28, end: 46 },
      { kind: 'cn_id', start: 51, end: 69 },
      { kind: 'card', start: 72, end: 91 },
    ]);
    expect(masked.map(({ start, end }) => text.slice(start, end))).toEqual([
      '+86 138 1234 5678',
      'li.wei@example.com',
      '11010519491231002X',
      '4111 1111 1111 1111',
    ]);
  });

  it('reports offsets into the original for full-width digits', () => {
    const text = '手机号：１３８１２３４５６７８。';
    expect(maskPersonalData(text)).toEqual({
      text: '手机号：[phone]。',
      masked: [{ kind: 'phone', start: 4, end: 15 }],
    });
  });

  it('returns the text unchanged and nothing masked when there is nothing to mask', () => {
    expect(maskPersonalData('')).toEqual({ text: '', masked: [] });
    expect(maskPersonalData('您好，请问有什么可以帮您？')).toEqual({ text: '您好，请问有什么可以帮您？', masked: [] });
  });
});

describe('PLACEHOLDERS', () => {
  it('names the kind of value each placeholder replaced', () => {
    expect(PLACEHOLDERS).toEqual({ email: '[email]', phone: '[phone]', card: '[card]', cn_id: '[id]' });
  });
});

describe('maskedOrNull', () => {
  it('keeps null and masks text', () => {
    expect(maskedOrNull(null)).toBeNull();
    expect(maskedOrNull('手机13812345678')).toBe('手机[phone]');
  });
});
