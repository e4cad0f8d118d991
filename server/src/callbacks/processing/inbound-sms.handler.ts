import type { Core } from '@strapi/strapi';
import { createKeywordReplies } from '../../consent/keyword-replies';
import { createConversationThreads } from '../../conversations/conversation-threads';
import { createMessageRepository } from '../../messages/message.repository';
import { previewOf } from '../../messages/preview';
import { createNumberRepository } from '../../numbers/number.repository';
import type { TeleSignInboundMessage } from '../../telesign/types';
import type { CallbackEventRecord } from '../callback-event.repository';
import { done, type ProcessingResult } from './processing-result';

/** TeleSign writes numbers as digits; a stray "+" must not split one customer into two threads. */
const digitsOf = (value: string): string => value.trim().replace(/^\+/, '');

/**
 * A customer's SMS (`mo_sms`): threaded into the pair's open conversation (or a new one), stored
 * with its TeleSign reference id (unique: the same SMS is never stored twice), then consent
 * keywords are acted on. An SMS to a number without a workstream, or to a number the plugin does
 * not know, is kept all the same (in a conversation without workstream) and reported as unroutable.
 */
export const createInboundSmsHandler = (strapi: Core.Strapi) => {
  const messages = createMessageRepository(strapi);
  const threads = createConversationThreads(strapi);
  const numbers = createNumberRepository(strapi);
  const keywords = createKeywordReplies(strapi);

  return async (event: CallbackEventRecord, inbound: TeleSignInboundMessage): Promise<ProcessingResult> => {
    if (await messages.findByReferenceId(inbound.reference_id)) {
      return done('applied', 'This SMS had already been recorded.');
    }
    const customerNumber = digitsOf(inbound.user_response.phone_number);
    const businessNumber = digitsOf(inbound.user_response.sender_id);
    const number = await numbers.findByDigits(businessNumber);
    const receivedAt = new Date(event.receivedAt);
    // PostgreSQL text cannot hold NUL, and no handset means one.
    const body = inbound.user_response.mo_message.replaceAll('\u0000', '');

    const conversation = await threads.receive(
      { customerNumber, businessNumber, workstreamId: number?.workstream?.id ?? null },
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
    await keywords.handle(
      conversation,
      body,
      inbound.user_response.action,
      receivedAt,
      Boolean(number?.account),
    );

    if (!number) {
      return done(
        'unroutable',
        `${businessNumber} is not one of the plugin's SMS numbers, so no workstream routes this conversation. Add the number under Setup → SMS numbers and to a workstream.`,
      );
    }
    if (!number.workstream) {
      return done(
        'unroutable',
        `${businessNumber} is in no workstream, so no agent queue receives this conversation. Add the number to a workstream.`,
      );
    }
    return done('applied');
  };
};
