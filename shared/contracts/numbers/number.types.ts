export const NUMBER_TYPES = ['geo', 'short-code', 'toll-free'] as const;

export type NumberType = (typeof NUMBER_TYPES)[number];

/** A business number as the admin API returns it. */
export interface NumberView {
  documentId: string;
  /** Digits with country code, no `+` (`14252306549`), or a 5–6 digit short code. */
  number: string;
  type: NumberType;
  description: string | null;
  /** The workstream that routes this number's conversations, if any. */
  workstream: { documentId: string; name: string } | null;
}

/** A number agents may text customers from (`GET /sms-channel/numbers`), with its account. */
export interface SendingNumberView extends NumberView {
  account: { documentId: string; name: string };
}

/** Body of `POST /sms-channel/accounts/:id/numbers`. */
export interface NumberCreateBody {
  number: string;
  type: NumberType;
  description?: string | null;
}

/** Body of `PUT /sms-channel/numbers/:id`: any subset of the create fields. */
export type NumberUpdateBody = Partial<NumberCreateBody>;

/** Answer of `DELETE /sms-channel/numbers/:id`. */
export interface NumberDeletion {
  documentId: string;
  number: string;
  /** The workstream the number was taken out of, if it was in one. */
  leftWorkstream: { documentId: string; name: string } | null;
  message: string;
}
