import { NO_REASON } from '../../api/types.js';
import type { Messages } from '../../i18n/en.js';
import { NO_REASON_COLOUR, REASON_COLOURS, UNKNOWN_REASON_COLOUR } from '../palette.js';

const ORDER = Object.keys(REASON_COLOURS);

/** How a reason is named in a drill-down, a hook or a CSV: its code, or `none` where the source gave none. */
export function reasonKey(reason: string | null): string {
  return reason ?? NO_REASON;
}

/** A known code in the page's language; a code added since is shown as sent rather than hidden. */
export function reasonLabel(reason: string | null, t: Messages): string {
  if (reason === null) return t.escalations.noReason;
  return t.values.reason[reason as keyof Messages['values']['reason']] ?? reason;
}

export function reasonColour(reason: string | null): string {
  if (reason === null) return NO_REASON_COLOUR;
  return REASON_COLOURS[reason as keyof typeof REASON_COLOURS] ?? UNKNOWN_REASON_COLOUR;
}

/** The reasons' fixed order (codes as listed, unknown codes by name, no reason last), for axes that must line up. */
export function compareReasons(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const [i, j] = [ORDER.indexOf(a), ORDER.indexOf(b)];
  if (i >= 0 && j >= 0) return i - j;
  if (i >= 0 || j >= 0) return i >= 0 ? -1 : 1;
  return a < b ? -1 : 1;
}
