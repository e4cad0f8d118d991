import { z } from 'zod';
import { CONVERSATION_STATUSES } from '../content-types/conversation';
import { paginationQuerySchema } from '../utils/pagination';
import type { ConversationStatus } from './conversation-lifecycle';

const STATUS_LIST = CONVERSATION_STATUSES.join(', ');
const isStatus = (value: string): value is ConversationStatus =>
  (CONVERSATION_STATUSES as readonly string[]).includes(value);

/** An inbox page is a screenful; the setup lists' default of 100 would be slow to render. */
const DEFAULT_PAGE_SIZE = 25;

export const QUEUES = ['open', 'mine', 'waiting', 'closed'] as const;
export type Queue = (typeof QUEUES)[number];

/** `GET /sms-channel/conversations` query string. */
export const conversationListQuerySchema = z.object({
  status: z
    .string({ error: `status must be one or more of ${STATUS_LIST}, separated by commas.` })
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .superRefine((values, ctx) => {
      const unknown = values.filter((value) => !isStatus(value));
      if (unknown.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `status "${unknown.join('", "')}" is not one of ${STATUS_LIST} (several may be given, separated by commas).`,
        });
      }
    })
    .transform((values) => values.filter(isStatus))
    .optional(),
  assignee: z
    .string()
    .regex(/^(me|none|[1-9]\d*)$/, 'assignee must be "me", "none" or the id of an admin user.')
    .optional(),
  queue: z.enum(QUEUES, { error: `queue must be one of ${QUEUES.join(', ')}.` }).optional(),
  q: z.string().trim().max(100, 'q (the search text) can be at most 100 characters.').optional(),
  page: paginationQuerySchema.shape.page,
  pageSize: paginationQuerySchema.shape.pageSize.unwrap().default(DEFAULT_PAGE_SIZE),
});

export type ConversationListInput = z.output<typeof conversationListQuerySchema>;

/** `GET /sms-channel/conversations/updates`: `since` is the cursor of the previous answer, if any. */
export const conversationUpdatesQuerySchema = z.object({
  since: z
    .string()
    .regex(/^\d{1,15}$/, 'since must be the cursor of a previous answer (leave it out on the first call).')
    .transform(Number)
    .optional(),
});

/** `POST /sms-channel/conversations/:id/assign`. */
export const assignBodySchema = z.strictObject({
  userId: z
    .number({ error: 'userId must be the id of an admin user who may reply (see GET /sms-channel/agents).' })
    .int('userId must be a whole number: the id of an admin user.')
    .positive('userId must be a whole number from 1 up: the id of an admin user.'),
});
