import { z } from 'zod';

// JSON can carry half of a UTF-16 surrogate pair ("\ud800"); no store can keep it as text, so it is
// refused here, with its path, instead of failing a whole batch later.
const LONE_SURROGATE = /\p{Cs}/u;
const unicode = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max.toLocaleString('en')} characters`)
    .refine((s) => !LONE_SURROGATE.test(s), 'contains an unpaired UTF-16 surrogate; send valid Unicode');

/** An identifier: not blank. */
export const id = unicode(256)
  .trim()
  .refine((s) => s.length > 0, 'must not be empty');
/** A short label: a locale, a queue, an intent… */
export const label = unicode(256);
export const optionalLabel = label.nullish();
/** Free text: a message, a comment. */
export const text = unicode(65_536);
