import { useCallback } from 'react';

import { useIntl } from 'react-intl';

import type { FieldMessage } from '../validation/fieldErrors';

/** Turns an inline field error into the text `Field.Root error` shows. */
const useFieldMessage = () => {
  const { formatMessage } = useIntl();

  return useCallback(
    (message: FieldMessage | undefined): string | undefined => {
      if (message === undefined) {
        return undefined;
      }
      return 'text' in message ? message.text : formatMessage(message.descriptor, message.values);
    },
    [formatMessage],
  );
};

export { useFieldMessage };
