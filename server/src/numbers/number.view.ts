import type { NumberRecord, NumberView, SendingNumberView } from './number.types';

/** Shapes a number for the admin API; its workstream is summarised, never expanded. */
export const toNumberView = (number: NumberRecord): NumberView => ({
  documentId: number.documentId,
  number: number.digits,
  type: number.type,
  description: number.description,
  workstream: number.workstream
    ? { documentId: number.workstream.documentId, name: number.workstream.name }
    : null,
});

/** A number with the account it belongs to, for agents picking the number they text from. */
export const toSendingNumberView = (
  number: NumberRecord,
  account: { documentId: string; name: string },
): SendingNumberView => ({
  ...toNumberView(number),
  account: { documentId: account.documentId, name: account.name },
});
