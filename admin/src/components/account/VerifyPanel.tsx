import { useState } from 'react';

import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Shield } from '@strapi/icons';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { verifyAccount, type Account } from '../../api/accounts';
import { useNotifyFailure } from '../../hooks/useNotifyFailure';
import { getTranslation } from '../../utils/getTranslation';
import { VerificationStatus } from '../VerificationStatus';

interface VerifyPanelProps {
  account: Account;
  /** Absent for users who may not verify: they see the last answer only. */
  onVerified?: (account: Account) => void;
}

/** The last answer TeleSign gave to the account's credentials, and the button that asks again. */
const VerifyPanel = ({ account, onVerified }: VerifyPanelProps) => {
  const { formatMessage } = useIntl();
  const client = useFetchClient();
  const notifyFailure = useNotifyFailure();
  const [verifying, setVerifying] = useState(false);

  const verify = async (report: (account: Account) => void) => {
    setVerifying(true);
    try {
      report(await verifyAccount(client, account.documentId));
    } catch (error) {
      notifyFailure(error, {
        id: getTranslation('verify.failed'),
        defaultMessage: 'The credentials could not be checked. Check your connection and try again.',
      });
    } finally {
      setVerifying(false);
    }
  };

  return (
    <Box background="neutral100" hasRadius padding={5}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex justifyContent="space-between" alignItems="flex-start" gap={4}>
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography variant="delta" tag="h3">
              {formatMessage({ id: getTranslation('verify.title'), defaultMessage: 'Credentials check' })}
            </Typography>
            <Typography variant="pi" textColor="neutral600">
              {formatMessage({
                id: getTranslation('verify.description'),
                defaultMessage:
                  'Verify calls TeleSign with the customer ID and API key and tells you whether they work, and if not, why.',
              })}
            </Typography>
          </Flex>
          {onVerified ? (
            <Button
              variant="secondary"
              startIcon={<Shield />}
              loading={verifying}
              onClick={() => verify(onVerified)}
            >
              {formatMessage({ id: getTranslation('verify.action'), defaultMessage: 'Verify' })}
            </Button>
          ) : null}
        </Flex>
        <VerificationStatus verification={account.verification} />
      </Flex>
    </Box>
  );
};

export { VerifyPanel };
