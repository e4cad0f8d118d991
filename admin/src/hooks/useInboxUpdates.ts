import { useEffect, useRef, useSyncExternalStore } from 'react';

import { currentCounts, subscribeToChanges, subscribeToCounts } from '../inbox/inboxUpdates';

import type { QueueCounts } from '../api/conversations';

/** The queues' counts, kept live; null until the first answer. */
const useQueueCounts = (): QueueCounts | null => useSyncExternalStore(subscribeToCounts, currentCounts);

/**
 * Calls `onChange` with the ids of conversations that changed (new messages, new requests, status,
 * assignee, delivery status) since the last poll, for as long as the component is mounted.
 */
const useConversationChanges = (onChange: (changed: string[]) => void) => {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });

  useEffect(() => subscribeToChanges((changed) => latest.current(changed)), []);
};

export { useConversationChanges, useQueueCounts };
