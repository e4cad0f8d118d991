import { Link, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink, useNavigate } from 'react-router-dom';

import { PATHS } from '../paths';
import { getTranslation } from '../utils/getTranslation';

import { DeleteAccountButton } from './account/DeleteAccountButton';
import { CallbackUrl } from './CallbackUrl';
import { NumberList } from './NumberList';
import { RowActions } from './RowActions';
import { TableHeader } from './TableHeader';
import { VerificationStatus } from './VerificationStatus';

import type { Account } from '../api/accounts';

const COLUMNS = [
  { id: getTranslation('accounts.name'), defaultMessage: 'Name' },
  { id: getTranslation('accounts.customerId'), defaultMessage: 'Customer ID' },
  { id: getTranslation('accounts.numbers'), defaultMessage: 'SMS numbers' },
  { id: getTranslation('accounts.callbackUrl'), defaultMessage: 'Callback URL' },
  { id: getTranslation('accounts.credentials'), defaultMessage: 'Credentials' },
];

interface AccountsTableProps {
  accounts: Account[];
  /** Edit and delete are offered only to users who may manage settings. */
  canManage: boolean;
}

const AccountsTable = ({ accounts, canManage }: AccountsTableProps) => {
  const { formatMessage } = useIntl();
  const navigate = useNavigate();

  return (
    <Table colCount={COLUMNS.length + (canManage ? 1 : 0)} rowCount={accounts.length + 1}>
      <TableHeader columns={COLUMNS} withActions={canManage} />
      <Tbody>
        {accounts.map((account) => (
          <Tr key={account.documentId}>
            <Td>
              <Link tag={NavLink} to={PATHS.account(account.documentId)}>
                {account.name}
              </Link>
            </Td>
            <Td>
              <Typography variant="pi" textColor="neutral800">
                {account.customerId}
              </Typography>
            </Td>
            <Td>
              <NumberList numbers={account.numbers} />
            </Td>
            <Td>
              <CallbackUrl url={account.callbackUrl} maxWidth="16rem" />
            </Td>
            <Td>
              <VerificationStatus verification={account.verification} compact />
            </Td>
            {canManage ? (
              <RowActions
                editLabel={formatMessage(
                  { id: getTranslation('account.edit'), defaultMessage: 'Edit {name}' },
                  { name: account.name },
                )}
                onEdit={() => navigate(PATHS.editAccount(account.documentId))}
              >
                <DeleteAccountButton account={account} look="icon" />
              </RowActions>
            ) : null}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

export { AccountsTable };
