import type { ReactNode } from 'react';

import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

import type { RequiredPermission } from '../permissions';

interface SectionPageProps {
  permissions: RequiredPermission[];
  title: MessageDescriptor;
  subtitle: MessageDescriptor;
  children: ReactNode;
}

/** The frame every plugin section shares: permission gate, document title, header and content. */
const SectionPage = ({ permissions, title, subtitle, children }: SectionPageProps) => {
  const { formatMessage } = useIntl();
  const heading = formatMessage(title);

  return (
    <Page.Protect permissions={permissions}>
      <Page.Main>
        <Page.Title>
          {formatMessage(
            { id: getTranslation('page.title'), defaultMessage: '{section} - SMS channel' },
            { section: heading },
          )}
        </Page.Title>
        <Layouts.Header title={heading} subtitle={formatMessage(subtitle)} />
        <Layouts.Content>{children}</Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
};

export { SectionPage };
