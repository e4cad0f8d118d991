import type { Core } from '@strapi/strapi';
import type { AccountRecord } from '../accounts/account.types';
import type { CallbackEventOutcome } from '../callbacks/callback-event.repository';
import type { MessageStatus } from '../messages/message.types';
import { UIDS } from '../utils/uids';

export type AccountWithDigits = AccountRecord & { numbers: Array<{ digits: string }> };

interface TimedText {
  at: string;
  text: string;
}

/** Read-only counts and latest rows for the health report. */
export const createHealthRepository = (strapi: Core.Strapi) => {
  const events = () => strapi.db.query(UIDS.callbackEvent);
  const messages = () => strapi.db.query(UIDS.message);
  const ofNumbers = (digits: string[]) => ({ conversation: { businessNumber: { $in: digits } } });

  return {
    async accounts(): Promise<AccountWithDigits[]> {
      return (await strapi.db.query(UIDS.account).findMany({
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        populate: { numbers: { select: ['digits'], orderBy: { digits: 'asc' } } },
      })) as AccountWithDigits[];
    },
    async lastCallbackAt(accountId: number): Promise<string | null> {
      const row = (await events().findOne({
        select: ['receivedAt'],
        where: { account: { id: accountId } },
        orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
      })) as { receivedAt: string } | null;
      return row?.receivedAt ?? null;
    },
    async countMessages(digits: string[], status: MessageStatus): Promise<number> {
      if (digits.length === 0) return 0;
      return messages().count({ where: { status, ...ofNumbers(digits) } });
    },
    /**
     * The latest error of a message that did not go out: given up on, blocked, waiting for its next
     * attempt (during a TeleSign outage, the reason sending is paused), or with an unknown outcome.
     */
    async lastSendProblem(digits: string[]): Promise<TimedText | null> {
      if (digits.length === 0) return null;
      const row = (await messages().findOne({
        select: ['updatedAt', 'lastError'],
        where: {
          status: { $in: ['failed', 'blocked', 'queued', 'unknown'] },
          lastError: { $notNull: true },
          ...ofNumbers(digits),
        },
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      })) as { updatedAt: string; lastError: string } | null;
      return row ? { at: row.updatedAt, text: row.lastError } : null;
    },
    /** Failing (still unprocessed) or set-aside events of the account, latest first. */
    async lastCallbackProblem(accountId: number): Promise<TimedText | null> {
      const row = (await events().findOne({
        select: ['updatedAt', 'processingError'],
        where: {
          account: { id: accountId },
          processingError: { $notNull: true },
          $or: [
            { processedAt: null },
            { outcome: { $in: ['unsupported', 'unroutable', 'unmatched', 'other-account', 'invalid'] } },
          ],
        },
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      })) as { updatedAt: string; processingError: string } | null;
      return row ? { at: row.updatedAt, text: row.processingError } : null;
    },
    async countUnprocessed(): Promise<number> {
      return events().count({ where: { processedAt: null } });
    },
    async countFailing(): Promise<number> {
      return events().count({ where: { processedAt: null, processingAttempts: { $gt: 0 } } });
    },
    async oldestUnprocessedAt(): Promise<string | null> {
      const row = (await events().findOne({
        select: ['receivedAt'],
        where: { processedAt: null },
        orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
      })) as { receivedAt: string } | null;
      return row?.receivedAt ?? null;
    },
    async countOutcome(outcome: CallbackEventOutcome): Promise<number> {
      return events().count({ where: { outcome } });
    },
    async countConversationsWithoutWorkstream(): Promise<number> {
      return strapi.db.query(UIDS.conversation).count({
        where: { status: { $ne: 'closed' }, workstream: { id: { $null: true } } },
      });
    },
  };
};
