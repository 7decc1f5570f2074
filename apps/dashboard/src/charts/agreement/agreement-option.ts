import type { AgreementCell } from '../../api/types.js';
import type { DataTable } from '../../export/data-table.js';
import { formatInteger, MISSING, type Locale } from '../../format/numbers.js';
import type { Messages } from '../../i18n/en.js';
import type { ChartOption } from '../echarts.js';
import { cellKey, heatMatrixOption } from '../heat-matrix.js';
import { compareReasons, reasonLabel } from '../reasons/reason-labels.js';

export interface AgreementMatrix {
  /** The reasons either source gave, in the same order on both axes, so agreement is the diagonal. */
  reasons: (string | null)[];
  /** `cellKey(column (b), row (a))` → escalations; pairs that never occurred are absent. */
  counts: Map<string, number>;
  cells: AgreementCell[];
  max: number;
}

export function agreementMatrix(cells: AgreementCell[]): AgreementMatrix {
  const reasons = [...new Set(cells.flatMap((c) => [c.a, c.b]))].sort(compareReasons);
  const counts = new Map(cells.map((c) => [cellKey(reasons.indexOf(c.b), reasons.indexOf(c.a)), c.conversations]));
  return { reasons, counts, cells, max: Math.max(1, ...cells.map((c) => c.conversations)) };
}

/** Both named a reason and it is the same one: what the agreement rate counts. */
const agrees = (a: string | null, b: string | null) => a !== null && a === b;

export function agreementOption(
  matrix: AgreementMatrix,
  a: string,
  b: string,
  t: Messages,
  locale: Locale,
): ChartOption {
  const names = matrix.reasons.map((r) => reasonLabel(r, t));
  // The same reasons on both axes; the sources are named by the two selects above the chart and in
  // the tooltip, not on the axes.
  return heatMatrixOption(
    { rows: names, columns: names, counts: matrix.counts, max: matrix.max },
    {
      name: t.escalations.agreement.title,
      // The diagonal is where the two sources agree; a heavy frame marks it even in empty cells.
      framed: (x, y) => agrees(matrix.reasons[y] ?? null, matrix.reasons[x] ?? null),
      tooltip: (x, y, count) =>
        `${a}: ${names[y]}<br>${b}: ${names[x]}<br>${t.escalations.escalations}: ${formatInteger(count, locale)}`,
      locale,
    },
  );
}

export function agreementTable(matrix: AgreementMatrix, a: string, b: string, t: Messages): DataTable {
  const labels = t.escalations.agreement;
  const ordered = [...matrix.cells].sort((x, y) => compareReasons(x.a, y.a) || compareReasons(x.b, y.b));
  return {
    columns: [a, b, t.escalations.escalations, labels.same],
    rows: ordered.map((c) => [
      reasonLabel(c.a, t),
      reasonLabel(c.b, t),
      c.conversations,
      c.a === null || c.b === null ? MISSING : agrees(c.a, c.b) ? labels.yes : labels.no,
    ]),
  };
}
