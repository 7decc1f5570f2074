import { load, YAML11_SCHEMA } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { EXPECTED_PHRASES, EXPORTED, suggestion } from '../test-support/export-fixtures.js';
import { toRasaNluYaml } from './rasa-yaml.js';

interface NluFile {
  version: string;
  nlu: { intent: string; examples: string }[];
}

/** Rasa's reading of an `examples` block: each line must start with `-`, the rest stripped (rasa_yaml.py). */
function rasaExamples(block: string): string[] {
  return block
    .split(/\r\n|\r|\n/)
    .filter((line, i, all) => !(line === '' && i === all.length - 1))
    .map((line) => {
      expect(line.startsWith('-'), line).toBe(true);
      return line.slice(1).trim();
    });
}

function parse(yaml: string, schema?: typeof YAML11_SCHEMA): Record<string, string[]> {
  // A real YAML parser (a dev dependency) checks the hand-written emitter.
  const file = (schema ? load(yaml, { schema }) : load(yaml)) as NluFile;
  expect(file.version).toBe('3.1');
  return Object.fromEntries(file.nlu.map((entry) => [entry.intent, rasaExamples(entry.examples)]));
}

describe('toRasaNluYaml', () => {
  const yaml = toRasaNluYaml(EXPORTED);

  it('reads back, with a YAML 1.2 and a YAML 1.1 parser, as the same intents and phrases', () => {
    expect(parse(yaml)).toEqual(EXPECTED_PHRASES);
    expect(parse(yaml, YAML11_SCHEMA)).toEqual(EXPECTED_PHRASES);
  });

  it('writes the Rasa 3 shape: version, then one entry per intent in name order with a literal block', () => {
    const lines = yaml.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'version: "3.1"',
      'nlu:',
      '- intent: "change address"',
      '  examples: |',
      '    - a name with a space',
    ]);
    expect(lines.filter((l) => l.startsWith('- intent:'))).toEqual([
      '- intent: "change address"',
      '- intent: "null"',
      '- intent: order_status',
      '- intent: 收货地址',
    ]);
    expect(yaml.endsWith('\n')).toBe(true);
  });

  it('keeps entity-like brackets as words, since Rasa has no escape for them', () => {
    const parsed = parse(
      toRasaNluYaml([suggestion('add_training_phrases', 'x', ['see [the box](item) and [this]{"entity": "y"}'])]),
    );
    expect(parsed['x']).toEqual(['see [the box] (item) and [this] {"entity": "y"}']);
  });

  it('writes an empty list when nothing carries phrases', () => {
    expect(load(toRasaNluYaml([suggestion('automate', 'store_hours', [])]))).toEqual({ version: '3.1', nlu: [] });
  });
});
