import { useCallback } from 'react';

import { listAccounts } from '../api/accounts';
import { getWorkstream, getWorkstreamOptions, listWorkstreams } from '../api/workstreams';

import { useLoad } from './useLoad';

import type { FetchClient } from '@strapi/strapi/admin';

const loadOverview = async (client: FetchClient) => {
  const [workstreams, options] = await Promise.all([listWorkstreams(client), getWorkstreamOptions(client)]);
  return { workstreams, options };
};

/** The workstreams, with the form options that name their languages. */
const useWorkstreams = () => useLoad(loadOverview);

/**
 * What the workstream wizard needs: every account's numbers (to pick from), the form options and,
 * when editing, the workstream.
 */
const useWorkstreamWizardData = (documentId: string | null) =>
  useLoad(
    useCallback(
      async (client: FetchClient) => {
        const [accounts, options, workstream] = await Promise.all([
          listAccounts(client),
          getWorkstreamOptions(client),
          documentId ? getWorkstream(client, documentId) : null,
        ]);
        return { accounts, options, workstream };
      },
      [documentId],
    ),
  );

export { useWorkstreamWizardData, useWorkstreams };
