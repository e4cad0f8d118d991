import { EmptyStateLayout, Flex } from '@strapi/design-system';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { useIntl } from 'react-intl';

import { useAccounts } from '../hooks/useAccounts';
import { getTranslation } from '../utils/getTranslation';

import { AccountsTable } from './AccountsTable';
import { Loaded } from './Loaded';
import { SetupSteps } from './SetupSteps';

/** The connected TeleSign accounts, or what connecting one involves when there is none yet. */
const AccountsOverview = ({ canManage }: { canManage: boolean }) => {
  const { formatMessage } = useIntl();
  const { state, reload } = useAccounts();

  return (
    <Loaded
      state={state}
      loading={{ id: getTranslation('accounts.loading'), defaultMessage: 'Loading accounts' }}
      failed={{
        id: getTranslation('accounts.loadFailed'),
        defaultMessage: 'The accounts could not be loaded. Reload the page to try again.',
      }}
    >
      {(accounts) =>
        accounts.length > 0 ? (
          <AccountsTable accounts={accounts} canManage={canManage} onDeleted={reload} />
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
        )
      }
    </Loaded>
  );
};

export { AccountsOverview };
