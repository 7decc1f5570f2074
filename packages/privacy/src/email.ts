import type { MaskedSpan } from './kinds.js';

// An ASCII local part, @, and a domain ending in a dot and a letters-only TLD. Chinese text may touch it on either
// side (我的邮箱是li.wei@example.com谢谢). A match starts only where a run of local-part characters starts:
// trying every position inside a long run without an @ would make the scan quadratic.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

export function findEmails(text: string): MaskedSpan[] {
  return Array.from(text.matchAll(EMAIL), (match) => ({
    kind: 'email' as const,
    start: match.index,
    end: match.index + match[0].length,
  }));
}
