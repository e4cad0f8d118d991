import { Divider } from '@strapi/design-system';
import { SubNav, useAuth } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { openableSectionGroups } from '../sections';
import { getTranslation } from '../utils/getTranslation';

/** The plugin's side navigation; sections the user may not open are left out. */
const SectionNav = () => {
  const { formatMessage } = useIntl();
  const permissions = useAuth('SectionNav', (state) => state.permissions);
  const title = formatMessage({ id: getTranslation('plugin.name'), defaultMessage: 'SMS channel' });

  return (
    <SubNav.Main aria-label={title}>
      <SubNav.Header label={title} />
      <Divider />
      <SubNav.Content>
        <SubNav.Sections>
          {openableSectionGroups(permissions).map((group) => (
            <SubNav.Section key={group.id} label={formatMessage(group.label)}>
              {group.sections.map((section) => (
                <SubNav.Link key={section.path} to={section.path} label={formatMessage(section.label)} />
              ))}
            </SubNav.Section>
          ))}
        </SubNav.Sections>
      </SubNav.Content>
    </SubNav.Main>
  );
};

export { SectionNav };
