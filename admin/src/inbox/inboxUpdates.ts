import { getFetchClient } from '@strapi/strapi/admin';

import { getInboxUpdates, type QueueCounts } from '../api/conversations';

/** How often the inbox asks what changed: new requests show within about this long. */
const POLL_INTERVAL_MS = 1500;

type ChangeListener = (changed: string[]) => void;

/**
 * One poller of `GET /sms-channel/conversations/updates` per admin tab, shared by the menu badge,
 * the queue counts, the list and the open conversation. It runs while anything listens, and skips
 * its turn while the tab is hidden. The server derives changes from database timestamps, so the
 * answers hold with several Strapi processes behind one database.
 */
let cursor: string | null = null;
let counts: QueueCounts | null = null;
let polling = false;
const countListeners = new Set<() => void>();
const changeListeners = new Set<ChangeListener>();

const listening = () => countListeners.size + changeListeners.size > 0;

const publishCounts = (next: QueueCounts) => {
  if (
    counts &&
    counts.open === next.open &&
    counts.mine === next.mine &&
    counts.waiting === next.waiting &&
    counts.closed === next.closed
  ) {
    return;
  }
  counts = next;
  countListeners.forEach((listener) => listener());
};

const poll = async () => {
  // Listeners come and go as the menu re-renders; the poller stops only when a turn finds none.
  if (!listening()) {
    polling = false;
    return;
  }
  if (document.visibilityState !== 'hidden') {
    try {
      const updates = await getInboxUpdates(getFetchClient(), cursor);
      const first = cursor === null;
      cursor = updates.cursor;
      publishCounts(updates.counts);
      // After the first answer listeners load once more: something may have changed between their
      // own first load and the cursor.
      if (first || updates.changed.length > 0) {
        changeListeners.forEach((listener) => listener(updates.changed));
      }
    } catch {
      // A failed poll (network, server restart) is tried again on the next turn.
    }
  }
  setTimeout(poll, POLL_INTERVAL_MS);
};

const start = () => {
  if (!polling) {
    polling = true;
    setTimeout(poll, 0);
  }
};

const subscribeToCounts = (listener: () => void) => {
  countListeners.add(listener);
  start();
  return () => {
    countListeners.delete(listener);
  };
};

const subscribeToChanges = (listener: ChangeListener) => {
  changeListeners.add(listener);
  start();
  return () => {
    changeListeners.delete(listener);
  };
};

const currentCounts = () => counts;

export { currentCounts, publishCounts, subscribeToChanges, subscribeToCounts };
