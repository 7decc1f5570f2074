import { nextMatch } from './lexicon.js';
import type { Slot } from './types.js';

/** A value found in normalised text, with where it sits so one value is read as one slot only. */
export interface SlotValue {
  slot: Slot;
  value: string;
  start: number;
  end: number;
}

interface Extractor {
  slot: Slot;
  pattern: RegExp;
  /** The capture group holding the value; 0 for the whole match. */
  group: number;
  accept?: (value: string) => boolean;
}

const ORDER_LABEL =
  '(?:订单号码?|订单编号|订单|运单号|快递单号|物流单号|单号|order(?:\\s*(?:number|no\\.?|#|id|ref(?:erence)?))?|tracking(?:\\s*(?:number|no\\.?|#|id|code))?)';
const ACCOUNT_LABEL =
  '(?:用户名|用户id|会员卡?号|客户号|账户名|账户号|account\\s*(?:number|no\\.?|id|name)|user\\s*(?:name|id)|username|login\\s*(?:id|name)|member(?:ship)?\\s*(?:number|id)|customer\\s*(?:number|id))';
const SEP = '\\s*(?:is|是|为|:|#)?\\s*#?\\s*';

const CN_MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;
/** Chinese resident ID numbers: 17 digits and a check digit or x; not an order number. */
const CN_ID = /^\d{17}[\dx]$/;

function digits(value: string): string {
  return value.replace(/\D/g, '');
}

// E-mail addresses, then labelled values, then bare shapes: so "订单号 13812345678" is an order number and "账号 12345678" an account.
const EXTRACTORS: readonly Extractor[] = [
  { slot: 'email', pattern: /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g, group: 0 },
  { slot: 'order_number', pattern: new RegExp(`${ORDER_LABEL}${SEP}([a-z]{0,4}\\d[a-z\\d-]{2,})`, 'g'), group: 1 },
  { slot: 'account', pattern: new RegExp(`${ACCOUNT_LABEL}${SEP}([a-z0-9][\\w.-]{2,})`, 'g'), group: 1 },
  // A bare 账号 needs 是 or a colon before a Latin name; a bare "account" needs a number, so "my account is
  // locked" gives nothing.
  { slot: 'account', pattern: /(?:账号|帐号|账户|帐户)\s*(?:是|为|:)\s*([a-z0-9][\w.-]{2,})/g, group: 1 },
  { slot: 'account', pattern: /(?:账号|帐号|账户|帐户|account)\s*(?:is|:|#)?\s*([a-z]{0,4}\d[\w.-]{3,})/g, group: 1 },
  {
    slot: 'phone',
    pattern:
      /(?<![\d+])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)|(?<!\d)1[3-9]\d\*{4}\d{4}(?!\d)|\[电话[^\]]*\]/g,
    group: 0,
  },
  {
    slot: 'phone',
    pattern: /\+\d[\d\s().-]{6,18}\d|(?<!\d)\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?!\d)/g,
    group: 0,
    accept: (v) => digits(v).length >= 8,
  },
  // Order-shaped tokens without a label: letters then six or more digits (NW1773476349, SF…, NX…SG).
  { slot: 'order_number', pattern: /(?<![a-z\d@.])[a-z]{1,4}\d{6,}[a-z]{0,3}(?![a-z\d@])|\[orderid_\d+\]/g, group: 0 },
  {
    slot: 'order_number',
    // Not followed by x either: resident IDs end in x as often as in a digit.
    pattern: /(?<![\d+])\d{10,}(?![\dx])/g,
    group: 0,
    accept: (v) => !CN_MOBILE.test(v) && !CN_ID.test(v),
  },
];

/** Every value has a digit, an @ or a bracketed token, except account names, which come with their label. */
const MAY_HOLD = /[\d@[]|账|帐|用户|user|login|member|customer|account/;

/** The slot values in normalised text, each span read once, labelled readings first. */
export function slotValues(text: string): SlotValue[] {
  const found: SlotValue[] = [];
  if (!MAY_HOLD.test(text)) return found;
  const overlaps = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  for (const { slot, pattern, group, accept } of EXTRACTORS) {
    pattern.lastIndex = 0;
    for (let m = nextMatch(pattern, text); m !== null; m = nextMatch(pattern, text)) {
      const value = m[group]!;
      const start = m.index + m[0].length - value.length;
      const end = start + value.length;
      if (overlaps(start, end) || (accept && !accept(value))) continue;
      found.push({ slot, value, start, end });
    }
  }
  return found;
}
