import { z } from 'zod';

/** Earliest instant we accept; anything before is a unit or clock mistake, not a conversation. */
const EARLIEST_TS = Date.UTC(2000, 0, 1);
/** How far ahead of the receiving clock an event may be stamped (clock skew between systems). */
const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

/**
 * An RFC 3339 timestamp with an explicit offset, normalised to a UTC ISO string.
 * `now` is read at validation time so the future bound follows the receiving clock.
 */
export function timestamp(now: () => number) {
  return z.iso
    .datetime({
      offset: true,
      error: 'must be an RFC 3339 timestamp with an offset, e.g. 2026-03-01T09:30:00+08:00',
    })
    .transform((value, ctx) => {
      const ms = Date.parse(value);
      if (ms < EARLIEST_TS) {
        ctx.addIssue({ code: 'custom', message: `${value} is before 2000-01-01; check the unit or the clock` });
        return z.NEVER;
      }
      if (ms > now() + MAX_FUTURE_MS) {
        ctx.addIssue({ code: 'custom', message: `${value} is more than a day in the future; check the clock` });
        return z.NEVER;
      }
      return new Date(ms).toISOString();
    });
}
