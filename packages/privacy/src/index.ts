export type { MaskResult, MaskedSpan, PersonalDataKind } from './kinds.js';
export { PLACEHOLDERS } from './kinds.js';
export { maskPersonalData, maskedOrNull } from './mask.js';
