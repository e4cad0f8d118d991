import type { MessageView } from '../messages/message.types';

/** What `outbound.send()` and the reply endpoints answer: the stored message, still `queued`. */
export interface QueuedMessage {
  /** documentId of the conversation the message was added to (opened when there was none). */
  conversationId: string;
  message: MessageView;
}
