import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, rejections } from '../test-support.js';
import { documentsImporter as importer } from './documents.js';

const GOOD = {
  id: 'web-1',
  channel: 'web',
  started_at: '2025-02-03T08:00:00+01:00',
  messages: [{ ts: '2025-02-03T08:00:00+01:00', author: 'customer', text: 'Hallo' }],
  csat: 5,
  outcome: 'resolved',
};
const NO_CHANNEL = { id: 'web-2', started_at: '2025-02-03T09:00:00+01:00' };

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-documents-'));
  await writeFile(file('array.json'), JSON.stringify([GOOD, NO_CHANNEL], null, 2));
  await writeFile(file('one.json'), JSON.stringify(GOOD));
  await writeFile(file('lines.ndjson'), `${JSON.stringify(GOOD)}\n\n${JSON.stringify(NO_CHANNEL)}\n`);
  await writeFile(file('broken.jsonl'), `${JSON.stringify(GOOD)}\n{"id": oops}\n`);
  await writeFile(file('notes.txt'), '');
});
afterAll(() => rm(dir, { recursive: true }));

describe('documents', () => {
  it('reads a .json array and an .ndjson file alike, passing documents on unvalidated', async () => {
    for (const name of ['array.json', 'lines.ndjson']) {
      const documents = await collect(importer.read(file(name)));
      expect(documents).toEqual([GOOD, NO_CHANNEL]);
      expect(await importer.count!(file(name))).toBe(2);
      expect(rejections(documents)).toEqual([expect.stringMatching(/^web-2: channel /)]);
    }
  });

  it('takes a .json file holding one document as that document', async () => {
    expect(await collect(importer.read(file('one.json')))).toEqual([GOOD]);
  });

  it('says which line is not JSON, and which extensions it reads', async () => {
    await expect(collect(importer.read(file('broken.jsonl')))).rejects.toThrow(/broken\.jsonl:2: not valid JSON/);
    await expect(collect(importer.read(file('notes.txt')))).rejects.toThrow(/\.json \(an array\) or \.ndjson/);
  });
});
