import { createHash } from 'node:crypto';

/**
 * A stable pseudonym for a source identity (a Twitter handle): the same person maps to the same customer id
 * across conversations, so recontacts stay visible, without the handle itself becoming a Tandem id.
 * It is a pseudonym, not anonymisation: anyone holding the handle can recompute it.
 */
export function pseudonym(namespace: string, identity: string): string {
  const digest = createHash('sha256').update(`${namespace}:${identity}`).digest('hex');
  return `${namespace}-${digest.slice(0, 16)}`;
}
