import { useCallback, useEffect, useState } from 'react';

import { useFetchClient, type FetchClient } from '@strapi/strapi/admin';

type LoadState<T> =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: T };

/**
 * Loads data once per mount and again on `reload()`. `load` must be stable (module-level or
 * memoised), since a new function means new data to fetch. A reload keeps showing the current data
 * until the new answer arrives, so pages do not flash a spinner after every save.
 */
const useLoad = <T>(load: (client: FetchClient) => Promise<T>) => {
  const client = useFetchClient();
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    load(client)
      .then((data) => current && setState({ status: 'ready', data }))
      .catch((error: unknown) => current && setState({ status: 'error', error }));
    return () => {
      current = false;
    };
  }, [client, load, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  return { state, reload };
};

export { useLoad, type LoadState };
