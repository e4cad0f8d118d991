import type { CallbackEventOutcome } from '../callback-event.repository';

/**
 * What handling an event came to: `done` is written with the event's effects in one
 * transaction; `later` leaves the event unprocessed for another try (a delivery report that
 * arrived before the message it reports on could be matched).
 */
export type ProcessingResult =
  { kind: 'done'; outcome: CallbackEventOutcome; note: string | null } | { kind: 'later'; reason: string };

export const done = (outcome: CallbackEventOutcome, note: string | null = null): ProcessingResult => ({
  kind: 'done',
  outcome,
  note,
});

export const later = (reason: string): ProcessingResult => ({ kind: 'later', reason });
