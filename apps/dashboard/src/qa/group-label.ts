import type { QaGrouping } from '../api/qa-types.js';
import { channelLabel } from '../charts/channels/channel-option.js';
import type { Messages } from '../i18n/en.js';

/** A group of the results as a person reads it: channels and paths by their names, the rest as the service keys them. */
export function groupLabel(key: string, by: QaGrouping, t: Messages): string {
  if (by === 'channel') return channelLabel(key, t);
  if (by === 'path') return t.qa.paths[key as keyof Messages['qa']['paths']] ?? key;
  return key;
}
