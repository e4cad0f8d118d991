import type { ConsentHistoryEntry, ConsentRecord, ConsentSource, ConsentView } from './consent.types';

export const NO_CONSENT_RECORDED: ConsentView = {
  state: null,
  canSend: true,
  changedAt: null,
  since: null,
  source: null,
  detail: null,
  history: [],
};

export const toConsentView = (record: ConsentRecord | null): ConsentView => {
  if (!record) return NO_CONSENT_RECORDED;
  const history: ConsentHistoryEntry[] = Array.isArray(record.history) ? record.history : [];
  return {
    state: record.state,
    canSend: record.state !== 'opted-out',
    changedAt: record.changedAt,
    since: record.changedAt,
    source: record.source,
    detail: history.at(-1)?.detail ?? null,
    history,
  };
};

const SOURCE_WORDS: Record<ConsentSource, string> = {
  keyword: 'by a keyword text',
  agent: 'as recorded by an agent',
  'provider-status': 'as TeleSign reported (status 510, blocked by the subscriber)',
  import: 'as imported',
};

/** Why nothing may be sent, and how that can change: for error messages and `lastError`. */
export const describeOptOut = (
  customerNumber: string,
  businessNumber: string,
  consent: ConsentView,
): string =>
  `${customerNumber} opted out of messages from ${businessNumber} on ${consent.changedAt ?? 'an unknown date'}` +
  ` ${consent.source ? SOURCE_WORDS[consent.source] : ''}${consent.detail ? ` (${consent.detail})` : ''}.` +
  ` Nothing is sent to an opted-out customer; they can opt in again by texting START to ${businessNumber}.`;
