import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dominantScenario, readIntentGroups } from './intent-groups.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-jddc-'));
  // The shape of JDDC-ActionList.txt, including one of its garbled entries.
  await writeFile(
    join(dir, 'groups.txt'),
    "配送     ['配送周期', '售前运费多少'时间', '拒收']\n发票     ['电子发票']\n\n新组 ['某意图']\n",
  );
});
afterAll(() => rm(dir, { recursive: true }));

describe('JDDC intent groups', () => {
  it('maps fine intents to scenarios, splitting garbled entries at stray quotes', async () => {
    const groups = await readIntentGroups(join(dir, 'groups.txt'));
    expect(Object.fromEntries(groups)).toEqual({
      配送周期: 'ecommerce.delivery',
      售前运费多少: 'ecommerce.delivery',
      时间: 'ecommerce.delivery',
      拒收: 'ecommerce.delivery',
      电子发票: 'ecommerce.invoice',
      某意图: 'ecommerce.新组',
    });
  });

  it('gives no groups when the file is absent', async () => {
    expect((await readIntentGroups(join(dir, 'absent.txt'))).size).toBe(0);
  });

  it('picks the scenario most intents vote for, the first mentioned on a tie', () => {
    const groups = new Map([
      ['电子发票', 'ecommerce.invoice'],
      ['拒收', 'ecommerce.delivery'],
    ]);
    expect(dominantScenario(['OTHER', '拒收', '电子发票', '电子发票'], groups)).toBe('ecommerce.invoice');
    expect(dominantScenario(['拒收', '电子发票'], groups)).toBe('ecommerce.delivery');
    expect(dominantScenario(['OTHER'], groups)).toBeNull();
  });
});
