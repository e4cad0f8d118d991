import { useCallback } from 'react';

import { getConversation } from '../api/conversations';

import { useConversationChanges } from './useInboxUpdates';
import { useLoad } from './useLoad';

import type { FetchClient } from '@strapi/strapi/admin';

/** One conversation with its thread, loaded again whenever the server says it changed. */
const useConversation = (documentId: string) => {
  const { state, reload } = useLoad(
    useCallback((client: FetchClient) => getConversation(client, documentId), [documentId]),
  );

  useConversationChanges((changed) => {
    if (changed.includes(documentId)) {
      reload();
    }
  });

  return { state, reload };
};

export { useConversation };
