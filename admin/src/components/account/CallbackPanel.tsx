import { useState } from 'react';

import { Alert, Box, Button, Dialog, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { ConfirmDialog, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { useSmsRegenerateCallbackUrlMutation, type Account } from '../../api/accounts';
import { useSubmit } from '../../hooks/useSubmit';
import { getTranslation } from '../../utils/getTranslation';
import { CallbackUrl } from '../CallbackUrl';

import { RegistrationSteps } from './RegistrationSteps';

interface CallbackPanelProps {
  account: Account;
  /** False for users who may not change the account: no regenerate action. */
  canRegenerate: boolean;
}

/** The account's callback URL: copy it, see why TeleSign might not reach it, register it, replace it. */
const CallbackPanel = ({ account, canRegenerate }: CallbackPanelProps) => {
  const { formatMessage, formatDate } = useIntl();
  const { toggleNotification } = useNotification();
  const [regenerateCallbackUrl] = useSmsRegenerateCallbackUrlMutation();
  const { submit } = useSubmit({
    failed: {
      id: getTranslation('callback.regenerateFailed'),
      defaultMessage: 'The callback URL could not be replaced. Check your connection and try again.',
    },
    problemIn: 'notification',
  });
  const [confirming, setConfirming] = useState(false);
  const [warningDismissed, setWarningDismissed] = useState(false);

  const regenerate = async () => {
    if ((await submit(() => regenerateCallbackUrl(account.documentId).unwrap())).ok) {
      toggleNotification({
        type: 'success',
        message: formatMessage({
          id: getTranslation('callback.regenerated'),
          defaultMessage:
            'New callback URL created. Register it with TeleSign now: the old one no longer works.',
        }),
      });
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={5}>
      {account.callbackUrlWarning && !warningDismissed ? (
        <Alert
          variant="warning"
          onClose={() => setWarningDismissed(true)}
          closeLabel={formatMessage({ id: getTranslation('wizard.dismiss'), defaultMessage: 'Dismiss' })}
          title={formatMessage({
            id: getTranslation('callback.warning.title'),
            defaultMessage: 'TeleSign cannot deliver to this app yet',
          })}
        >
          {account.callbackUrlWarning}
        </Alert>
      ) : null}
      {account.callbackUrl ? (
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Typography variant="sigma" textColor="neutral600">
            {formatMessage({ id: getTranslation('accounts.callbackUrl'), defaultMessage: 'Callback URL' })}
          </Typography>
          <Box
            background="neutral100"
            hasRadius
            paddingLeft={4}
            paddingRight={2}
            paddingTop={2}
            paddingBottom={2}
          >
            <CallbackUrl url={account.callbackUrl} />
          </Box>
          {canRegenerate ? (
            <Flex>
              <Button
                variant="danger-light"
                startIcon={<ArrowClockwise />}
                onClick={() => setConfirming(true)}
              >
                {formatMessage({
                  id: getTranslation('callback.regenerate'),
                  defaultMessage: 'Regenerate URL',
                })}
              </Button>
              <Dialog.Root open={confirming} onOpenChange={setConfirming}>
                <ConfirmDialog
                  title={formatMessage({
                    id: getTranslation('callback.regenerate.title'),
                    defaultMessage: 'Replace the callback URL?',
                  })}
                  onConfirm={regenerate}
                >
                  {formatMessage({
                    id: getTranslation('callback.regenerate.body'),
                    defaultMessage:
                      'The current URL stops working at once: TeleSign can no longer deliver customer messages or delivery reports until you register the new URL with TeleSign support. Do this only if the URL has leaked.',
                  })}
                </ConfirmDialog>
              </Dialog.Root>
            </Flex>
          ) : null}
        </Flex>
      ) : null}
      {account.callbackRegistration ? (
        <RegistrationSteps customerId={account.customerId} registration={account.callbackRegistration} />
      ) : null}
      <Typography variant="omega" textColor="neutral700">
        {account.lastCallbackAt
          ? formatMessage(
              { id: getTranslation('callback.last'), defaultMessage: 'Last callback: {time}' },
              { time: formatDate(account.lastCallbackAt, { dateStyle: 'medium', timeStyle: 'short' }) },
            )
          : formatMessage({
              id: getTranslation('callback.none'),
              defaultMessage: 'Last callback: none received yet.',
            })}
      </Typography>
    </Flex>
  );
};

export { CallbackPanel };
