import type { Core } from '@strapi/strapi';
import type { ConsentService } from '../../consent/consent.service';
import { resolveConsentIntent } from '../../consent/inbound-intent';
import { createConversationThreads } from '../../conversations/conversation-threads';
import type { ConversationRecord } from '../../conversations/conversation.types';
import type { OutboundService } from '../../outbound/outbound.service';
import type { TeleSignInboundAction } from '../../telesign/types';
import { pluginConfig } from '../../utils/plugin-config';

/** What answering a keyword takes: recording consent and queuing the automated reply. */
export interface KeywordReplyServices {
  consent: Pick<ConsentService, 'record' | 'stateOf'>;
  outbound: Pick<OutboundService, 'queueAutomated'>;
}

/** The customer's words as quoted in consent history and review notes. */
const quote = (text: string): string => {
  const characters = Array.from(text.trim());
  return `"${characters.length > 60 ? `${characters.slice(0, 59).join('')}…` : characters.join('')}"`;
};

/**
 * Acts on consent keywords in an inbound SMS, inside the transaction that records the SMS, so a
 * repeated delivery of the same STOP (same TeleSign reference id) can never confirm twice:
 * STOP-family → opted out plus ONE confirmation, sent although the customer is now opted out;
 * START/UNSTOP → opted in plus a confirmation; HELP/INFO → the help text unless opted out; an
 * unclear opt-out → the conversation is flagged for review. A state that does not change (a
 * second STOP) sends nothing.
 */
export const createKeywordReplies = (strapi: Core.Strapi, { consent, outbound }: KeywordReplyServices) => {
  const threads = createConversationThreads(strapi);

  return {
    async handle(
      conversation: ConversationRecord,
      text: string,
      action: TeleSignInboundAction | undefined,
      at: Date,
    ): Promise<void> {
      const intent = resolveConsentIntent(text, action);
      if (!intent) return;
      const texts = pluginConfig(strapi, 'messages');
      const pair = {
        customerNumber: conversation.customerNumber,
        businessNumber: conversation.businessNumber,
      };

      switch (intent.action) {
        case 'opt-out': {
          const { changed } = await consent.record({
            ...pair,
            state: 'opted-out',
            source: 'keyword',
            detail: `Customer texted ${quote(text)}`,
            at,
          });
          if (changed)
            await outbound.queueAutomated(conversation, 'opt-out-confirmation', texts.optOutConfirmation);
          return;
        }
        case 'opt-in': {
          const { changed } = await consent.record({
            ...pair,
            state: 'opted-in',
            source: 'keyword',
            detail: `Customer texted ${quote(text)}`,
            at,
          });
          if (changed)
            await outbound.queueAutomated(conversation, 'opt-in-confirmation', texts.optInConfirmation);
          return;
        }
        case 'help': {
          const { canSend } = await consent.stateOf(pair.customerNumber, pair.businessNumber);
          if (canSend) await outbound.queueAutomated(conversation, 'help', texts.help);
          return;
        }
        case 'possible-opt-out':
          await threads.flagForReview(
            conversation,
            `The customer wrote ${quote(text)}: they may want no more messages. Ask them, or have them text STOP.`,
          );
          return;
      }
    },
  };
};
