import { Lexicon } from './lexicon.js';

// What bot and system turns say about themselves, and marks of speech in customer turns.

/** The platform reporting its own failure. */
export const SYSTEM_FAILURE = new Lexicon([
  '系统繁忙|系统异常|系统故障|服务异常|服务暂时不可用|网络异常|系统开小差|请求超时|查询失败',
  '\\b(?:temporarily|service)\\s+unavailable\\b|\\bsomething\\s+went\\s+wrong\\b|\\btimed\\s+out\\b',
  '\\btechnical\\s+(?:difficulties|issues?|problems?|error)\\b|\\b(?:system|internal)\\s+error\\b',
]);

/** The bot saying identity verification failed (asking for it is routine and says nothing). */
export const VERIFICATION_FAILED = new Lexicon([
  '验证(?:未通过|失败|不通过)|无法验证|未能验证',
  "\\b(?:couldn'?t|could not|unable to|cannot|can'?t)\\s+verify\\b|\\bverification\\s+(?:failed|unsuccessful)\\b",
]);

/** Fallback replies, for sources that send no `fallback` flag. */
export const FALLBACK_REPLY = new Lexicon([
  "\\bdidn'?t\\s+(?:quite\\s+)?(?:get|understand|catch)\\s+(?:that|you|it)\\b",
  "\\b(?:not\\s+sure|don'?t\\s+know\\s+what)\\s+(?:i|you)\\s+(?:understood|understand|mean)\\b",
  '\\b(?:rephrase|say\\s+(?:it|that)\\s+(?:another|a different)\\s+way|repeat\\s+that)\\b',
  '没(?:有)?(?:理解|听懂|明白|听清)|换(?:个|种)(?:说法|方式)|还在学习|再说一(?:遍|次)|再描述一下',
]);

/** A fallback that blames hearing: the speech, not the question, was not understood. */
export const NOT_HEARD_REPLY = new Lexicon([
  "\\b(?:didn'?t|couldn'?t|could not|did not)\\s+(?:quite\\s+)?(?:catch|hear)\\b",
  '没(?:有)?听清|没听到|听不清',
]);

/**
 * Dialect words that standard Mandarin does not use: Cantonese, Wu (Shanghai), Northern and South-western.
 * Alone they prove nothing; a turn with them that the bot fell back on was not understood because of how
 * it was said.
 */
export const DIALECT_WORDS = new Lexicon([
  '嘅|咗|冇|喺|嚟|啲|乜嘢|點解|搞掂|係咪|唔[该該係好知得明使]',
  '侬|阿拉|好伐|覅|俺|额滴|啥子|莫得|巴适|对头',
]);

/** Fillers that speech-to-text writes out; typed chat has one now and then, transcripts several per turn. */
export const FILLERS = new Lexicon(['\\b(?:u+h+|u+m+|erm|hmm+)\\b|呃']);
