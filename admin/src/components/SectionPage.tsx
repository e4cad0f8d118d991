import type { ReactNode } from 'react';

import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

import type { RequiredPermission } from '../permissions';

interface SectionPageProps {
  permissions: RequiredPermission[];
  /** A message, or text that needs no translation (an account's name). */
  title: MessageDescriptor | string;
  /** A message, or text put together by the page (a conversation's numbers). */
  subtitle: MessageDescriptor | string;
  /** The header's main button, e.g. "New account"; left out for users who may not use it. */
  primaryAction?: ReactNode;
  /** The header's back link. */
  navigationAction?: ReactNode;
  children: ReactNode;
}

/** The frame every plugin section shares: permission gate, document title, header and content. */
const SectionPage = ({
  permissions,
  title,
  subtitle,
  primaryAction,
  navigationAction,
  children,
}: SectionPageProps) => {
  const { formatMessage } = useIntl();
  const heading = typeof title === 'string' ? title : formatMessage(title);

  return (
    <Page.Protect permissions={permissions}>
      <Page.Main>
        <Page.Title>
          {formatMessage(
            { id: getTranslation('page.title'), defaultMessage: '{section} - SMS channel' },
            { section: heading },
          )}
        </Page.Title>
        <Layouts.Header
          title={heading}
          subtitle={typeof subtitle === 'string' ? subtitle : formatMessage(subtitle)}
          primaryAction={primaryAction}
          navigationAction={navigationAction}
        />
        <Layouts.Content>{children}</Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
};

export { SectionPage };
