import { useParams } from 'react-router-dom';

import { BackLink } from '../components/BackLink';
import { Loaded } from '../components/Loaded';
import { SectionPage } from '../components/SectionPage';
import { WorkstreamWizard } from '../components/workstream/WorkstreamWizard';
import { useWorkstreamWizardData } from '../hooks/useWorkstreams';
import { PATHS } from '../paths';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/getTranslation';

/** `workstreams/new` and `workstreams/:workstreamId/edit`: the "Add SMS channel" wizard. */
const WorkstreamWizardPage = () => {
  const { workstreamId = null } = useParams<{ workstreamId: string }>();
  const { state } = useWorkstreamWizardData(workstreamId);

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
    >
      <Loaded
        state={state}
        loading={{ id: getTranslation('workstream.loading'), defaultMessage: 'Loading the workstream' }}
        failed={{
          id: getTranslation('workstream.loadFailed'),
          defaultMessage: 'The workstream could not be loaded. Reload the page to try again.',
        }}
      >
        {({ accounts, options, workstream }) => (
          <WorkstreamWizard accounts={accounts} options={options} workstream={workstream} />
        )}
      </Loaded>
    </SectionPage>
  );
};

export { WorkstreamWizardPage };
