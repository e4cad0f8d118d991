import { z } from 'zod';
import { MAX_MESSAGE_CHARACTERS } from '../../../shared/contracts/messages/segments';

const text = (name: string) =>
  z
    .string({ error: `messages.${name} must be text` })
    .refine((value) => value.trim() !== '', `messages.${name} must not be empty`)
    .refine(
      (value) => Array.from(value).length <= MAX_MESSAGE_CHARACTERS,
      `messages.${name} must be at most ${MAX_MESSAGE_CHARACTERS} characters`,
    );

/** The texts the plugin sends by itself in answer to consent keywords. */
export const automatedMessagesConfigSchema = z.object({
  /** Answer to HELP / INFO (not sent to a customer who opted out). */
  help: text('help'),
  /** The one message sent after STOP, though the customer is now opted out. */
  optOutConfirmation: text('optOutConfirmation'),
  /** Sent after START / UNSTOP. */
  optInConfirmation: text('optInConfirmation'),
});

export type AutomatedMessagesConfig = z.infer<typeof automatedMessagesConfigSchema>;

// One segment each (GSM-7, at most 160 characters), as carriers' guidelines ask of these replies.
export const defaultAutomatedMessages: AutomatedMessagesConfig = {
  help: 'Customer service: reply with your question and an agent will answer. Reply STOP to opt out. Msg & data rates may apply.',
  optOutConfirmation:
    'You are unsubscribed and will get no more messages from this number. Reply START to subscribe again.',
  optInConfirmation:
    'You are subscribed again and can get messages from this number. Reply STOP to opt out. Msg & data rates may apply.',
};
