import { useCallback, useState } from 'react';

import { useNotification } from '@strapi/strapi/admin';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { queryProblem } from '../api/queryProblem';
import { hasErrors, serverFieldErrors, type FieldErrors } from '../validation/fieldErrors';

interface SubmitOptions<Field extends string> {
  /** The form's fields by their API names: the server's messages for them are shown at them. */
  fields?: readonly Field[];
  /** Shown when the server gave no message of its own (network failure, unexpected answer). */
  failed: MessageDescriptor;
  /**
   * Where a problem that is not one field's goes: `form` keeps it in the form or dialog, beside
   * the fields (a notification would sit behind a dialog's overlay); `notification` for actions
   * that have no form (delete, verify, accept…).
   */
  problemIn?: 'form' | 'notification';
}

type Submitted<T, Field extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<Field> };

/**
 * The one submit flow of every form, dialog and action: check the input, send it, show the
 * server's field errors at their fields and anything else as the form's problem (or a
 * notification), and say when it is busy.
 */
const useSubmit = <Field extends string = never>({
  fields = [],
  failed,
  problemIn = 'form',
}: SubmitOptions<Field>) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);

  /** Forgets what was shown, e.g. when a wizard moves to another step. */
  const reset = useCallback(() => {
    setErrors({});
    setProblem(null);
    setTried(false);
  }, []);

  /** Shows the input's problems at their fields; from then on changes are checked again. */
  const showErrors = (found: FieldErrors<Field>) => {
    setTried(true);
    setErrors(found);
    setProblem(null);
  };

  /** Checks the input and shows what is wrong; true when nothing is. */
  const check = (validate: () => FieldErrors<Field>): boolean => {
    const found = validate();
    showErrors(found);
    return !hasErrors(found);
  };

  /** After a first try, checks the input again as it changes, so fixed fields lose their errors. */
  const recheck = (validate: () => FieldErrors<Field>) => {
    if (tried) {
      setErrors(validate());
    }
  };

  const submit = async <T>(
    send: () => Promise<T>,
    validate: () => FieldErrors<Field> = () => ({}),
  ): Promise<Submitted<T, Field>> => {
    if (!check(validate)) {
      return { ok: false, errors: validate() };
    }
    setBusy(true);
    try {
      return { ok: true, value: await send() };
    } catch (error) {
      const answer = queryProblem(error);
      const atFields = serverFieldErrors(answer?.fields ?? {}, fields);
      setErrors(atFields);
      if (!hasErrors(atFields)) {
        const message = answer?.message ?? formatMessage(failed);
        if (problemIn === 'notification') {
          toggleNotification({ type: 'danger', message });
        } else {
          setProblem(message);
        }
      }
      return { ok: false, errors: atFields };
    } finally {
      setBusy(false);
    }
  };

  return {
    errors,
    problem,
    busy,
    submit,
    check,
    recheck,
    reset,
    showErrors,
    dismissProblem: () => setProblem(null),
  };
};

export { useSubmit };
