import { useAuth } from '@strapi/strapi/admin';
import { Navigate } from 'react-router-dom';

import { landingSection } from '../sections';

/** The plugin's root route: Setup for administrators, the Inbox for agents who may not open Setup. */
const FirstSectionRedirect = () => {
  const permissions = useAuth('FirstSectionRedirect', (state) => state.permissions);

  return <Navigate to={landingSection(permissions).path} replace />;
};

export { FirstSectionRedirect };
