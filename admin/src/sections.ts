import type { Permission } from '@strapi/strapi/admin';
import type { MessageDescriptor } from 'react-intl';

import { PERMISSIONS, type RequiredPermission } from './permissions';
import { getTranslation } from './utils/getTranslation';

interface Section {
  /** Route path relative to the plugin's root (`/admin/plugins/sms-channel/<path>`). */
  path: string;
  label: MessageDescriptor;
  permissions: RequiredPermission[];
}

interface SectionGroup {
  id: string;
  label: MessageDescriptor;
  sections: Section[];
}

const SECTION_GROUPS: SectionGroup[] = [
  {
    id: 'configuration',
    label: { id: getTranslation('nav.group.configuration'), defaultMessage: 'Configuration' },
    sections: [
      {
        path: 'setup',
        label: { id: getTranslation('nav.setup'), defaultMessage: 'Setup' },
        permissions: PERMISSIONS.settingsRead,
      },
      {
        path: 'workstreams',
        label: { id: getTranslation('nav.workstreams'), defaultMessage: 'Workstreams' },
        permissions: PERMISSIONS.settingsRead,
      },
    ],
  },
  {
    id: 'conversations',
    label: { id: getTranslation('nav.group.conversations'), defaultMessage: 'Conversations' },
    sections: [
      {
        path: 'inbox',
        label: { id: getTranslation('nav.inbox'), defaultMessage: 'Inbox' },
        permissions: PERMISSIONS.inboxRead,
      },
    ],
  },
];

/** Same rule as `Page.Protect`: a granted permission matches on action and subject. */
const isGranted = (required: RequiredPermission[], granted: Permission[]) =>
  required.some((need) =>
    granted.some((have) => have.action === need.action && have.subject === need.subject),
  );

/** The groups and sections the user may open, in menu order; groups left empty are dropped. */
const openableSectionGroups = (granted: Permission[]): SectionGroup[] =>
  SECTION_GROUPS.map((group) => ({
    ...group,
    sections: group.sections.filter((section) => isGranted(section.permissions, granted)),
  })).filter((group) => group.sections.length > 0);

/**
 * Where the plugin's root URL leads: the first section the user may open. A user who may open none
 * gets the first section anyway, whose permission gate then says what is missing.
 */
const landingSection = (granted: Permission[]): Section => {
  const [first] = SECTION_GROUPS.flatMap((group) => group.sections);
  const [firstOpenable = first] = openableSectionGroups(granted).flatMap((group) => group.sections);

  return firstOpenable;
};

export { isGranted, landingSection, openableSectionGroups };
