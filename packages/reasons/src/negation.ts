/** Punctuation and conjunctions that end a clause: a negation never reaches across them. */
const CLAUSE_BREAK = /[,.!?;:，。！？；：、\n]|\bbut\b|但是|可是|不过/g;

// "can't" and "cannot" are left out on purpose: they state the problem ("can't log in"), not a refusal.
const NEGATOR =
  /\b(?:not|never|without|no need(?:\s+(?:to|for))?|needn'?t|(?:do|does|did|wo|would)n'?t|dont|doesnt|didnt|wont|do not|does not|did not)\b|不用|不要|不需要|无需|不必|用不着|甭|(?<![特区分类级识告鉴])别(?![的人])|不想|不是|没有|没说|没让|没要|并不|不打算/g;

/**
 * Words a negation can pass over and still govern the match: "I don't [really need to talk to] a human",
 * "不用[给我]转人工". Any other word ends its reach, so "this doesn't work, let me talk to a human" and
 * "I'm not getting the verification code" keep their match.
 */
const GOVERNED_WORDS = new Set(
  (
    'i im me my you your a an the any to for with about really even want wanna need needed like be being have ' +
    'talk talking speak speaking chat chatting transfer transferred connect connected put through ask asking ' +
    'file filing make making report reporting lodge raise think it its this that is was get see'
  ).split(' '),
);
const GOVERNED_HAN = new Set('我你您们了再给帮去要想找跟和让把说是一下个用的麻烦请也都先被'.split(''));
const TOKEN = /[a-z']+|\p{Script=Han}/gu;
/** "不是……吗" asks a rhetorical question: "我不是说了要转人工吗" insists on the human. */
const RHETORICAL_END = /^[^,.!?;:，。！？；：、\n]*?[吗嘛么]/u;
const WINDOW = 48;

function governs(between: string): boolean {
  for (const [token] of between.matchAll(TOKEN)) {
    const word = token.replace(/'/g, '');
    if (!GOVERNED_WORDS.has(word) && !GOVERNED_HAN.has(token)) return false;
  }
  return true;
}

/** A-not-A questions (要不要, 有没有, 是不是) contain a negator but ask; they never negate. */
function isAnotA(text: string, at: number, negator: string): boolean {
  const head = negator[0];
  return (head === '不' || head === '没') && at > 0 && text[at - 1] === negator[1];
}

/** Whether the lexicon match at [start, end) is negated within its own clause. */
export function isNegated(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - WINDOW);
  const before = text.slice(from, start);
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) clauseStart = m.index + m[0].length;
  // The negator may run into the match ("不需要人工" matches "要人工"), so look at both together.
  const scope = before.slice(clauseStart) + text.slice(start, end);
  const offset = from + clauseStart;
  const matchAt = start - offset;
  let governing: RegExpExecArray | undefined;
  for (const m of scope.matchAll(NEGATOR)) {
    if (m.index >= matchAt) break;
    if (!isAnotA(text, offset + m.index, m[0])) governing = m;
  }
  if (!governing) return false;
  const negatorEnd = governing.index + governing[0].length;
  if (negatorEnd < matchAt && !governs(scope.slice(negatorEnd, matchAt))) return false;
  return !(governing[0] === '不是' && RHETORICAL_END.test(text.slice(end)));
}
