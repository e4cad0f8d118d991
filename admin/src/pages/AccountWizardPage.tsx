import { useLocation, useParams } from 'react-router-dom';

import { AccountWizard } from '../components/account/AccountWizard';
import { BackLink } from '../components/BackLink';
import { Loaded } from '../components/Loaded';
import { SectionPage } from '../components/SectionPage';
import { useAccount } from '../hooks/useAccounts';
import { PATHS } from '../paths';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/getTranslation';

const BACK = { id: getTranslation('accounts.back'), defaultMessage: 'Accounts' };
const SUBTITLE = {
  id: getTranslation('account.wizard.subtitle'),
  defaultMessage: 'A TeleSign account, its SMS numbers and its callback URL.',
};

const ExistingAccountWizard = ({ documentId }: { documentId: string }) => {
  const { state } = useAccount(documentId);

  return (
    <Loaded
      state={state}
      loading={{ id: getTranslation('account.loading'), defaultMessage: 'Loading the account' }}
      failed={{
        id: getTranslation('account.loadFailed'),
        defaultMessage: 'The account could not be loaded. Reload the page to try again.',
      }}
    >
      {(account) => <AccountWizard key={account.documentId} account={account} />}
    </Loaded>
  );
};

/** `setup/new` and `setup/:accountId/edit`: the account wizard, for users who may manage settings. */
const AccountWizardPage = () => {
  const { accountId } = useParams<{ accountId: string }>();
  // The wizard moves to the account's own address once it is created, and is still "new" there.
  const { state } = useLocation();
  const isNew = !accountId || (typeof state === 'object' && state !== null && 'created' in state);

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
    >
      {accountId ? (
        <ExistingAccountWizard key={accountId} documentId={accountId} />
      ) : (
        <AccountWizard account={null} />
      )}
    </SectionPage>
  );
};

export { AccountWizardPage };
