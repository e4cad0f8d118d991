import { useEffect, useState } from 'react';

import { useFetchClient } from '@strapi/strapi/admin';

import { ACCOUNTS_URL, accountListSchema, type Account } from '../api/accounts';

type AccountsState =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; accounts: Account[] };

/** Loads the TeleSign accounts once per mount. */
const useAccounts = (): AccountsState => {
  const { get } = useFetchClient();
  const [state, setState] = useState<AccountsState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    const settle = (next: AccountsState) => {
      if (current) {
        setState(next);
      }
    };

    get(ACCOUNTS_URL)
      .then(({ data }) => settle({ status: 'ready', accounts: accountListSchema.parse(data).data }))
      .catch((error: unknown) => settle({ status: 'error', error }));

    return () => {
      current = false;
    };
  }, [get]);

  return state;
};

export { useAccounts };
