export { cohenKappa } from './cohen-kappa.js';
export { fleissKappa } from './fleiss-kappa.js';
export { krippendorffAlpha } from './krippendorff-alpha.js';
export type { AlphaLevel, AlphaResult } from './krippendorff-alpha.js';
export type { AgreementResult, Label } from './types.js';
