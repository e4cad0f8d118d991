import { EmptyStateLayout, Flex } from '@strapi/design-system';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

import { AccountsTable } from './AccountsTable';
import { SetupSteps } from './SetupSteps';

import type { Account } from '../api/accounts';

/** The connected TeleSign accounts, or what connecting one involves when there is none yet. */
const AccountsOverview = ({ accounts, canManage }: { accounts: Account[]; canManage: boolean }) => {
  const { formatMessage } = useIntl();

  return accounts.length > 0 ? (
    <AccountsTable accounts={accounts} canManage={canManage} />
  ) : (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <EmptyStateLayout
        icon={<EmptyDocuments width="16rem" />}
        content={formatMessage({
          id: getTranslation('accounts.empty'),
          defaultMessage: 'No TeleSign account is connected yet.',
        })}
      />
      <SetupSteps />
    </Flex>
  );
};

export { AccountsOverview };
