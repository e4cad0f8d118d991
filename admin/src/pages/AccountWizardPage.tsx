import { useLocation, useParams } from 'react-router-dom';

import { useSmsAccountQuery } from '../api/accounts';
import { AccountWizard } from '../components/account/AccountWizard';
import { BackLink } from '../components/BackLink';
import { SectionPage } from '../components/SectionPage';
import { PATHS } from '../paths';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/getTranslation';

const BACK = { id: getTranslation('accounts.back'), defaultMessage: 'Accounts' };
const SUBTITLE = {
  id: getTranslation('account.wizard.subtitle'),
  defaultMessage: 'A TeleSign account, its SMS numbers and its callback URL.',
};
const LOADING = { id: getTranslation('account.loading'), defaultMessage: 'Loading the account' };
const LOAD_FAILED = {
  id: getTranslation('account.loadFailed'),
  defaultMessage: 'The account could not be loaded. Reload the page to try again.',
};

/** `setup/new` and `setup/:accountId/edit`: the account wizard, for users who may manage settings. */
const AccountWizardPage = () => {
  const { accountId } = useParams<{ accountId: string }>();
  // The wizard moves to the account's own address once it is created, and is still "new" there.
  const { state } = useLocation();
  const isNew = !accountId || (typeof state === 'object' && state !== null && 'created' in state);
  const { currentData: account, error } = useSmsAccountQuery(accountId ?? '', { skip: !accountId });

  return (
    <SectionPage
      permissions={PERMISSIONS.settingsManage}
      title={
        isNew
          ? { id: getTranslation('account.wizard.newTitle'), defaultMessage: 'New account' }
          : { id: getTranslation('account.wizard.editTitle'), defaultMessage: 'Edit account' }
      }
      subtitle={SUBTITLE}
      navigationAction={<BackLink to={PATHS.setup} label={BACK} />}
      load={
        accountId ? { query: { data: account, error }, loading: LOADING, failed: LOAD_FAILED } : undefined
      }
    >
      {accountId ? (
        account ? (
          <AccountWizard key={accountId} account={account} />
        ) : null
      ) : (
        <AccountWizard account={null} />
      )}
    </SectionPage>
  );
};

export { AccountWizardPage };
