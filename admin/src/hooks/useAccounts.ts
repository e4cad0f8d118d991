import { useCallback } from 'react';

import { getAccount, listAccounts } from '../api/accounts';

import { useLoad } from './useLoad';

import type { FetchClient } from '@strapi/strapi/admin';

/** The TeleSign accounts, with their numbers. */
const useAccounts = () => useLoad(listAccounts);

/** One account by documentId. */
const useAccount = (documentId: string) =>
  useLoad(useCallback((client: FetchClient) => getAccount(client, documentId), [documentId]));

export { useAccount, useAccounts };
