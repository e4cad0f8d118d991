import { createActivityGate } from '../runtime/activity-gate';

/**
 * Processing waits until no callback has arrived for RECEIPT_QUIET_MS (at most
 * PROCESSING_MAX_WAIT_MS per event): during a burst, acknowledging TeleSign in time comes first, and
 * a request it times out on would only come back as a retry.
 */
const RECEIPT_QUIET_MS = 50;
const PROCESSING_MAX_WAIT_MS = 1_000;

/** Shared by the receiver, which touches it per signed callback, and processing, which yields to it. */
export const createReceiptActivity = () =>
  createActivityGate({ quietMs: RECEIPT_QUIET_MS, maxWaitMs: PROCESSING_MAX_WAIT_MS });

export type ReceiptActivity = ReturnType<typeof createReceiptActivity>;
