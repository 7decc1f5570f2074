/** A category a rater can give: codes from a form (numbers) or names (strings). `1` and `'1'` differ. */
export type Label = string | number;

/** A chance-corrected agreement coefficient with the two agreement rates it was built from. */
export interface AgreementResult {
  /** The coefficient: 1 is perfect agreement, 0 is what chance alone would give, below 0 is worse than chance. */
  value: number;
  /** Observed agreement, a proportion. */
  observed: number;
  /** Agreement expected by chance from the raters' label frequencies, a proportion. */
  expected: number;
  /** How many rated items went in: pairs for Cohen, units for Fleiss. */
  units: number;
}
