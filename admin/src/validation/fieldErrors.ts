import { ERROR_CATALOG } from '../../../shared/contracts/errors/error-catalog';
import { problemsOfIssue, type Problem } from '../../../shared/contracts/errors/problem';
import { errorMessageId } from '../translations/errorMessageId';

import type { MessageDescriptor } from 'react-intl';
import type { z } from 'zod';

/**
 * An inline field error: a translated message (the contract's rule the form broke, or an admin-only
 * check), or text the server already wrote in the admin's language.
 */
type FieldMessage =
  { descriptor: MessageDescriptor; values?: Record<string, string | number> } | { text: string };

type FieldErrors<Field extends string> = Partial<Record<Field, FieldMessage>>;

const hasErrors = <Field extends string>(errors: FieldErrors<Field>): boolean =>
  Object.values(errors).some((error) => error !== undefined);

/** The server's per-field messages for the fields a form knows, keyed by the API's field names. */
const serverFieldErrors = <Field extends string>(
  fields: Record<string, string>,
  known: readonly Field[],
): FieldErrors<Field> => {
  const errors: FieldErrors<Field> = {};
  for (const field of known) {
    const text = fields[field];
    if (text !== undefined) {
      errors[field] = { text };
    }
  }
  return errors;
};

/** A contract problem as the admin shows it: its code's translation, with the problem's values. */
const problemMessage = ({ code, values }: Problem): FieldMessage => ({
  descriptor: { id: errorMessageId(code), defaultMessage: ERROR_CATALOG[code] },
  values,
});

/**
 * What the contract's `schema` finds wrong with `value`, for the form's `fields`: the first problem
 * of each, so the form checks exactly what the server will.
 */
const schemaFieldErrors = <Field extends string>(
  schema: z.ZodType,
  value: unknown,
  fields: readonly Field[],
): FieldErrors<Field> => {
  const errors: FieldErrors<Field> = {};
  const result = schema.safeParse(value);
  if (result.success) {
    return errors;
  }
  for (const { path, problem } of result.error.issues.flatMap(problemsOfIssue)) {
    const field = fields.find((known) => known === path[0]);
    if (field !== undefined && errors[field] === undefined) {
      errors[field] = problemMessage(problem);
    }
  }
  return errors;
};

export {
  hasErrors,
  problemMessage,
  schemaFieldErrors,
  serverFieldErrors,
  type FieldErrors,
  type FieldMessage,
};
