/**
 * The numbers an element shows, as rows: the accessible table under a chart and its CSV are both
 * made from this, so the download holds exactly what is on screen. Counts stay numbers; values
 * whose unit is part of the reading (66.7%, 2.5 min) are the formatted text.
 */
export interface DataTable {
  columns: string[];
  rows: (string | number | null)[][];
}
