import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { errorArguments } from '../../../shared/contracts/errors/problem';
import type { ConsentService } from '../consent/consent.service';
import type { Agent } from '../conversations/conversation-access';
import { createConversationRepository } from '../conversations/conversation.repository';
import {
  createConversationThreads,
  sentByOf,
  type FirstMessageSender,
} from '../conversations/conversation-threads';
import type { ConversationRecord } from '../conversations/conversation.types';
import { inTransaction, type TransactionScope } from '../database/transaction';
import type { PluginEventBus } from '../events/plugin-events';
import { createMessageRepository } from '../messages/message.repository';
import type { MessageAttachment, MessageAutomation, MessageRecord } from '../messages/message.types';
import { toMessageView } from '../messages/message.view';
import { previewOf } from '../messages/preview';
import { createNumberRepository } from '../numbers/number.repository';
import { parseInput } from '../utils/validate';
import { createAttachmentLinks } from './attachment-links';
import { sendInputSchema, type SendInput } from './outbound.schemas';
import type { QueuedMessage } from './outbound.types';
import { createOutboxRepository } from './outbox.repository';

interface NewOutboundMessage {
  conversation: ConversationRecord;
  body: string;
  sentById: number | null;
  automation?: MessageAutomation;
  attachments?: MessageAttachment[];
}

/**
 * The one way SMS leave the plugin: agents' replies, conversations agents start, automated
 * answers and other Strapi code all queue here. Queuing writes the message (`queued`) in the same
 * transaction as the conversation change, so an accepted request is never lost (an outbox); the
 * sender loop then delivers it. Opted-out customers are refused before anything is stored.
 */
export const outboundService = ({
  strapi,
  consent,
  events,
}: {
  strapi: Core.Strapi;
  consent: Pick<ConsentService, 'assertCanSend'>;
  events: PluginEventBus;
}) => {
  const conversations = createConversationRepository(strapi);
  const threads = createConversationThreads(strapi);
  const messages = createMessageRepository(strapi);
  const numbers = createNumberRepository(strapi);
  const outbox = createOutboxRepository(strapi);
  const attachmentLinks = createAttachmentLinks(strapi);

  /** Adds a queued message to a conversation that the caller has already found or opened. */
  const enqueue = async (message: NewOutboundMessage, scope: TransactionScope): Promise<MessageRecord> => {
    const stored = await messages.create({
      conversationId: message.conversation.id,
      direction: message.automation ? 'automated' : 'outbound',
      body: message.body,
      status: 'queued',
      sentById: message.sentById,
      automation: message.automation,
      attachments: message.attachments,
    });
    scope.onCommit(() =>
      events.publish('message.queued', { messageId: stored.id, conversationId: message.conversation.id }),
    );
    return stored;
  };

  const sendFromNumber = async (
    number: { digits: string; workstream?: { id: number } | null },
    to: string,
    body: string,
    sender: FirstMessageSender,
  ): Promise<QueuedMessage> => {
    await consent.assertCanSend(to, number.digits);
    const at = new Date();
    return inTransaction(strapi, async (scope) => {
      const conversation = await threads.forBusinessMessage(
        { customerNumber: to, businessNumber: number.digits, workstreamId: number.workstream?.id ?? null },
        sender,
        at,
        previewOf(body),
      );
      const message = await enqueue({ conversation, body, sentById: sentByOf(sender) }, scope);
      return { conversationId: conversation.documentId, message: toMessageView(message) };
    });
  };

  return {
    /**
     * Queues an SMS from one of the plugin's business numbers to a customer, in the pair's open
     * conversation (or a new one, `waiting` for the customer's answer, or `active` with the agent
     * given as `sentById`). Resolves once the message is stored as `queued`; the sender loop
     * delivers it in the background and delivery reports move it to `delivered` or `failed`.
     *
     * @example
     * await strapi.plugin('sms-channel').service('outbound').send({
     *   from: '14255550100', // a business number set up in the plugin: digits with country code
     *   to: '15551234567', // the customer: digits with country code, no "+"
     *   body: 'Your order has shipped.', // at most 1,600 characters
     * });
     *
     * @throws ValidationError (400) when a number is malformed or the body is empty or too long.
     * @throws NotFoundError (404) when `from` is not a business number of the plugin.
     * @throws ConsentBlockedError (400) when the customer opted out of this business number.
     */
    async send(input: SendInput): Promise<QueuedMessage> {
      const { from, to, body, sentById } = parseInput(sendInputSchema, input);
      const number = await numbers.findByDigits(from);
      if (!number) {
        throw new errors.NotFoundError(...errorArguments('message.from.notBusinessNumber', { from }));
      }
      return sendFromNumber(number, to, body, { sentById: sentById ?? null });
    },

    /**
     * An agent texts a customer from a business number (by documentId); input parsed by the
     * caller. When the customer already has a conversation with that number, the message joins it
     * under the same rule as a reply (see stateAfterAgentMessage).
     */
    async startConversation(input: {
      numberId: string;
      to: string;
      body: string;
      agent: Agent;
    }): Promise<QueuedMessage> {
      const number = await numbers.findByDocumentId(input.numberId);
      if (!number) {
        throw new errors.NotFoundError(...errorArguments('message.numberId.unknown', { id: input.numberId }));
      }
      return sendFromNumber(number, input.to, input.body, { agent: input.agent });
    },

    /**
     * An agent's reply in a conversation (by documentId), with links to Media Library files when
     * the workstream lets agents send attachments; input parsed by the caller. Checked, and an
     * unassigned conversation claimed, in the transaction that queues it (see stateAfterAgentMessage).
     */
    async reply(
      conversationId: string,
      input: { body: string; attachmentIds: number[]; agent: Agent },
    ): Promise<QueuedMessage> {
      return inTransaction(strapi, async (scope) => {
        const found = await conversations.findByDocumentId(conversationId);
        if (!found) {
          throw new errors.NotFoundError(...errorArguments('conversation.notFound', { id: conversationId }));
        }
        const conversation = await threads.claimForAgent(found.id, input.agent);
        const { body, attachments } = await attachmentLinks.attach(
          input.body,
          input.attachmentIds,
          conversation.workstream,
        );
        await consent.assertCanSend(conversation.customerNumber, conversation.businessNumber);
        const updated = await threads.append(conversation, new Date(), {
          preview: previewOf(body),
          direction: 'outbound',
        });
        const message = await enqueue(
          { conversation: updated, body, sentById: input.agent.id, attachments },
          scope,
        );
        return { conversationId: updated.documentId, message: toMessageView(message) };
      });
    },

    /**
     * Queues a failed message again, once: a second request finds it queued and is refused. It
     * gets a new external id, so a late report of the failed try cannot settle the new one. The
     * agent who asks is held to the rule of a reply (see stateAfterAgentMessage).
     */
    async retry(messageId: string, agent: Agent): Promise<QueuedMessage> {
      const message = await messages.findByDocumentId(messageId);
      if (!message?.conversation) {
        throw new errors.NotFoundError(...errorArguments('message.notFound', { id: messageId }));
      }
      if (message.direction === 'inbound') {
        throw new errors.ApplicationError(...errorArguments('message.retry.inbound'));
      }
      if (message.status !== 'failed') {
        throw new errors.ApplicationError(
          ...errorArguments('message.retry.notFailed', { status: message.status }),
        );
      }
      const conversationId = message.conversation.id;
      return inTransaction(strapi, async (scope) => {
        const { customerNumber, businessNumber, documentId } = await threads.claimForAgent(
          conversationId,
          agent,
        );
        if (message.automation !== 'opt-out-confirmation') {
          await consent.assertCanSend(customerNumber, businessNumber);
        }
        const externalId = `${message.documentId}-${randomBytes(4).toString('hex')}`;
        if (!(await outbox.requeueFailed(message.id, externalId))) {
          throw new errors.ApplicationError(...errorArguments('message.retry.raced'));
        }
        scope.onCommit(() => events.publish('message.queued', { messageId: message.id, conversationId }));
        return {
          conversationId: documentId,
          message: toMessageView((await messages.findById(message.id)) as MessageRecord),
        };
      });
    },

    /**
     * A message the plugin sends by itself (keyword answers), inside the caller's transaction.
     * Consent is the caller's decision: the opt-out confirmation goes to a customer who just opted out.
     */
    async queueAutomated(
      conversation: ConversationRecord,
      automation: MessageAutomation,
      body: string,
    ): Promise<MessageRecord> {
      return inTransaction(strapi, async (scope) => {
        const updated = await threads.append(conversation, new Date(), {
          preview: previewOf(body),
          direction: 'automated',
        });
        return enqueue({ conversation: updated, body, sentById: null, automation }, scope);
      });
    },
  };
};

export type OutboundService = ReturnType<typeof outboundService>;
