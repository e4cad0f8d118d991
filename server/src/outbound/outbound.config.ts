import { z } from 'zod';
import { DAY_MS, HOUR_MS, milliseconds, wholeNumber } from '../config/fields';

/** How queued SMS are sent: one loop per Strapi process, claiming rows from the outbox table. */
export const senderConfigSchema = z.object({
  /** Off: messages stay queued in this process (another process, or a later start, sends them). */
  enabled: z.boolean({ error: 'sender.enabled must be true or false' }),
  /** Sends in flight at once in this process. */
  concurrency: wholeNumber('sender.concurrency', 1, 50),
  /** Segments per second per business number; TeleSign's limits are per sender. */
  ratePerSecondPerNumber: z
    .number({ error: 'sender.ratePerSecondPerNumber must be a number' })
    .positive('sender.ratePerSecondPerNumber must be greater than 0')
    .max(1000, 'sender.ratePerSecondPerNumber must be at most 1000'),
  /** Send attempts before a message that keeps hitting retryable errors is marked failed. */
  maxAttempts: wholeNumber('sender.maxAttempts', 1, 50),
  /** How often the outbox is checked when nothing wakes the loop earlier. */
  pollIntervalMs: milliseconds('sender.pollIntervalMs', 10, 60_000),
  /** How long a claim on a row lasts; it must outlive a whole TeleSign call. */
  leaseMs: milliseconds('sender.leaseMs', 1_000, HOUR_MS),
  /** First retry delay; it doubles per attempt (with jitter) up to retryMaxDelayMs. */
  retryBaseDelayMs: milliseconds('sender.retryBaseDelayMs', 10, HOUR_MS),
  retryMaxDelayMs: milliseconds('sender.retryMaxDelayMs', 10, DAY_MS),
  /**
   * When TeleSign fails like an outage (unreachable, no answer, 5xx) for most sends of an account,
   * its queued messages wait, attempts unused, and one is tried after each pause.
   */
  outage: z.object({
    minimumSends: wholeNumber('sender.outage.minimumSends', 1, 10_000),
    failureRatio: z
      .number({ error: 'sender.outage.failureRatio must be a number' })
      .gt(0, 'sender.outage.failureRatio must be greater than 0')
      .max(1, 'sender.outage.failureRatio must be at most 1'),
    windowMs: milliseconds('sender.outage.windowMs', 1_000, HOUR_MS),
    pauseMs: milliseconds('sender.outage.pauseMs', 100, HOUR_MS),
  }),
});

/**
 * Settles messages TeleSign has not finished reporting on: status lookups for `sent` and `unknown`
 * messages (TeleSign keeps a status for about 12 hours), and a final verdict after that.
 */
export const reconcilerConfigSchema = z.object({
  intervalMs: milliseconds('reconciler.intervalMs', 10, HOUR_MS),
  /** How long after a send without a final report the first status lookup happens, and between lookups. */
  lookupAfterMs: milliseconds('reconciler.lookupAfterMs', 10, 12 * HOUR_MS),
  /** After this, a message without a final status is settled as it stands. */
  giveUpAfterMs: milliseconds('reconciler.giveUpAfterMs', 10, 7 * DAY_MS),
});

export type SenderConfig = z.infer<typeof senderConfigSchema>;
export type ReconcilerConfig = z.infer<typeof reconcilerConfigSchema>;

export const defaultSenderConfig: SenderConfig = {
  enabled: true,
  concurrency: 4,
  // Conservative: TeleSign does not publish its per-number rates, and a long code manages ~1/s.
  ratePerSecondPerNumber: 1,
  maxAttempts: 8,
  pollIntervalMs: 1_000,
  leaseMs: 2 * 60_000,
  // 5 s doubling to 5 min: eight attempts span about ten minutes of a TeleSign outage.
  retryBaseDelayMs: 5_000,
  retryMaxDelayMs: 5 * 60_000,
  // Ten sends, half of them failing within a minute: an outage rather than a bad message or two.
  outage: { minimumSends: 10, failureRatio: 0.5, windowMs: 60_000, pauseMs: 30_000 },
};

export const defaultReconcilerConfig: ReconcilerConfig = {
  intervalMs: 60_000,
  lookupAfterMs: 15 * 60_000,
  giveUpAfterMs: 12 * HOUR_MS,
};
