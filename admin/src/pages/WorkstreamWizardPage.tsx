import { useParams } from 'react-router-dom';

import { useSmsAccountsQuery } from '../api/accounts';
import { useSmsWorkstreamOptionsQuery, useSmsWorkstreamQuery, type Workstream } from '../api/workstreams';
import { BackLink } from '../components/BackLink';
import { SectionPage } from '../components/SectionPage';
import { WorkstreamWizard } from '../components/workstream/WorkstreamWizard';
import { PATHS } from '../paths';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/getTranslation';

/** `workstreams/new` and `workstreams/:workstreamId/edit`: the "Add SMS channel" wizard. */
const WorkstreamWizardPage = () => {
  const { workstreamId = null } = useParams<{ workstreamId: string }>();
  // The wizard needs every account's numbers (to pick from), the form options and, when editing, the workstream.
  const accounts = useSmsAccountsQuery();
  const options = useSmsWorkstreamOptionsQuery();
  const existing = useSmsWorkstreamQuery(workstreamId ?? '', { skip: workstreamId === null });
  const workstream: Workstream | null | undefined = workstreamId === null ? null : existing.currentData;
  const ready = accounts.data !== undefined && options.data !== undefined && workstream !== undefined;

  return (
    <SectionPage
      permissions={PERMISSIONS.settingsManage}
      title={
        workstreamId
          ? { id: getTranslation('workstream.wizard.editTitle'), defaultMessage: 'Edit workstream' }
          : { id: getTranslation('workstream.wizard.newTitle'), defaultMessage: 'New workstream' }
      }
      subtitle={{
        id: getTranslation('workstream.wizard.subtitle'),
        defaultMessage: 'Add the SMS channel: its number, its default language and its behaviours.',
      }}
      navigationAction={
        <BackLink
          to={PATHS.workstreams}
          label={{ id: getTranslation('workstreams.back'), defaultMessage: 'Workstreams' }}
        />
      }
      load={{
        query: { data: ready ? true : undefined, error: accounts.error ?? options.error ?? existing.error },
        loading: { id: getTranslation('workstream.loading'), defaultMessage: 'Loading the workstream' },
        failed: {
          id: getTranslation('workstream.loadFailed'),
          defaultMessage: 'The workstream could not be loaded. Reload the page to try again.',
        },
      }}
    >
      {accounts.data && options.data && workstream !== undefined ? (
        <WorkstreamWizard accounts={accounts.data} options={options.data} workstream={workstream} />
      ) : null}
    </SectionPage>
  );
};

export { WorkstreamWizardPage };
