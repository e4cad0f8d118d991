import { Layouts } from '@strapi/strapi/admin';
import { Outlet } from 'react-router-dom';

import { SectionNav } from '../components/SectionNav';

const PluginLayout = () => (
  <Layouts.Root sideNav={<SectionNav />}>
    <Outlet />
  </Layouts.Root>
);

export { PluginLayout };
