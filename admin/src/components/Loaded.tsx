import type { ReactNode } from 'react';

import { Flex, Loader } from '@strapi/design-system';
import { useIntl, type MessageDescriptor } from 'react-intl';

import { LoadError } from './LoadError';

import type { LoadState } from '../hooks/useLoad';

interface LoadedProps<T> {
  state: LoadState<T>;
  loading: MessageDescriptor;
  /** Shown when the server gave no message of its own. */
  failed: MessageDescriptor;
  children: (data: T) => ReactNode;
}

/** A spinner while loading, the reason when loading failed, the content once the data is there. */
const Loaded = <T,>({ state, loading, failed, children }: LoadedProps<T>) => {
  const { formatMessage } = useIntl();

  switch (state.status) {
    case 'loading':
      return (
        <Flex justifyContent="center" padding={8}>
          <Loader>{formatMessage(loading)}</Loader>
        </Flex>
      );
    case 'error':
      return <LoadError error={state.error} fallback={failed} />;
    case 'ready':
      return <>{children(state.data)}</>;
  }
};

export { Loaded };
