import { BadRequestException } from '@nestjs/common';

export interface ParameterError {
  path: string;
  reason: string;
}

/** The one shape of a 400 for query parameters: which parameter, and what to send instead. */
export function invalidQuery(errors: ParameterError[]): BadRequestException {
  return new BadRequestException({ message: 'invalid query parameters', errors });
}
