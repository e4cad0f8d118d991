import { z } from 'zod';
import { DAY_MS, HOUR_MS, milliseconds, wholeNumber } from '../../config/fields';

/** How stored callback events are turned into messages, status changes and consent changes. */
export const callbackProcessingConfigSchema = z.object({
  /** Events processed at once in this process. */
  concurrency: wholeNumber('callbackProcessing.concurrency', 1, 50),
  /** How often events that are still unprocessed (after a crash or an error) are looked for. */
  sweepIntervalMs: milliseconds('callbackProcessing.sweepIntervalMs', 10, HOUR_MS),
  /** How long a claim on an event lasts; a crashed process's claims expire after it. */
  leaseMs: milliseconds('callbackProcessing.leaseMs', 100, HOUR_MS),
  /** First delay before an event that failed (or matched no message yet) is tried again; it doubles. */
  retryBaseDelayMs: milliseconds('callbackProcessing.retryBaseDelayMs', 10, HOUR_MS),
  retryMaxDelayMs: milliseconds('callbackProcessing.retryMaxDelayMs', 10, DAY_MS),
  /** A delivery report that matches no message for this long is set aside as unmatched. */
  unmatchedGiveUpAfterMs: milliseconds('callbackProcessing.unmatchedGiveUpAfterMs', 10, 7 * DAY_MS),
});

export type CallbackProcessingConfig = z.infer<typeof callbackProcessingConfigSchema>;

export const defaultCallbackProcessingConfig: CallbackProcessingConfig = {
  concurrency: 4,
  sweepIntervalMs: 15_000,
  leaseMs: 60_000,
  retryBaseDelayMs: 1_000,
  retryMaxDelayMs: 5 * 60_000,
  unmatchedGiveUpAfterMs: 10 * 60_000,
};
