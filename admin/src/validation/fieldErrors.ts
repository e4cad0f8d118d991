import type { MessageDescriptor } from 'react-intl';

/**
 * An inline field error: the admin's own check (translated) or the server's message for the field
 * (shown as the server wrote it, since it can name things only the server knows).
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

export { hasErrors, serverFieldErrors, type FieldErrors, type FieldMessage };
