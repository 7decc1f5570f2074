import type { z } from 'zod';
import { EVENT_TYPES } from './enums.js';
import { createEventSchema, extraFields, type SchemaOptions, type TandemEvent } from './events.js';

export interface FieldError {
  /** Where the problem is, e.g. `messages[2].author`; empty for the record as a whole. */
  path: string;
  /** What is wrong, phrased so a person can fix the record. */
  reason: string;
}

export type EventValidation =
  { ok: true; event: TandemEvent; attributes: Record<string, unknown> | null } | { ok: false; errors: FieldError[] };

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function describe(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type' && value === undefined) return 'is required';
  if (issue.code === 'invalid_type') return `must be ${issue.expected}, got ${typeOf(value)}`;
  if (issue.code === 'invalid_value') {
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${JSON.stringify(value)}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'number') return `must be at least ${String(issue.minimum)}`;
  if (issue.code === 'too_big' && issue.origin === 'number') return `must be at most ${String(issue.maximum)}`;
  return issue.message;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Turns zod issues into field errors, each with the path prefixed by `prefix` (e.g. a document's path). */
export function toFieldErrors(error: z.ZodError, input: unknown, prefix: PropertyKey[] = []): FieldError[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    reason: describe(issue, valueAt(input, issue.path)),
  }));
}

export class EventValidator {
  private readonly schema: ReturnType<typeof createEventSchema>;

  constructor(options: SchemaOptions = {}) {
    this.schema = createEventSchema(options);
  }

  validate(input: unknown): EventValidation {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      return { ok: false, errors: [{ path: '', reason: `must be a JSON object, got ${typeOf(input)}` }] };
    }
    const record = input as Record<string, unknown>;
    if (typeof record['type'] !== 'string' || !(EVENT_TYPES as readonly string[]).includes(record['type'])) {
      const got = record['type'] === undefined ? 'nothing' : JSON.stringify(record['type']);
      return {
        ok: false,
        errors: [{ path: 'type', reason: `must be one of ${EVENT_TYPES.map((t) => `"${t}"`).join(', ')}; got ${got}` }],
      };
    }
    const parsed = this.schema.safeParse(record);
    if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error, record) };
    return { ok: true, event: parsed.data, attributes: extraFields(record) };
  }
}
