import { EmptyStateLayout, Flex, Loader } from '@strapi/design-system';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { useIntl } from 'react-intl';

import { useAccounts } from '../hooks/useAccounts';
import { getTranslation } from '../utils/getTranslation';

import { AccountsTable } from './AccountsTable';
import { LoadError } from './LoadError';
import { SetupSteps } from './SetupSteps';

/** The connected TeleSign accounts, or what connecting one involves when there is none yet. */
const AccountsOverview = () => {
  const { formatMessage } = useIntl();
  const state = useAccounts();

  switch (state.status) {
    case 'loading':
      return (
        <Flex justifyContent="center" padding={8}>
          <Loader>
            {formatMessage({ id: getTranslation('accounts.loading'), defaultMessage: 'Loading accounts' })}
          </Loader>
        </Flex>
      );
    case 'error':
      return (
        <LoadError
          error={state.error}
          fallback={{
            id: getTranslation('accounts.loadFailed'),
            defaultMessage: 'The accounts could not be loaded. Reload the page to try again.',
          }}
        />
      );
    case 'ready':
      return state.accounts.length > 0 ? (
        <AccountsTable accounts={state.accounts} />
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
  }
};

export { AccountsOverview };
