import { z } from 'zod';
import { DAY_MS, milliseconds } from '../config/fields';

/** Conversation housekeeping. */
export const conversationsConfigSchema = z.object({
  /**
   * How often waiting conversations are checked against their workstream's "auto-close after
   * inactivity" (hours). Each process checks; closing is a conditional UPDATE, so they never clash.
   */
  autoCloseIntervalMs: milliseconds('conversations.autoCloseIntervalMs', 100, DAY_MS),
});

export type ConversationsConfig = z.infer<typeof conversationsConfigSchema>;

export const defaultConversationsConfig: ConversationsConfig = { autoCloseIntervalMs: 60_000 };
