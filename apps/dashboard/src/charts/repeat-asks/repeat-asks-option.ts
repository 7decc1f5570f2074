import { REPEAT_ASK_SLOTS, type HandoffQuality } from '../../api/types.js';
import type { DataTable } from '../../export/data-table.js';
import { formatRate, type Locale } from '../../format/numbers.js';
import type { Messages } from '../../i18n/en.js';
import { countShareBarsOption } from '../count-share-bars.js';
import type { ChartOption } from '../echarts.js';
import { PALETTE } from '../palette.js';

export interface SlotRow {
  slot: string;
  conversations: number;
  /** Of the handoffs an agent answered: the only ones where an agent could ask again. */
  share: number | null;
}

/**
 * Every known slot in a fixed order, a slot nobody asked for again at zero (the service counts what
 * it found), then any slot this dashboard does not know yet.
 */
export function slotRows(q: Pick<HandoffQuality, 'repeat_ask' | 'repeat_ask_slots'>): SlotRow[] {
  const known: readonly string[] = REPEAT_ASK_SLOTS;
  const slots = [...known, ...Object.keys(q.repeat_ask_slots).filter((s) => !known.includes(s))];
  const answered = q.repeat_ask.denominator;
  return slots.map((slot) => {
    const conversations = q.repeat_ask_slots[slot] ?? 0;
    return { slot, conversations, share: answered === 0 ? null : conversations / answered };
  });
}

function slotLabel(slot: string, t: Messages): string {
  return t.handoff.slots.names[slot] ?? slot;
}

export function slotOption(rows: SlotRow[], t: Messages, locale: Locale): ChartOption {
  return countShareBarsOption(
    rows.map((r) => ({ label: slotLabel(r.slot, t), count: r.conversations, share: r.share })),
    { name: t.handoff.slots.conversations, color: PALETTE.human },
    locale,
  );
}

export function slotTable(rows: SlotRow[], t: Messages, locale: Locale): DataTable {
  const labels = t.handoff.slots;
  return {
    columns: [labels.slot, labels.conversations, labels.share],
    rows: rows.map((r) => [slotLabel(r.slot, t), r.conversations, formatRate(r.share, locale)]),
  };
}
