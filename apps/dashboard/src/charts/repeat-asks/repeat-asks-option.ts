import { REPEAT_ASK_SLOTS, type HandoffQuality } from '../../api/types.js';
import type { DataTable } from '../../export/data-table.js';
import { formatInteger, formatRate, type Locale } from '../../format/numbers.js';
import type { Messages } from '../../i18n/en.js';
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
  return {
    grid: { left: 8, right: 96, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { hideOverlap: true, formatter: (n: number) => formatInteger(n, locale) },
    },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => slotLabel(r.slot, t)) },
    series: [
      {
        name: t.handoff.slots.conversations,
        type: 'bar',
        data: rows.map((r) => r.conversations),
        itemStyle: { color: PALETTE.human },
        label: {
          show: true,
          position: 'right',
          formatter: ({ dataIndex }) => {
            const row = rows[dataIndex]!;
            return `${formatInteger(row.conversations, locale)} · ${formatRate(row.share, locale)}`;
          },
        },
        tooltip: { valueFormatter: (v) => formatInteger(v as number, locale) },
      },
    ],
  };
}

export function slotTable(rows: SlotRow[], t: Messages, locale: Locale): DataTable {
  const labels = t.handoff.slots;
  return {
    columns: [labels.slot, labels.conversations, labels.share],
    rows: rows.map((r) => [slotLabel(r.slot, t), r.conversations, formatRate(r.share, locale)]),
  };
}
