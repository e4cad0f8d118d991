import type { Core } from '@strapi/strapi';
import { UIDS } from '../../utils/uids';

/**
 * Moves the account's "last callback received" forward to `at` (events may be processed out of
 * order after a restart). Outside the event's transaction: every event of an account would
 * otherwise queue behind one hot row.
 */
export const markCallbackActivity = async (
  strapi: Core.Strapi,
  accountId: number,
  at: Date,
): Promise<void> => {
  await strapi.db.query(UIDS.account).updateMany({
    where: { id: accountId, $or: [{ lastCallbackAt: null }, { lastCallbackAt: { $lt: at } }] },
    data: { lastCallbackAt: at },
  });
};
