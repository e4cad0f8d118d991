import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

import { CallbackUrl } from './CallbackUrl';
import { VerificationStatus } from './VerificationStatus';

import type { Account } from '../api/accounts';

const COLUMNS = [
  { id: getTranslation('accounts.name'), defaultMessage: 'Name' },
  { id: getTranslation('accounts.customerId'), defaultMessage: 'Customer ID' },
  { id: getTranslation('accounts.callbackUrl'), defaultMessage: 'Callback URL' },
  { id: getTranslation('accounts.credentials'), defaultMessage: 'Credentials' },
];

const AccountsTable = ({ accounts }: { accounts: Account[] }) => {
  const { formatMessage } = useIntl();

  return (
    <Table colCount={COLUMNS.length} rowCount={accounts.length + 1}>
      <Thead>
        <Tr>
          {COLUMNS.map((column) => (
            <Th key={column.id}>
              <Typography variant="sigma" textColor="neutral600">
                {formatMessage(column)}
              </Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {accounts.map((account) => (
          <Tr key={account.documentId}>
            <Td>
              <Typography textColor="neutral800" fontWeight="bold">
                {account.name}
              </Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">{account.customerId}</Typography>
            </Td>
            <Td>
              <CallbackUrl url={account.callbackUrl} />
            </Td>
            <Td>
              <VerificationStatus status={account.verification.status} detail={account.verification.detail} />
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

export { AccountsTable };
