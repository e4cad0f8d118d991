import { Route, Routes } from 'react-router-dom';

import { AccountPage } from './AccountPage';
import { AccountWizardPage } from './AccountWizardPage';
import { ConversationPage } from './ConversationPage';
import { FirstSectionRedirect } from './FirstSectionRedirect';
import { InboxPage } from './InboxPage';
import { NotFoundPage } from './NotFoundPage';
import { PluginLayout } from './PluginLayout';
import { SetupPage } from './SetupPage';
import { WorkstreamsPage } from './WorkstreamsPage';
import { WorkstreamWizardPage } from './WorkstreamWizardPage';

const App = () => (
  <Routes>
    <Route element={<PluginLayout />}>
      <Route index element={<FirstSectionRedirect />} />
      <Route path="setup" element={<SetupPage />} />
      <Route path="setup/new" element={<AccountWizardPage />} />
      <Route path="setup/:accountId" element={<AccountPage />} />
      <Route path="setup/:accountId/edit" element={<AccountWizardPage />} />
      <Route path="workstreams" element={<WorkstreamsPage />} />
      <Route path="workstreams/new" element={<WorkstreamWizardPage />} />
      <Route path="workstreams/:workstreamId/edit" element={<WorkstreamWizardPage />} />
      <Route path="inbox" element={<InboxPage />} />
      <Route path="inbox/:conversationId" element={<ConversationPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  </Routes>
);

export default App;
