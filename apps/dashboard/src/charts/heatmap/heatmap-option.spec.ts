import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.js';
import { heatmapDrill, heatmapGrid, heatmapOption, heatmapTable } from './heatmap-option.js';

describe('heatmap', () => {
  const cells = [
    { weekday: 1, hour: 9, conversations: 8, with_bot: 6 },
    { weekday: 7, hour: 23, conversations: 2, with_bot: 2 },
  ];
  const grid = heatmapGrid(cells);

  it('fills all 168 hours of the week, Monday midnight first', () => {
    expect(grid).toHaveLength(168);
    expect(grid[0]).toEqual({ weekday: 1, hour: 0, conversations: 0, withBot: 0, botShare: null });
    // Monday 09:00 is the tenth cell; Sunday 23:00 the last.
    expect(grid[9]).toEqual({ weekday: 1, hour: 9, conversations: 8, withBot: 6, botShare: 0.75 });
    expect(grid[167]).toEqual({ weekday: 7, hour: 23, conversations: 2, withBot: 2, botShare: 1 });
  });

  it('colours volume up to the busiest hour, and bot share from 0 to 1 with blanks for empty hours', () => {
    const volume = heatmapOption(grid, 'volume', en, 'en');
    expect((volume.visualMap as { max: number }).max).toBe(8);
    const volumeData = (volume.series as { data: unknown[][] }[])[0]!.data;
    expect(volumeData[9]).toEqual([9, 0, 8]);
    expect(volumeData[0]).toEqual([0, 0, 0]);
    const share = heatmapOption(grid, 'botShare', en, 'en');
    expect((share.visualMap as { max: number }).max).toBe(1);
    const shareData = (share.series as { data: unknown[][] }[])[0]!.data;
    expect(shareData[9]).toEqual([9, 0, 0.75]);
    expect(shareData[0]).toEqual([0, 0, '-']);
  });

  it('drills into one hour of one weekday', () => {
    expect(heatmapDrill(grid, 'volume', 167)).toMatchObject({ metric: 'conversations', weekday: 7, hour: 23 });
    expect(heatmapDrill(grid, 'botShare', 9)).toMatchObject({ metric: 'with_bot', weekday: 1, hour: 9 });
  });

  it('tabulates every hour', () => {
    expect(heatmapTable(grid, en, 'en').rows[9]).toEqual(['Mon', '09:00', 8, 6, '75.0%']);
  });
});
