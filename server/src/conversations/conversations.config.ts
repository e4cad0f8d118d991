import { z } from 'zod';
import { DAY_MS, milliseconds } from '../config/fields';

/** Conversation housekeeping. */
export const conversationsConfigSchema = z.object({
  /**
   * How often waiting conversations are checked against their workstream's "auto-close after
   * inactivity" (hours). Each process checks; closing is a conditional UPDATE, so they never clash.
   */
  autoCloseIntervalMs: milliseconds('conversations.autoCloseIntervalMs', 100, DAY_MS),
  /**
   * How far back each poll for inbox updates looks before its cursor: a change is stamped when it
   * is written but seen by others only when its transaction commits, and other processes' clocks
   * may differ a little, so a poll must not skip what was stamped just before the previous one.
   */
  updatesOverlapMs: milliseconds('conversations.updatesOverlapMs', 100, 60_000),
});

export type ConversationsConfig = z.infer<typeof conversationsConfigSchema>;

export const defaultConversationsConfig: ConversationsConfig = {
  autoCloseIntervalMs: 60_000,
  updatesOverlapMs: 2_000,
};
