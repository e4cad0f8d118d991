import { EmptyStateLayout, LinkButton } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';

import { useSmsWorkstreamOptionsQuery, useSmsWorkstreamsQuery } from '../api/workstreams';
import { SectionPage } from '../components/SectionPage';
import { WorkstreamsTable } from '../components/workstream/WorkstreamsTable';
import { useCanManageSettings } from '../hooks/useCanManageSettings';
import { PATHS } from '../paths';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/getTranslation';

const WorkstreamsPage = () => {
  const { formatMessage } = useIntl();
  const canManage = useCanManageSettings();
  const workstreams = useSmsWorkstreamsQuery();
  const options = useSmsWorkstreamOptionsQuery();

  return (
    <SectionPage
      permissions={PERMISSIONS.settingsRead}
      title={{ id: getTranslation('workstreams.title'), defaultMessage: 'Workstreams' }}
      subtitle={{
        id: getTranslation('workstreams.subtitle'),
        defaultMessage: 'How SMS conversations reach your agents.',
      }}
      load={{
        query: {
          data:
            workstreams.data && options.data
              ? { workstreams: workstreams.data, options: options.data }
              : undefined,
          error: workstreams.error ?? options.error,
        },
        loading: { id: getTranslation('workstreams.loading'), defaultMessage: 'Loading workstreams' },
        failed: {
          id: getTranslation('workstreams.loadFailed'),
          defaultMessage: 'The workstreams could not be loaded. Reload the page to try again.',
        },
      }}
      primaryAction={
        canManage ? (
          <LinkButton tag={NavLink} to={PATHS.newWorkstream} startIcon={<Plus />}>
            {formatMessage({ id: getTranslation('workstreams.new'), defaultMessage: 'New workstream' })}
          </LinkButton>
        ) : undefined
      }
    >
      {workstreams.data && options.data ? (
        workstreams.data.length > 0 ? (
          <WorkstreamsTable
            workstreams={workstreams.data}
            languages={options.data.languages}
            canManage={canManage}
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
      ) : null}
    </SectionPage>
  );
};

export { WorkstreamsPage };
