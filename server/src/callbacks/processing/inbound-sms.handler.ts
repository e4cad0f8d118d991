import type { Core } from '@strapi/strapi';
import { createConversationThreads } from '../../conversations/conversation-threads';
import { createMessageRepository } from '../../messages/message.repository';
import { previewOf } from '../../messages/preview';
import { createNumberRepository } from '../../numbers/number.repository';
import type { TeleSignInboundMessage } from '../../telesign/types';
import type { CallbackEventRecord } from '../callback-event.repository';
import {
  describeCallbackValue,
  normalizeBusinessNumber,
  normalizeCustomerNumber,
} from './callback-phone-number';
import { createKeywordReplies, type KeywordReplyServices } from './keyword-replies';
import { done, type ProcessingResult } from './processing-result';

const NOT_A_PHONE_NUMBER = 'is not a phone number (digits with the country code, e.g. 15551235513)';

/**
 * A customer's SMS (`mo_sms`): threaded into the pair's open conversation (or a new one), stored
 * with its TeleSign reference id (unique: the same SMS is never stored twice), then consent
 * keywords are acted on. Only an SMS to one of the numbers of the account whose URL and key it
 * came with is applied; any other is set aside, so one account's callbacks never open threads, opt
 * customers out or queue replies on another account's numbers. An SMS to a number of the account
 * without a workstream is kept (in a conversation without workstream) and reported as unroutable.
 */
export const createInboundSmsHandler = (strapi: Core.Strapi, services: KeywordReplyServices) => {
  const messages = createMessageRepository(strapi);
  const threads = createConversationThreads(strapi);
  const numbers = createNumberRepository(strapi);
  const keywords = createKeywordReplies(strapi, services);

  return async (event: CallbackEventRecord, inbound: TeleSignInboundMessage): Promise<ProcessingResult> => {
    const customerNumber = normalizeCustomerNumber(inbound.user_response.phone_number);
    if (!customerNumber) {
      return done(
        'invalid',
        `Set aside: phone_number ${describeCallbackValue(inbound.user_response.phone_number)} ${NOT_A_PHONE_NUMBER}.`,
      );
    }
    const businessNumber = normalizeBusinessNumber(inbound.user_response.sender_id);
    if (!businessNumber) {
      return done(
        'invalid',
        `Set aside: sender_id ${describeCallbackValue(inbound.user_response.sender_id)} ${NOT_A_PHONE_NUMBER}.`,
      );
    }
    const number = await numbers.findByDigits(businessNumber);
    if (!number || !event.account || number.account?.id !== event.account.id) {
      return done(
        'other-account',
        `Set aside: ${businessNumber} is not a number of the account this callback URL belongs to. ` +
          'If it should be, add it to that account under Setup → SMS numbers.',
      );
    }
    if (await messages.findByReferenceId(inbound.reference_id)) {
      return done('applied', 'This SMS had already been recorded.');
    }
    const receivedAt = new Date(event.receivedAt);
    // PostgreSQL text cannot hold NUL, and no handset means one.
    const body = inbound.user_response.mo_message.replaceAll('\u0000', '');

    const conversation = await threads.forCustomerMessage(
      { customerNumber, businessNumber, workstreamId: number.workstream?.id ?? null },
      receivedAt,
      previewOf(body),
    );
    await messages.insert({
      conversationId: conversation.id,
      direction: 'inbound',
      body,
      status: 'received',
      referenceId: inbound.reference_id,
      providerStatus: {
        code: inbound.status.code,
        description: inbound.status.description.slice(0, 255),
        at: receivedAt,
      },
    });
    await keywords.handle(conversation, body, inbound.user_response.action, receivedAt);

    if (!number.workstream) {
      return done(
        'unroutable',
        `${businessNumber} is in no workstream, so no agent queue receives this conversation. Add the number to a workstream.`,
      );
    }
    return done('applied');
  };
};
