import { describe, expect, it } from 'vitest';
import { drillOf, metricParams, parseView, selectionParams, serializeView } from './view-params.js';

describe('view in the address bar', () => {
  it('reads window, zone, comma-separated filters and the drill-down', () => {
    const view = parseView(
      '?from=2026-03-01&to=2026-03-10&tz=Asia/Shanghai&channel=chat,app&locale=zh-CN' +
        '&drill=containment&part=numerator&bucket=2026-03-03&page=2&conversation=c13',
    );
    expect(view).toEqual({
      from: '2026-03-01',
      to: '2026-03-10',
      tz: 'Asia/Shanghai',
      filters: { channel: ['chat', 'app'], scenario: [], queue: [], locale: ['zh-CN'] },
      drill: { metric: 'containment', part: 'numerator', bucket: '2026-03-03', weekday: null, hour: null, page: 2 },
      conversation: 'c13',
    });
  });

  it('writes the same link back, with readable commas and slashes', () => {
    const search =
      '?from=2026-03-01&to=2026-03-10&tz=Asia/Shanghai&channel=chat,app&drill=conversations&part=numerator' +
      '&weekday=6&hour=23';
    expect(serializeView(parseView(search))).toBe(search);
    expect(serializeView(parseView(''))).toBe('');
  });

  it('drops what it cannot understand instead of failing', () => {
    const view = parseView('?from=yesterday&drill=nonsense&page=-1&weekday=9');
    expect(view.from).toBeNull();
    expect(view.drill).toBeNull();
    expect(parseView('?drill=closed&weekday=9&hour=24&page=x').drill).toEqual({
      metric: 'closed',
      part: 'denominator',
      bucket: null,
      weekday: null,
      hour: null,
      page: 1,
    });
  });

  it('turns the view into API parameters', () => {
    const view = parseView('?from=2026-03-01&to=2026-03-10&channel=chat,app');
    expect(metricParams(view)).toEqual([
      ['from', '2026-03-01'],
      ['to', '2026-03-10'],
      ['channel', 'chat,app'],
    ]);
    expect(selectionParams(drillOf('with_bot', 'numerator', { weekday: 1, hour: 0 }))).toEqual([
      ['metric', 'with_bot'],
      ['part', 'numerator'],
      ['weekday', '1'],
      ['hour', '0'],
    ]);
  });
});
