import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import {
  assignBodySchema,
  conversationListQuerySchema,
  conversationUpdatesQuerySchema,
} from '../../../shared/contracts/conversations/conversation.schemas';
import type { ConversationListItem } from '../conversations/conversation.types';
import {
  replyBodySchema,
  startConversationBodySchema,
} from '../../../shared/contracts/messages/message.schemas';
import { currentAdminId } from '../utils/admin-user';
import { getService } from '../utils/get-service';
import { parseInput } from '../utils/validate';
import { answeringConflicts } from './conflict-answer';
import { currentAgent } from './current-agent';

/** The inbox: conversations, their threads, lifecycle actions and agents' messages. `:id` is a documentId. */
export const conversationController = ({ strapi }: { strapi: Core.Strapi }) => {
  const conversations = () => getService(strapi, 'conversations');

  /** A lifecycle action: answers the updated conversation, or 409 when its state does not allow it. */
  const lifecycle =
    (action: (id: string, ctx: Context) => Promise<ConversationListItem>) =>
    (ctx: Context): Promise<void> =>
      answeringConflicts(ctx, async () => {
        ctx.body = { data: await action(ctx.params.id, ctx) };
      });

  return {
    async list(ctx: Context): Promise<void> {
      const query = parseInput(conversationListQuerySchema, ctx.query);
      const { results, pagination, counts } = await conversations().list(query, currentAdminId(ctx));
      ctx.body = { data: results, meta: { pagination, counts } };
    },
    async get(ctx: Context): Promise<void> {
      ctx.body = { data: await conversations().findOne(ctx.params.id) };
    },
    async updates(ctx: Context): Promise<void> {
      const { since } = parseInput(conversationUpdatesQuerySchema, ctx.query);
      ctx.body = { data: await conversations().updates(since, currentAdminId(ctx)) };
    },
    /**
     * An agent texts a customer first; answers the conversation with its thread (the customer's
     * conversation with that number when there is one: 403 when it is someone else's).
     */
    async start(ctx: Context): Promise<void> {
      const input = parseInput(startConversationBodySchema, ctx.request.body);
      const { conversationId } = await getService(strapi, 'outbound').startConversation({
        ...input,
        agent: currentAgent(ctx),
      });
      ctx.status = 201;
      ctx.body = { data: await conversations().findOne(conversationId) };
    },
    /**
     * An agent's reply (with Media Library files when the workstream allows); answers the queued
     * message, or 409 when the conversation is closed.
     */
    reply: (ctx: Context): Promise<void> =>
      answeringConflicts(ctx, async () => {
        const { body, attachments } = parseInput(replyBodySchema, ctx.request.body);
        const { message } = await getService(strapi, 'outbound').reply(ctx.params.id, {
          body,
          attachmentIds: attachments ?? [],
          agent: currentAgent(ctx),
        });
        ctx.status = 201;
        ctx.body = { data: message };
      }),
    accept: lifecycle((id, ctx) => conversations().accept(id, currentAgent(ctx))),
    close: lifecycle((id, ctx) => conversations().closeSession(id, currentAgent(ctx))),
    end: lifecycle((id, ctx) => conversations().end(id, currentAgent(ctx))),
    reopen: lifecycle((id, ctx) => conversations().reopen(id, currentAgent(ctx))),
    assign: lifecycle((id, ctx) =>
      conversations().assign(id, parseInput(assignBodySchema, ctx.request.body).userId),
    ),
  };
};
