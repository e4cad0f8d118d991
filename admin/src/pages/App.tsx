import { Route, Routes } from 'react-router-dom';

import { FirstSectionRedirect } from './FirstSectionRedirect';
import { InboxPage } from './InboxPage';
import { NotFoundPage } from './NotFoundPage';
import { PluginLayout } from './PluginLayout';
import { SetupPage } from './SetupPage';
import { WorkstreamsPage } from './WorkstreamsPage';

const App = () => (
  <Routes>
    <Route element={<PluginLayout />}>
      <Route index element={<FirstSectionRedirect />} />
      <Route path="setup" element={<SetupPage />} />
      <Route path="workstreams" element={<WorkstreamsPage />} />
      <Route path="inbox" element={<InboxPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  </Routes>
);

export default App;
