import { EmptyStateLayout, LinkButton } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';

import { Loaded } from '../components/Loaded';
import { SectionPage } from '../components/SectionPage';
import { WorkstreamsTable } from '../components/workstream/WorkstreamsTable';
import { useCanManageSettings } from '../hooks/useCanManageSettings';
import { useWorkstreams } from '../hooks/useWorkstreams';
import { PATHS } from '../paths';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/getTranslation';

const WorkstreamsPage = () => {
  const { formatMessage } = useIntl();
  const canManage = useCanManageSettings();
  const { state, reload } = useWorkstreams();

  return (
    <SectionPage
      permissions={PERMISSIONS.settingsRead}
      title={{ id: getTranslation('workstreams.title'), defaultMessage: 'Workstreams' }}
      subtitle={{
        id: getTranslation('workstreams.subtitle'),
        defaultMessage: 'How SMS conversations reach your agents.',
      }}
      primaryAction={
        canManage ? (
          <LinkButton tag={NavLink} to={PATHS.newWorkstream} startIcon={<Plus />}>
            {formatMessage({ id: getTranslation('workstreams.new'), defaultMessage: 'New workstream' })}
          </LinkButton>
        ) : undefined
      }
    >
      <Loaded
        state={state}
        loading={{ id: getTranslation('workstreams.loading'), defaultMessage: 'Loading workstreams' }}
        failed={{
          id: getTranslation('workstreams.loadFailed'),
          defaultMessage: 'The workstreams could not be loaded. Reload the page to try again.',
        }}
      >
        {({ workstreams, options }) =>
          workstreams.length > 0 ? (
            <WorkstreamsTable
              workstreams={workstreams}
              languages={options.languages}
              canManage={canManage}
              onDeleted={reload}
            />
          ) : (
            <EmptyStateLayout
              icon={<EmptyDocuments width="16rem" />}
              content={formatMessage({
                id: getTranslation('workstreams.empty'),
                defaultMessage:
                  'No workstream yet. A workstream takes an SMS number, a default language, attachment rules and an inactivity timeout, and routes its conversations to agents.',
              })}
            />
          )
        }
      </Loaded>
    </SectionPage>
  );
};

export { WorkstreamsPage };
