import { normaliseAll } from './normalise.js';
import { askedSlots } from './slot-asks.js';
import { slotValues } from './slot-values.js';
import type { RepeatAsk, Slot, Turn } from './types.js';

const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;

interface Given {
  /** The customer's text that gave it, as written. */
  text: string;
  /** What an agent repeating the value back would show: the e-mail's local part, else the last 4 characters. */
  echo: string;
}

function echoOf(slot: Slot, value: string): string {
  if (slot === 'email') return value.slice(0, value.indexOf('@')).replace(NOT_ALNUM, '');
  return value.replace(NOT_ALNUM, '').slice(-4);
}

/** Agents asking again for something the customer already gave the bot (order number, phone, e-mail, account). */
export function repeatAsks(turnsBeforeHandoff: readonly Turn[], turnsAfterHandoff: readonly Turn[]): RepeatAsk[] {
  const customerTurns = turnsBeforeHandoff.filter((t) => t.author === 'customer' && t.text);
  const given = new Map<Slot, Given>();
  normaliseAll(customerTurns.map((t) => t.text)).forEach((text, i) => {
    for (const { slot, value } of slotValues(text)) {
      if (!given.has(slot)) given.set(slot, { text: customerTurns[i]!.text!, echo: echoOf(slot, value) });
    }
  });
  if (given.size === 0) return [];

  const agentTurns = turnsAfterHandoff.filter((t) => t.author === 'agent' && t.text);
  const asks: RepeatAsk[] = [];
  normaliseAll(agentTurns.map((t) => t.text)).forEach((text, i) => {
    const open = [...given.keys()].filter((slot) => !asks.some((a) => a.slot === slot));
    if (open.length === 0) return;
    const asked = askedSlots(text, open);
    if (asked.size === 0) return;
    const compact = text.replace(NOT_ALNUM, '');
    let shown: Set<Slot> | undefined;
    for (const slot of asked) {
      const g = given.get(slot)!;
      // Reading a value back to confirm it ("is your number 138 1234 5678?", "尾号5678对吗") is not asking again.
      if (g.echo.length >= 3 && compact.includes(g.echo)) continue;
      shown ??= new Set(slotValues(text).map((v) => v.slot));
      if (shown.has(slot)) continue;
      asks.push({ slot, given: g.text, asked: agentTurns[i]!.text! });
    }
  });
  return asks;
}
