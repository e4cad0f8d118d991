import { EmptyStateLayout } from '@strapi/design-system';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { useIntl } from 'react-intl';

import { SectionPage } from '../components/SectionPage';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/getTranslation';

const WorkstreamsPage = () => {
  const { formatMessage } = useIntl();

  return (
    <SectionPage
      permissions={PERMISSIONS.settingsRead}
      title={{ id: getTranslation('workstreams.title'), defaultMessage: 'Workstreams' }}
      subtitle={{
        id: getTranslation('workstreams.subtitle'),
        defaultMessage: 'How SMS conversations reach your agents.',
      }}
    >
      <EmptyStateLayout
        icon={<EmptyDocuments width="16rem" />}
        content={formatMessage({
          id: getTranslation('workstreams.empty'),
          defaultMessage:
            'Workstreams will be managed here: each takes an SMS number, a default language, attachment rules and an inactivity timeout, and routes its conversations to agents.',
        })}
      />
    </SectionPage>
  );
};

export { WorkstreamsPage };
