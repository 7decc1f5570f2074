import type { Slot } from './types.js';

/** How agents name each slot, in English and Chinese (normalised text). */
const NOUNS: Readonly<Record<Slot, string>> = {
  order_number:
    '(?:order\\s*(?:number|no\\.?|#|id|reference|ref)|tracking\\s*(?:number|no\\.?|#|id|code)|订单号码?|订单编号|运单号|快递单号|物流单号|单号)',
  phone:
    // "What phone do you have?" asks for a device, so the English noun needs "number".
    '(?:(?:phone|mobile|cell|contact|telephone)\\s*(?:number|no\\.?|#)|number\\s+(?:on|linked to|registered (?:to|with|on)|associated with)\\s+(?:the|your)\\s+account|手机号码?|电话号码|联系电话|联系方式|电话)',
  email: '(?:e-?mail(?:\\s+address)?|邮箱(?:地址)?|电子邮件|电子邮箱|邮件地址)',
  account:
    '(?:account\\s*(?:number|no\\.?|id|name)|user\\s*(?:name|id)|username|login\\s*(?:id|name)|member(?:ship)?\\s*(?:number|id)|customer\\s*(?:number|id)|账号|帐号|用户名|会员卡?号|账户名|账户号|客户号)',
};

/** Up to two words between the determiner and the noun: "your registered phone number". */
const WORDS = '(?:[a-z-]+\\s+){0,2}?';
const CLAUSE = '[^,.!?;，。！？；]';
/** An optional list before the noun: "the order number and the phone number". */
const LIST = `(?:[a-z#\\s-]{0,40}?\\s(?:and|or|&)\\s+(?:your\\s+|the\\s+)?${WORDS})?`;

/** Ways of asking for a noun; NOUN is replaced per slot. */
const ASKS: readonly string[] = [
  `\\b(?:give|provide|send|tell|share|confirm|verify|type|enter|dm|pm|need|know)\\s+(?:me\\s+|us\\s+)?(?:with\\s+)?(?:your|the)\\s+${WORDS}${LIST}NOUN`,
  `\\b(?:can|could|may)\\s+(?:i|we)\\s+(?:have|get|take|grab)\\s+(?:your|the)\\s+${WORDS}${LIST}NOUN`,
  `\\bwhat(?:'s|\\s+is|\\s+was|\\s+are)\\s+(?:your|the)\\s+${WORDS}${LIST}NOUN`,
  '\\b(?:which|what)\\s+NOUN',
  '\\bNOUN\\s*(?:please|pls|plz)\\b',
  `\\b(?:do|did)\\s+you\\s+have\\s+(?:your|the|an?)\\s+${WORDS}NOUN`,
  // "Your order number?" on its own.
  `^\\s*(?:and\\s+)?(?:your|the)\\s+${WORDS}NOUN\\s*\\?`,
  `(?:提供|告知|告诉|报(?:一下|下)|说(?:一下|下)|输入|填写|留(?:一下|下|个)|发(?:一下|下|给我|我)|给我|确认|核实|核对)${CLAUSE}{0,10}?NOUN`,
  `NOUN${CLAUSE}{0,4}?(?:是多少|是什么|是啥|多少|发(?:一下|下|我|给我|过来)|提供|告知|告诉|报(?:一下|下))`,
  // "您的手机号是？": 是 closing the question.
  'NOUN是\\s*(?:\\?|$)',
  '有NOUN(?:吗|么|嘛)|有没有NOUN|把NOUN(?:发|告诉|给)|NOUN呢',
];

/** Statements about something done ("已为您核实手机号", "I've confirmed your phone number") ask nothing. */
const DONE = /已经?|\b(?:i|we)(?:'ve|\s+have)\s+(?:already\s+)?(?:[a-z]+ed|sent|got|found|seen)\b/;

const PATTERNS: ReadonlyMap<Slot, RegExp> = new Map(
  (Object.keys(NOUNS) as Slot[]).map((slot) => [
    slot,
    new RegExp(ASKS.map((a) => a.replaceAll('NOUN', NOUNS[slot])).join('|'), 'u'),
  ]),
);

/** Splits after each clause's closing mark, which stays with it: "Your order number?" keeps its "?". */
const CLAUSES = /(?<=[,.!?;，。！？；\n])/;

/** Which of `slots` normalised agent text asks for, each in one of its clauses. */
export function askedSlots(text: string, slots: Iterable<Slot>): Set<Slot> {
  // Clauses keep "已为您确认订单号，请提供手机号" apart: the first is done, the second asks.
  const clauses = text.split(CLAUSES).filter((clause) => !DONE.test(clause));
  const asked = new Set<Slot>();
  for (const slot of slots) {
    const pattern = PATTERNS.get(slot)!;
    if (clauses.some((clause) => pattern.test(clause))) asked.add(slot);
  }
  return asked;
}
