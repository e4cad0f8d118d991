import { errors } from '@strapi/utils';
import type { z } from 'zod';

/** One problem with one field, in the shape Strapi's own validation errors use. */
export interface FieldError {
  path: string[];
  message: string;
  name: 'ValidationError';
}

const fieldErrors = (issue: z.core.$ZodIssue): FieldError[] => {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: [...path, key],
      message: `"${key}" is not a field of this request; remove it.`,
      name: 'ValidationError',
    }));
  }
  if (path.length === 0 && issue.code === 'invalid_type') {
    return [{ path, message: 'The request body must be a JSON object.', name: 'ValidationError' }];
  }
  return [{ path, message: issue.message, name: 'ValidationError' }];
};

/** A 400 whose `details.errors` lets the admin show each message next to its field. */
export const validationError = (problems: FieldError[]): errors.ValidationError => {
  const message =
    problems.length === 1
      ? problems[0].message
      : `${problems.length} fields need changes: ${problems.map((problem) => problem.message).join(' ')}`;
  return new errors.ValidationError(message, { errors: problems });
};

export const fieldError = (path: string[], message: string): FieldError => ({
  path,
  message,
  name: 'ValidationError',
});

/** Parses request input at the edge; nothing past this point sees unchecked data. */
export const parseInput = <Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> => {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error.issues.flatMap(fieldErrors));
  return result.data;
};
