import { AccountsOverview } from '../components/AccountsOverview';
import { SectionPage } from '../components/SectionPage';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/getTranslation';

const SetupPage = () => (
  <SectionPage
    permissions={PERMISSIONS.settingsRead}
    title={{ id: getTranslation('setup.title'), defaultMessage: 'Setup' }}
    subtitle={{
      id: getTranslation('setup.subtitle'),
      defaultMessage:
        'TeleSign accounts, their SMS numbers and the callback URL that brings customer messages in.',
    }}
  >
    <AccountsOverview />
  </SectionPage>
);

export { SetupPage };
