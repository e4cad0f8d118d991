import type { ReactNode } from 'react';

import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

import { useLoadProblem, type QueryView } from './Loaded';

import type { RequiredPermission } from '../permissions';

interface PageQuery {
  query: QueryView<unknown>;
  loading: MessageDescriptor;
  /** Shown when the server gave no message of its own. */
  failed: MessageDescriptor;
}

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
  /**
   * The data the page is about: until it is there the admin's own `Page.Loading` (or `Page.Error`
   * if it could not be loaded) stands in for the page. Data read again stays on screen meanwhile.
   */
  load?: PageQuery;
  children: ReactNode;
}

/** The frame every plugin section shares: permission gate, document title, header and content. */
const SectionPage = ({
  permissions,
  title,
  subtitle,
  primaryAction,
  navigationAction,
  load,
  children,
}: SectionPageProps) => {
  const { formatMessage } = useIntl();
  const loadProblem = useLoadProblem();
  const heading = typeof title === 'string' ? title : formatMessage(title);
  const waiting = load !== undefined && load.query.data === undefined;

  return (
    <Page.Protect permissions={permissions}>
      {waiting && load.query.error !== undefined ? (
        <Page.Error content={loadProblem(load.query.error, load.failed)} />
      ) : waiting ? (
        <Page.Loading>{formatMessage(load.loading)}</Page.Loading>
      ) : (
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
      )}
    </Page.Protect>
  );
};

export { SectionPage };
