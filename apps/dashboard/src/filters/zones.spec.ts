import { describe, expect, it } from 'vitest';
import { zoneChoices } from './zones.js';

describe('zoneChoices', () => {
  it('offers UTC, Shanghai, the browser zone and the zone of the link, once each', () => {
    expect(zoneChoices(null, 'Europe/Berlin')).toEqual(['UTC', 'Asia/Shanghai', 'Europe/Berlin']);
    expect(zoneChoices('America/Santiago', 'UTC')).toEqual(['UTC', 'Asia/Shanghai', 'America/Santiago']);
    expect(zoneChoices('Asia/Shanghai', 'Asia/Shanghai')).toEqual(['UTC', 'Asia/Shanghai']);
  });
});
