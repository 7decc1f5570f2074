import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.js';
import { emptyAggregate, ratio } from '../../test-support.js';
import { csatOption, csatRows, csatTable } from './csat-option.js';

describe('CSAT split', () => {
  const a = emptyAggregate();
  a.rates.csat_bot_only = ratio(3, 4);
  a.rates.csat_handed_off = ratio(1, 3);

  it('shows each path with its number of responses, and no bar where nobody answered', () => {
    const rows = csatRows(a);
    expect(rows.map((r) => [r.path, r.value, r.responses])).toEqual([
      ['csat_bot_only', 0.75, 4],
      ['csat_handed_off', 1 / 3, 3],
      ['csat_human_only', null, 0],
    ]);
    const series = csatOption(rows, en, 'en').series as { data: unknown[] }[];
    expect(series[0]!.data).toEqual([0.75, 1 / 3, '-']);
  });

  it('drills into the responses of a path', () => {
    expect(csatRows(a)[1]!.drill).toMatchObject({ metric: 'csat_handed_off', part: 'denominator' });
  });

  it('tabulates 3 of 4 as 75.0 % and 1 of 3 as 33.3 %', () => {
    expect(csatTable(csatRows(a), en, 'en').rows).toEqual([
      ['Bot only', '75.0%', 4],
      ['Handed off', '33.3%', 3],
      ['Human only', '—', 0],
    ]);
  });
});
