import { useCallback } from 'react';

import { useNotification } from '@strapi/strapi/admin';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { serverProblem } from '../api/serverProblem';

/**
 * Reports a failed action in a notification: the server's own message when it sent one (it says
 * what to fix), otherwise `fallback`.
 */
const useNotifyFailure = () => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();

  return useCallback(
    (error: unknown, fallback: MessageDescriptor) =>
      toggleNotification({
        type: 'danger',
        message: serverProblem(error)?.message ?? formatMessage(fallback),
      }),
    [formatMessage, toggleNotification],
  );
};

export { useNotifyFailure };
