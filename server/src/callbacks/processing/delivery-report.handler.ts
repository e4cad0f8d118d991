import type { Core } from '@strapi/strapi';
import type { ConsentService } from '../../consent/consent.service';
import { createMessageRepository } from '../../messages/message.repository';
import type { MessageRecord } from '../../messages/message.types';
import { createNumberRepository } from '../../numbers/number.repository';
import { createDeliveryStatusUpdater } from '../../outbound/delivery-status';
import type { TeleSignDeliveryReport } from '../../telesign/types';
import type { CallbackEventRecord } from '../callback-event.repository';
import { done, later, type ProcessingResult } from './processing-result';

/**
 * A delivery report, matched to its message by TeleSign's reference id, or by the external id we
 * sent (the message's) when the report beat the send's answer or the answer was lost. A report
 * that matches nothing yet is tried again later rather than dropped. A report about a message sent
 * from another account's number is set aside: message ids are seen by every inbox reader, and a
 * report signed with one account's key must not fail (or opt out) another account's messages.
 */
export const createDeliveryReportHandler = (strapi: Core.Strapi, consent: Pick<ConsentService, 'record'>) => {
  const messages = createMessageRepository(strapi);
  const numbers = createNumberRepository(strapi);
  const statuses = createDeliveryStatusUpdater(strapi, consent);

  const findMessage = async (report: TeleSignDeliveryReport): Promise<MessageRecord | null> => {
    const byReference = await messages.findByReferenceId(report.reference_id);
    if (byReference) return byReference;
    if (!report.external_id) return null;
    const byExternal = await messages.findByExternalId(report.external_id);
    // Another reference id means the report is about an earlier TeleSign transaction of that row.
    if (byExternal?.referenceId && byExternal.referenceId !== report.reference_id) return null;
    return byExternal;
  };

  const isOfAccount = async (message: MessageRecord, event: CallbackEventRecord): Promise<boolean> =>
    Boolean(
      event.account &&
      message.conversation &&
      (await numbers.isOfAccount(message.conversation.businessNumber, event.account.id)),
    );

  return async (event: CallbackEventRecord, report: TeleSignDeliveryReport): Promise<ProcessingResult> => {
    const message = await findMessage(report);
    if (!message) {
      return later(
        `No message has TeleSign reference id ${report.reference_id}` +
          `${report.external_id ? ` or external id ${report.external_id}` : ''} yet.`,
      );
    }
    if (!(await isOfAccount(message, event))) {
      return done(
        'other-account',
        `Set aside: message ${message.documentId} was not sent from a number of the account this callback URL belongs to.`,
      );
    }
    await statuses.apply(
      message,
      {
        code: report.status.code,
        description: report.status.description,
        updatedOn: report.status.updated_on,
        referenceId: report.reference_id,
      },
      'delivery report',
    );
    return done('applied');
  };
};
