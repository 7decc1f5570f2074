import type { Suggestion } from '../types.js';
import { phrasesByIntent } from './training-phrases.js';

/**
 * A name YAML reads back as the same string when written plain: a letter or `_` first, then word characters, `-`
 * or `.`.
 */
const PLAIN = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;
/** Plain words YAML 1.1 loaders (PyYAML, which Rasa uses) would read as booleans or null. */
const RESERVED = /^(?:y|yes|n|no|true|false|on|off|null|~)$/i;

/** `value` as a YAML scalar: plain when that is unambiguous, else double-quoted with JSON-compatible escapes. */
export function yamlScalar(value: string): string {
  if (PLAIN.test(value) && !RESERVED.test(value)) return value;
  // JSON string syntax is a subset of YAML's double-quoted style, except that YAML also needs the
  // line separators escaped; JSON.stringify leaves U+2028/U+2029 raw.
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\L')
    .replace(/\u2029/g, '\\P');
}

/**
 * Rasa reads `[text](entity)` and `[text]{...}` inside an example as entity annotations, and has no
 * escape for them: a space between the brackets keeps the customer's words as words.
 */
function literalForRasa(phrase: string): string {
  return phrase.replace(/\](?=[({])/g, '] ');
}

/**
 * Rasa 3 NLU training data (https://rasa.com/docs/rasa/training-data-format): `version: "3.1"`, then
 * one `- intent:` entry per target intent with its phrases as `- ` lines in a literal block scalar.
 * Inside a literal block nothing is special (quotes, `:`, `#`, a leading `-`), and Rasa takes each
 * line after its first `-` with surrounding spaces stripped, so phrases need no escaping; they are
 * made single-line first. Intent names are quoted when a plain scalar could be misread.
 */
export function toRasaNluYaml(suggestions: readonly Suggestion[]): string {
  const lines = ['version: "3.1"', 'nlu:'];
  for (const { intent, phrases } of phrasesByIntent(suggestions)) {
    lines.push(`- intent: ${yamlScalar(intent)}`, '  examples: |');
    for (const phrase of phrases) lines.push(`    - ${literalForRasa(phrase)}`);
  }
  if (lines.length === 2) lines[1] = 'nlu: []';
  return lines.join('\n') + '\n';
}
