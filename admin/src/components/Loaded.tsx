import type { ReactNode } from 'react';

import { EmptyStateLayout, Flex, Loader } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { queryProblem } from '../api/queryProblem';

/** What a page or panel needs of an RTK Query hook's result. */
interface QueryView<T> {
  data?: T;
  error?: unknown;
}

interface LoadedProps<T> {
  query: QueryView<T>;
  loading: MessageDescriptor;
  /** Shown when the server gave no message of its own. */
  failed: MessageDescriptor;
  children: (data: T) => ReactNode;
}

/** Why a load failed: the server's own message when there is one. */
const useLoadProblem = () => {
  const { formatMessage } = useIntl();

  return (error: unknown, failed: MessageDescriptor) => queryProblem(error)?.message ?? formatMessage(failed);
};

/**
 * A panel's or dialog's data: a spinner while loading, the reason when loading failed, the content
 * once the data is there (kept while it is read again). Whole pages use `SectionPage`'s `query`,
 * which shows the admin's own `Page.Loading` / `Page.Error`: those fill the page, not a panel.
 */
const Loaded = <T,>({ query, loading, failed, children }: LoadedProps<T>) => {
  const { formatMessage } = useIntl();
  const loadProblem = useLoadProblem();

  if (query.data !== undefined) {
    return <>{children(query.data)}</>;
  }
  if (query.error !== undefined) {
    return (
      <EmptyStateLayout icon={<WarningCircle width="16rem" />} content={loadProblem(query.error, failed)} />
    );
  }
  return (
    <Flex justifyContent="center" padding={8}>
      <Loader>{formatMessage(loading)}</Loader>
    </Flex>
  );
};

export { Loaded, useLoadProblem, type QueryView };
