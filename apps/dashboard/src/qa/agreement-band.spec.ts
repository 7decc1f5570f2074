import { describe, expect, it } from 'vitest';
import { agreementBand } from './agreement-band.js';

describe('agreementBand', () => {
  it("uses Krippendorff's thresholds, each bound in the better band", () => {
    expect(agreementBand(1)).toBe('good');
    expect(agreementBand(0.8)).toBe('good');
    expect(agreementBand(0.799)).toBe('tentative');
    expect(agreementBand(0.667)).toBe('tentative');
    expect(agreementBand(0.666)).toBe('poor');
    expect(agreementBand(-0.2)).toBe('poor');
    expect(agreementBand(null)).toBeNull();
  });
});
