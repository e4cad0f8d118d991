import { useSmsInboxUpdatesQuery, type QueueCounts } from '../api/conversations';

import { useRefetchWhenShown, useTabVisible } from './useTabVisible';

/**
 * How often the inbox asks what changed. `live` on the inbox and a conversation, where new requests
 * and replies show within about 1.5 s; `badge` for the menu's count on every other admin page,
 * where nobody works the inbox. Both rest while the tab is hidden and ask at once when it is shown
 * again. All watchers share one cache entry, which polls at the fastest pace asked for.
 */
const PACES = { live: 1_500, badge: 30_000 } as const;

/**
 * Keeps the queues' counts and the inbox's cached conversations fresh for as long as the component
 * is mounted (changed conversations are read again, see `smsInboxUpdates`). Answers the counts;
 * null until the first answer.
 */
const useInboxUpdates = (pace: keyof typeof PACES): QueueCounts | null => {
  const visible = useTabVisible();
  const updates = useSmsInboxUpdatesQuery(undefined, { pollingInterval: visible ? PACES[pace] : 0 });
  useRefetchWhenShown(visible, updates);

  return updates.data?.counts ?? null;
};

export { useInboxUpdates };
