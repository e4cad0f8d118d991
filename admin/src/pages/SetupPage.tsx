import { LinkButton } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';

import { useSmsAccountsQuery } from '../api/accounts';
import { AccountsOverview } from '../components/AccountsOverview';
import { SectionPage } from '../components/SectionPage';
import { useCanManageSettings } from '../hooks/useCanManageSettings';
import { PATHS } from '../paths';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/getTranslation';

/** Accounts & channels: every TeleSign account with its numbers, callback URL and credentials state. */
const SetupPage = () => {
  const { formatMessage } = useIntl();
  const canManage = useCanManageSettings();
  const { data: accounts, error } = useSmsAccountsQuery();

  return (
    <SectionPage
      permissions={PERMISSIONS.settingsRead}
      title={{ id: getTranslation('setup.title'), defaultMessage: 'Setup' }}
      subtitle={{
        id: getTranslation('setup.subtitle'),
        defaultMessage:
          'TeleSign accounts, their SMS numbers and the callback URL that brings customer messages in.',
      }}
      load={{
        query: { data: accounts, error },
        loading: { id: getTranslation('accounts.loading'), defaultMessage: 'Loading accounts' },
        failed: {
          id: getTranslation('accounts.loadFailed'),
          defaultMessage: 'The accounts could not be loaded. Reload the page to try again.',
        },
      }}
      primaryAction={
        canManage ? (
          <LinkButton tag={NavLink} to={PATHS.newAccount} startIcon={<Plus />}>
            {formatMessage({ id: getTranslation('accounts.new'), defaultMessage: 'New account' })}
          </LinkButton>
        ) : undefined
      }
    >
      {accounts ? <AccountsOverview accounts={accounts} canManage={canManage} /> : null}
    </SectionPage>
  );
};

export { SetupPage };
