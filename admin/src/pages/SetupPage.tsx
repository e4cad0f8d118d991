import { LinkButton } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';

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

  return (
    <SectionPage
      permissions={PERMISSIONS.settingsRead}
      title={{ id: getTranslation('setup.title'), defaultMessage: 'Setup' }}
      subtitle={{
        id: getTranslation('setup.subtitle'),
        defaultMessage:
          'TeleSign accounts, their SMS numbers and the callback URL that brings customer messages in.',
      }}
      primaryAction={
        canManage ? (
          <LinkButton tag={NavLink} to={PATHS.newAccount} startIcon={<Plus />}>
            {formatMessage({ id: getTranslation('accounts.new'), defaultMessage: 'New account' })}
          </LinkButton>
        ) : undefined
      }
    >
      <AccountsOverview canManage={canManage} />
    </SectionPage>
  );
};

export { SetupPage };
