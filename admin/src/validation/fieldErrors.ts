import { getTranslation } from '../utils/getTranslation';

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

/** The longest name an account or a workstream may have, as the server's schemas allow. */
const NAME_MAX_LENGTH = 100;

/** The message for a name field left empty (`required` says what to type) or too long; null if fine. */
const nameProblem = (value: string, required: MessageDescriptor): FieldMessage | null => {
  const name = value.trim();
  if (name === '') return { descriptor: required };
  if (name.length > NAME_MAX_LENGTH) {
    return {
      descriptor: {
        id: getTranslation('validation.name.tooLong'),
        defaultMessage: 'Shorten the name to {max} characters or fewer.',
      },
      values: { max: NAME_MAX_LENGTH },
    };
  }
  return null;
};

export { hasErrors, nameProblem, serverFieldErrors, type FieldErrors, type FieldMessage };
