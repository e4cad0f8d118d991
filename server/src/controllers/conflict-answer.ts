import type { Context } from 'koa';
import { ConversationConflictError } from '../conversations/conversation-conflict.error';

/**
 * Runs `work`, answering a ConversationConflictError with 409 in Strapi's error shape: Strapi's
 * error middleware only knows 400–429 for its own error classes, and has no conflict among them.
 */
export const answeringConflicts = async (ctx: Context, work: () => Promise<void>): Promise<void> => {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof ConversationConflictError)) throw error;
    ctx.status = 409;
    ctx.body = {
      data: null,
      error: { status: 409, name: error.name, message: error.message, details: error.details },
    };
  }
};
