export type PersonalDataKind = 'email' | 'phone' | 'card' | 'cn_id';

/** Where a masked value sat, in UTF-16 offsets into the original text (`end` exclusive). */
export interface MaskedSpan {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

export interface MaskResult {
  text: string;
  masked: MaskedSpan[];
}

/**
 * What each kind is replaced by: typed, so a reader still sees what was there; without digits or @, so masking
 * masked text changes nothing and other code can recognise it.
 */
export const PLACEHOLDERS: Readonly<Record<PersonalDataKind, string>> = Object.freeze({
  email: '[email]',
  phone: '[phone]',
  card: '[card]',
  cn_id: '[id]',
});
