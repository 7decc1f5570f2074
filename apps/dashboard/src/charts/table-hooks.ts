/** Stable hooks on the rows of a chart's data table, for browser tests that read and open one row. */
export interface TableHooks {
  /** `data-testid` of every row. */
  row: string;
  /** `data-testid` of the button in the first cell, which opens the row's drill-down (where rows have one). */
  button?: string;
  /** Further `data-*` attributes of row `index`, e.g. `{ 'data-reason': 'none' }`. */
  data: (index: number) => Record<`data-${string}`, string>;
  /** `data-part` of the cells of a column, by column index. */
  parts: Record<number, string>;
}
