import { describe, expect, it } from 'vitest';
import { IMPORT_FORMATS } from './index.js';

describe('IMPORT_FORMATS', () => {
  it('offers each format under its own name, with a description and a count for progress bars', () => {
    expect([...IMPORT_FORMATS.keys()]).toEqual([
      'documents',
      'messages-csv',
      'jddc-satisfaction-zh',
      'twitter-customer-care-en',
      'uss-satisfaction-en',
      'crosswoz-zh',
    ]);
    for (const [name, importer] of IMPORT_FORMATS) {
      expect(importer.name).toBe(name);
      expect(importer.description).not.toBe('');
      expect(importer.count).toBeTypeOf('function');
    }
  });
});
