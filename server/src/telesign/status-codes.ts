/**
 * TeleSign SMS status codes (`status.code` in send/status responses and delivery reports,
 * docs/telesign.md §1.3) and how they map onto our message lifecycle.
 */

export type TeleSignStatusCategory =
  | 'in-progress'
  | 'success'
  | 'handset-failure'
  | 'blocked'
  | 'unknown-outcome'
  | 'not-sent'
  | 'carrier-error'
  | 'account'
  | 'inbound';

export interface TeleSignStatusCodeInfo {
  description: string;
  category: TeleSignStatusCategory;
}

const entries: ReadonlyArray<readonly [number, string, TeleSignStatusCategory]> = [
  [290, 'Message in progress', 'in-progress'],
  [203, 'Delivered to gateway', 'in-progress'],
  [292, 'Queued by gateway', 'in-progress'],
  [295, 'Status delayed', 'in-progress'],
  [200, 'Delivered to handset', 'success'],
  [201, 'Transaction successfully completed, suspicious activity detected', 'success'],
  [207, 'Error delivering SMS to handset (reason unknown)', 'handset-failure'],
  [210, 'Temporary phone error', 'handset-failure'],
  [211, 'Permanent phone error', 'handset-failure'],
  [220, 'Gateway/network cannot route message', 'handset-failure'],
  [221, 'Message expired before delivery', 'handset-failure'],
  [222, 'SMS not supported', 'handset-failure'],
  [229, 'Message blocked by your request', 'blocked'],
  [230, 'Message blocked by TeleSign', 'blocked'],
  [231, 'Invalid/unsupported content', 'blocked'],
  [233, 'Message blocked due to high risk score', 'blocked'],
  [237, 'Message blocked in requested country', 'blocked'],
  [238, 'Destination blocked by prefix', 'blocked'],
  [250, 'Final status unknown', 'unknown-outcome'],
  [251, 'Message sent out for delivery, but no delivery confirmation from the handset', 'unknown-outcome'],
  [599, 'Status not available', 'unknown-outcome'],
  [286, 'Transaction not attempted (phone type)', 'not-sent'],
  [500, 'Transaction not attempted', 'not-sent'],
  [501, 'Not authorized', 'not-sent'],
  [10000, 'System Unavailable, Please try again later.', 'not-sent'],
  [502, 'Campaign error', 'carrier-error'],
  [503, 'Carrier rejected - temporary problem', 'carrier-error'],
  [504, 'Carrier rejected - permanent error', 'carrier-error'],
  [505, 'Error on gateway - temporary error', 'carrier-error'],
  [506, 'Error on gateway - permanent error', 'carrier-error'],
  [507, 'Invalid destination address', 'carrier-error'],
  [508, 'Invalid source address', 'carrier-error'],
  [509, 'Parameters problem', 'carrier-error'],
  [510, 'Message blocked by subscriber action or request', 'carrier-error'],
  [511, 'Subscriber low on credit', 'carrier-error'],
  [512, 'Roaming error', 'carrier-error'],
  [513, 'Mobile number portability error', 'carrier-error'],
  [514, 'Subscriber absent', 'carrier-error'],
  [515, 'Suspected spam', 'carrier-error'],
  [517, 'Selected DLT details for India not supported', 'carrier-error'],
  [518, 'Message blocked due to high risk SIM swap indicator', 'carrier-error'],
  [519, 'Message not sent - requested SIM swap check could not be performed', 'carrier-error'],
  [520, 'Content sent is not allowed', 'carrier-error'],
  [521, 'Requested Sender ID is not allowed for destination', 'carrier-error'],
  [10030, 'Insufficient funds in prepaid wallet.', 'account'],
  [10031, 'Message blocked by customer request', 'account'],
  [10032, 'Message blocked by TeleSign', 'account'],
  [1500, 'Delivered to customer', 'inbound'],
];

export const TELESIGN_STATUS_CODES: ReadonlyMap<number, TeleSignStatusCodeInfo> = new Map(
  entries.map(([code, description, category]) => [code, { description, category }]),
);

/**
 * Our lifecycle for an outbound message. Ranks only grow, so late or duplicated reports (TeleSign
 * may send 203 after 200, or retry a callback) can never move a message backwards:
 *
 *   queued (0) → sending (1) → sent (2) → unknown (3) → delivered | failed (4, terminal)
 *
 * `unknown` ranks above `sent` because it carries more information (TeleSign or our transport
 * gave up on confirming), yet below the terminal pair so a later report can still settle it.
 * `delivered` and `failed` share a rank so neither can overwrite the other. Retrying a failed
 * send is a new TeleSign transaction, not a transition of the old one.
 */
export type MessageStatus = 'queued' | 'sending' | 'sent' | 'unknown' | 'delivered' | 'failed';

const RANKS: Readonly<Record<MessageStatus, number>> = {
  queued: 0,
  sending: 1,
  sent: 2,
  unknown: 3,
  delivered: 4,
  failed: 4,
};

export const statusRank = (status: MessageStatus): number => RANKS[status];

/** Whether moving from `current` to `next` is progress; equal ranks are not (keeps the first final). */
export const isStatusAdvance = (current: MessageStatus, next: MessageStatus): boolean =>
  statusRank(next) > statusRank(current);

export interface ProviderStatusMapping {
  status: Extract<MessageStatus, 'sent' | 'delivered' | 'failed' | 'unknown'>;
  /** TeleSign will not report anything newer for this transaction: stop polling for it. */
  final: boolean;
  /** TeleSign calls the failure temporary: a new send attempt may succeed. */
  retryable: boolean;
}

const IN_FLIGHT = new Set([203, 290, 292, 295]);
const DELIVERED = new Set([200, 201, 1500]);
/** 250/251 are TeleSign's last word; 599 ("not available at this time") is worth asking again. */
const UNKNOWN_FINAL = new Set([250, 251]);
const UNKNOWN_PENDING = new Set([599]);
const TEMPORARY_FAILURES = new Set([503, 505, 10000]);

/**
 * TeleSign's suggested mapping (§1.3): in-flight codes are `sent`, 200/201 (and 1500 for inbound)
 * are `delivered`, 250/251/599 are `unknown`, and every other code from 207 up is a final failure.
 * Unlisted codes below 207 are treated as `unknown` and not final rather than guessed at.
 */
export const mapProviderStatus = (code: number): ProviderStatusMapping => {
  if (IN_FLIGHT.has(code)) return { status: 'sent', final: false, retryable: false };
  if (DELIVERED.has(code)) return { status: 'delivered', final: true, retryable: false };
  if (UNKNOWN_FINAL.has(code)) return { status: 'unknown', final: true, retryable: false };
  if (UNKNOWN_PENDING.has(code) || code < 207) return { status: 'unknown', final: false, retryable: false };
  return { status: 'failed', final: true, retryable: TEMPORARY_FAILURES.has(code) };
};

/** 510: the recipient blocked us (STOP or carrier-level opt-out); suppress further sends (§5). */
export const isOptOutStatus = (code: number): boolean => code === 510;
