import type { EventBus } from '../runtime/event-bus';

/**
 * What the plugin's modules announce to each other, published once the change is committed. Each
 * payload is plain JSON naming what changed, so that relaying events to the other Strapi processes
 * on the same database (live push) needs no change to publishers or subscribers.
 */
export interface PluginEvents {
  /** An account, its credentials or its numbers changed (null: a number that belonged to no account). */
  'account.changed': { accountId: number | null };
  /** A signed callback was stored and acknowledged; its effects are still to be applied. */
  'callback.stored': { eventId: number; accountId: number };
  /** An SMS was queued for sending. */
  'message.queued': { messageId: number; conversationId: number };
}

export type PluginEventBus = EventBus<PluginEvents>;
