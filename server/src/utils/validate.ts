import { errors } from '@strapi/utils';
import type { z } from 'zod';
import {
  problemsOfIssue,
  type ErrorCode,
  type FieldProblem,
  type MessageValues,
  type Problem,
} from '../../../shared/contracts/errors/problem';

/**
 * One problem with one field, in the shape Strapi's own validation errors use, plus the problem's
 * stable `code` and the `values` its message was written with (shared/contracts/errors).
 */
export interface FieldError {
  path: string[];
  message: string;
  name: 'ValidationError';
  code: ErrorCode;
  values: MessageValues;
}

export const fieldError = (path: string[], { code, values, message }: Problem): FieldError => ({
  path,
  message,
  name: 'ValidationError',
  code,
  values,
});

/** A 400 whose `details.errors` lets the admin show each message next to its field. */
export const validationError = (problems: FieldError[]): errors.ValidationError => {
  const message =
    problems.length === 1
      ? problems[0].message
      : `${problems.length} fields need changes: ${problems.map((problem) => problem.message).join(' ')}`;
  return new errors.ValidationError(message, { errors: problems });
};

const toFieldError = ({ path, problem }: FieldProblem): FieldError => fieldError(path, problem);

/** Parses request input at the edge; nothing past this point sees unchecked data. */
export const parseInput = <Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> => {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw validationError(result.error.issues.flatMap(problemsOfIssue).map(toFieldError));
  }
  return result.data;
};
