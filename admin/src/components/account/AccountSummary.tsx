import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../../utils/getTranslation';
import { formatPhoneNumber } from '../../utils/phoneNumber';
import { CallbackUrl } from '../CallbackUrl';
import { SummaryList, SummaryRow } from '../SummaryList';
import { VerificationStatus } from '../VerificationStatus';

import { ApiHostLabel } from './ApiHostLabel';

import type { Account } from '../../api/accounts';

interface AccountSummaryProps {
  account: Account;
  /** Leaves out the credentials check and callback URL where a page shows them in full. */
  settingsOnly?: boolean;
}

/** Everything the account is set to, read-only; the key appears only as its last four characters. */
const AccountSummary = ({ account, settingsOnly = false }: AccountSummaryProps) => {
  const { formatMessage } = useIntl();

  return (
    <SummaryList>
      <SummaryRow label={{ id: getTranslation('accounts.name'), defaultMessage: 'Name' }}>
        <Typography fontWeight="bold">{account.name}</Typography>
      </SummaryRow>
      <SummaryRow label={{ id: getTranslation('account.channel'), defaultMessage: 'Channel' }}>
        <Typography>SMS</Typography>
      </SummaryRow>
      <SummaryRow label={{ id: getTranslation('account.provider'), defaultMessage: 'Provider' }}>
        <Typography>TeleSign</Typography>
      </SummaryRow>
      <SummaryRow label={{ id: getTranslation('accounts.customerId'), defaultMessage: 'Customer ID' }}>
        <Typography>{account.customerId}</Typography>
      </SummaryRow>
      <SummaryRow label={{ id: getTranslation('account.apiKey'), defaultMessage: 'API key' }}>
        <Typography>
          {account.apiKeySet
            ? `•••• ${account.apiKeyLast4 ?? ''}`
            : formatMessage({ id: getTranslation('account.apiKey.notSet'), defaultMessage: 'Not set' })}
        </Typography>
      </SummaryRow>
      <SummaryRow label={{ id: getTranslation('account.apiHost'), defaultMessage: 'API host' }}>
        <ApiHostLabel apiHost={account.apiHost} />
      </SummaryRow>
      <SummaryRow label={{ id: getTranslation('accounts.numbers'), defaultMessage: 'SMS numbers' }}>
        {account.numbers.length > 0 ? (
          <Flex direction="column" alignItems="flex-start" gap={1}>
            {account.numbers.map((number) => (
              <Typography key={number.documentId}>
                {number.description
                  ? `${formatPhoneNumber(number.number)} (${number.description})`
                  : formatPhoneNumber(number.number)}
              </Typography>
            ))}
          </Flex>
        ) : (
          <Typography textColor="neutral500">
            {formatMessage({ id: getTranslation('accounts.numbers.none'), defaultMessage: 'None yet' })}
          </Typography>
        )}
      </SummaryRow>
      {settingsOnly ? null : (
        <>
          <SummaryRow label={{ id: getTranslation('accounts.credentials'), defaultMessage: 'Credentials' }}>
            <VerificationStatus verification={account.verification} />
          </SummaryRow>
          <SummaryRow label={{ id: getTranslation('accounts.callbackUrl'), defaultMessage: 'Callback URL' }}>
            <CallbackUrl url={account.callbackUrl} />
          </SummaryRow>
        </>
      )}
    </SummaryList>
  );
};

export { AccountSummary };
