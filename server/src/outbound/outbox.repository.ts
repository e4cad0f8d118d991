import type { Core } from '@strapi/strapi';
import type { MessageRecord, MessageStatus } from '../messages/message.types';
import { statusRank, type MessageStatus as DeliveryStatus } from '../telesign/status-codes';
import { UIDS } from '../utils/uids';
import { createOutboxClaim } from './outbox-claim';

const CONVERSATION = {
  conversation: { select: ['id', 'documentId', 'customerNumber', 'businessNumber'] },
} as const;
const DELIVERY_STATUSES: DeliveryStatus[] = ['queued', 'sending', 'sent', 'unknown', 'delivered', 'failed'];

/** Delivery statuses a message may move to `next` from: strictly lower ranks only. */
const statusesBelow = (next: DeliveryStatus): DeliveryStatus[] =>
  DELIVERY_STATUSES.filter((status) => statusRank(status) < statusRank(next));

const leaseFree = (now: Date) => ({ $or: [{ leaseUntil: null }, { leaseUntil: { $lt: now } }] });

/** Columns the pipeline writes along with a status. */
export interface DeliveryFields {
  referenceId?: string;
  providerStatusCode?: number | null;
  providerStatusDescription?: string | null;
  providerStatusAt?: Date | null;
  lastError?: string | null;
  nextAttemptAt?: Date | null;
  leaseUntil?: Date | null;
}

/**
 * The outbox side of the message table. Every change is one conditional UPDATE whose WHERE states
 * what the row must still be, and the affected-row count says whether this process won: that is
 * what keeps several Strapi processes (and a late delivery report) from sending twice or moving a
 * status backwards.
 */
export const createOutboxRepository = (strapi: Core.Strapi) => {
  const query = () => strapi.db.query(UIDS.message);
  const claim = createOutboxClaim(strapi);
  // updateMany leaves updatedAt alone; the inbox's live updates find changed messages by it.
  const updateWhere = async (where: object, data: object): Promise<boolean> => {
    const { count } = (await query().updateMany({ where, data: { ...data, updatedAt: new Date() } })) as {
      count: number;
    };
    return count > 0;
  };

  return {
    /**
     * queued → sending for this process until `leaseUntil`, in one statement for the lot; answers
     * the rows this process won (with the external id each is sent with), without those another
     * process took first.
     */
    claimForSending: claim.claim,
    /** Ends this process's attempt `attempt` (only if the row is still in it). */
    async finishAttempt(
      id: number,
      attempt: number,
      status: MessageStatus,
      fields: DeliveryFields,
    ): Promise<boolean> {
      return updateWhere(
        { id, status: 'sending', attempts: attempt },
        { ...fields, status, leaseUntil: null },
      );
    },
    async releaseLease(id: number, attempt: number): Promise<void> {
      await updateWhere({ id, attempts: attempt, leaseUntil: { $ne: null } }, { leaseUntil: null });
    },
    /** Forward-only: applied only while the row's status ranks below `next`. */
    async advance(id: number, next: DeliveryStatus, fields: DeliveryFields): Promise<boolean> {
      return updateWhere({ id, status: { $in: statusesBelow(next) } }, { ...fields, status: next });
    },
    /** Provider details of a report that does not change the status (e.g. 203 after 290). */
    async updateWhileStatus(id: number, status: MessageStatus, fields: DeliveryFields): Promise<boolean> {
      return updateWhere({ id, status }, fields);
    },
    /**
     * An `unknown` send without a reference id (TeleSign never answered) that a report has now
     * explained: any report says more than "no answer", so it may move to any status.
     */
    async resolveUnanswered(id: number, next: DeliveryStatus, fields: DeliveryFields): Promise<boolean> {
      return updateWhere({ id, status: 'unknown', referenceId: null }, { ...fields, status: next });
    },
    async setReferenceIdIfMissing(id: number, referenceId: string): Promise<void> {
      await updateWhere({ id, referenceId: null }, { referenceId });
    },
    /** `sending` rows whose lease ran out: their process died during the TeleSign call. */
    async findAbandoned(now: Date, limit: number): Promise<MessageRecord[]> {
      return (await query().findMany({
        where: { status: 'sending', leaseUntil: { $lt: now } },
        orderBy: { id: 'asc' },
        limit,
      })) as MessageRecord[];
    },
    async settleAbandoned(id: number, now: Date, fields: DeliveryFields): Promise<boolean> {
      return updateWhere(
        { id, status: 'sending', leaseUntil: { $lt: now } },
        { ...fields, status: 'unknown', leaseUntil: null },
      );
    },
    /** `sent` / `unknown` messages due for a status lookup or a final verdict. */
    async findDueForReconcile(now: Date, limit: number): Promise<MessageRecord[]> {
      return (await query().findMany({
        where: {
          status: { $in: ['sent', 'unknown'] },
          nextAttemptAt: { $lte: now },
          $and: [leaseFree(now)],
        },
        orderBy: { nextAttemptAt: 'asc' },
        limit,
        populate: CONVERSATION,
      })) as MessageRecord[];
    },
    /** Next status lookup of a message that is still waiting for a final status. */
    async rescheduleIfUnsettled(id: number, nextAttemptAt: Date): Promise<void> {
      await updateWhere(
        { id, status: { $in: ['sent', 'unknown'] }, nextAttemptAt: { $ne: null } },
        { nextAttemptAt },
      );
    },
    async releaseReconcileClaim(id: number): Promise<void> {
      await updateWhere(
        { id, status: { $in: ['sent', 'unknown', 'delivered', 'failed'] }, leaseUntil: { $ne: null } },
        { leaseUntil: null },
      );
    },
    async claimForReconcile(message: MessageRecord, now: Date, leaseUntil: Date): Promise<boolean> {
      return updateWhere(
        { id: message.id, status: message.status, nextAttemptAt: { $lte: now }, $and: [leaseFree(now)] },
        { leaseUntil },
      );
    },
    /** failed → queued for a manual retry, once: a second click finds it queued and changes nothing. */
    async requeueFailed(id: number, externalId: string): Promise<boolean> {
      return updateWhere(
        { id, status: 'failed' },
        {
          status: 'queued',
          attempts: 0,
          nextAttemptAt: null,
          leaseUntil: null,
          externalId,
          referenceId: null,
          providerStatusCode: null,
          providerStatusDescription: null,
          providerStatusAt: null,
          submittedAt: null,
          lastError: null,
        },
      );
    },
  };
};

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
