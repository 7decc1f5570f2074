import { BadRequestException } from '@nestjs/common';
import type { z } from 'zod';

export interface ParameterError {
  path: string;
  reason: string;
}

/** The one shape of a 400 for query parameters: which parameter, and what to send instead. */
export function invalidQuery(errors: ParameterError[]): BadRequestException {
  return new BadRequestException({ message: 'invalid query parameters', errors });
}

/** The 400 of query parameters that failed their zod schema, one error per issue. */
export function invalidQueryOf(error: z.ZodError): BadRequestException {
  return invalidQuery(error.issues.map((i) => ({ path: i.path.join('.'), reason: i.message })));
}
