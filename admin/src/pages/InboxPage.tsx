import { InboxQueues } from '../components/InboxQueues';
import { SectionPage } from '../components/SectionPage';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/getTranslation';

const InboxPage = () => (
  <SectionPage
    permissions={PERMISSIONS.inboxRead}
    title={{ id: getTranslation('inbox.title'), defaultMessage: 'Inbox' }}
    subtitle={{
      id: getTranslation('inbox.subtitle'),
      defaultMessage: 'SMS conversations with your customers.',
    }}
  >
    <InboxQueues />
  </SectionPage>
);

export { InboxPage };
