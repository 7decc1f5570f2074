import { UnprocessableEntityException } from '@nestjs/common';
import { toFieldErrors, type FieldError } from '@tandem/schema';
import type { z } from 'zod';

/** The one shape of a 422: what was wrong, and per field path what to send instead. */
export function unprocessable(message: string, errors: FieldError[]): UnprocessableEntityException {
  return new UnprocessableEntityException({ message, errors });
}

/** A 422 from a zod validation of `input`. */
export function invalidBody(message: string, error: z.ZodError, input: unknown): UnprocessableEntityException {
  return unprocessable(message, toFieldErrors(error, input));
}
