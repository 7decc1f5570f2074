import type { ParameterError } from '../api/types.js';

/** `allocation.per_stratum`, `/allocation/per_stratum`, `stratify_by[1]` or `body.size`, as segments. */
export function pathSegments(path: string): string[] {
  const segments = path.split(/[./[\]]+/).filter(Boolean);
  return segments[0] === '$' || segments[0] === 'body' ? segments.slice(1) : segments;
}

export interface FieldErrors {
  /** The reasons for each field of the form, to show beside it. */
  byField: Partial<Record<string, string[]>>;
  /** Reasons for no field the form shows (or for the whole request), to show above it. */
  other: ParameterError[];
}

/**
 * Sorts a 422's reasons by the field of the form they are about: the first segment of the path, or
 * with `under` the segment after it (`answers.compliance` is about the criterion `compliance`).
 */
export function errorsByField(errors: ParameterError[], fields: readonly string[], under?: string): FieldErrors {
  const byField: Partial<Record<string, string[]>> = {};
  const other: ParameterError[] = [];
  for (const error of errors) {
    const segments = pathSegments(error.path);
    const field = under === undefined ? segments[0] : segments[0] === under ? segments[1] : undefined;
    if (field !== undefined && fields.includes(field)) (byField[field] ??= []).push(error.reason);
    else other.push(error);
  }
  return { byField, other };
}
