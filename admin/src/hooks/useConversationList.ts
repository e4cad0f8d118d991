import { useCallback, useEffect } from 'react';

import { listConversations } from '../api/conversations';
import { publishCounts } from '../inbox/inboxUpdates';

import { useConversationChanges } from './useInboxUpdates';
import { useLoad } from './useLoad';

import type { QueueId } from '../queues';
import type { FetchClient } from '@strapi/strapi/admin';

/** One page of a queue, loaded again whenever any conversation changes on the server. */
const useConversationList = (queue: QueueId, q: string, page: number) => {
  const { state, reload } = useLoad(
    useCallback((client: FetchClient) => listConversations(client, { queue, q, page }), [queue, q, page]),
  );

  useConversationChanges(reload);

  useEffect(() => {
    if (state.status === 'ready') {
      publishCounts(state.data.meta.counts);
    }
  }, [state]);

  return state;
};

export { useConversationList };
