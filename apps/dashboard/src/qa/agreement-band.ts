export const BANDS = ['good', 'tentative', 'poor'] as const;
export type AgreementBand = (typeof BANDS)[number];

/**
 * Krippendorff's own thresholds for α (Content Analysis, 2004): from 0.800 data are reliable, from
 * 0.667 good enough for tentative conclusions only, below that not to be relied on. The page says so
 * beside the table.
 */
export const RELIABLE = 0.8;
export const TENTATIVE = 0.667;

export function agreementBand(alpha: number | null): AgreementBand | null {
  if (alpha === null) return null;
  return alpha >= RELIABLE ? 'good' : alpha >= TENTATIVE ? 'tentative' : 'poor';
}
