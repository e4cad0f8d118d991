import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Shield } from '@strapi/icons';
import { useIntl } from 'react-intl';

import { useSmsVerifyAccountMutation, type Account } from '../../api/accounts';
import { useSubmit } from '../../hooks/useSubmit';
import { getTranslation } from '../../utils/getTranslation';
import { VerificationStatus } from '../VerificationStatus';

interface VerifyPanelProps {
  account: Account;
  /** False for users who may not verify: they see the last answer only. */
  canVerify: boolean;
}

/** The last answer TeleSign gave to the account's credentials, and the button that asks again. */
const VerifyPanel = ({ account, canVerify }: VerifyPanelProps) => {
  const { formatMessage } = useIntl();
  const [verifyAccount] = useSmsVerifyAccountMutation();
  const { submit, busy } = useSubmit({
    failed: {
      id: getTranslation('verify.failed'),
      defaultMessage: 'The credentials could not be checked. Check your connection and try again.',
    },
    problemIn: 'notification',
  });

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
          {canVerify ? (
            <Button
              variant="secondary"
              startIcon={<Shield />}
              loading={busy}
              onClick={() => submit(() => verifyAccount(account.documentId).unwrap())}
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
