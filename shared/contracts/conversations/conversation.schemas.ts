import { z } from 'zod';
import { codedIssue } from '../errors/problem';
import { paginationQuerySchema } from '../pagination';
import { CONVERSATION_STATUSES, type ConversationStatus } from './conversation.types';

const STATUS_LIST = CONVERSATION_STATUSES.join(', ');
const isStatus = (value: string): value is ConversationStatus =>
  (CONVERSATION_STATUSES as readonly string[]).includes(value);

/** An inbox page is a screenful; the setup lists' default of 100 would be slow to render. */
const DEFAULT_PAGE_SIZE = 25;

/** The longest search text: more than any number or phrase an agent looks for. */
const MAX_SEARCH_LENGTH = 100;

export const QUEUES = ['open', 'mine', 'waiting', 'closed'] as const;
export type Queue = (typeof QUEUES)[number];

/** `GET /sms-channel/conversations` query string. */
export const conversationListQuerySchema = z.object({
  status: z
    .string({ error: codedIssue('conversation.query.status.notText', { statuses: STATUS_LIST }) })
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
          message: codedIssue('conversation.query.status.unknown', {
            unknown: unknown.join('", "'),
            statuses: STATUS_LIST,
          }),
        });
      }
    })
    .transform((values) => values.filter(isStatus))
    .optional(),
  assignee: z
    .string()
    .regex(/^(me|none|[1-9]\d*)$/, codedIssue('conversation.query.assignee.invalid'))
    .optional(),
  queue: z
    .enum(QUEUES, { error: codedIssue('conversation.query.queue.invalid', { queues: QUEUES.join(', ') }) })
    .optional(),
  q: z
    .string()
    .trim()
    .max(MAX_SEARCH_LENGTH, codedIssue('conversation.query.search.tooLong', { max: MAX_SEARCH_LENGTH }))
    .optional(),
  page: paginationQuerySchema.shape.page,
  pageSize: paginationQuerySchema.shape.pageSize.unwrap().default(DEFAULT_PAGE_SIZE),
});

export type ConversationListInput = z.output<typeof conversationListQuerySchema>;

/** `GET /sms-channel/conversations/updates`: `since` is the cursor of the previous answer, if any. */
export const conversationUpdatesQuerySchema = z.object({
  since: z
    .string()
    .regex(/^\d{1,15}$/, codedIssue('conversation.query.since.invalid'))
    .transform(Number)
    .optional(),
});

/** `POST /sms-channel/conversations/:id/assign`. */
export const assignBodySchema = z.strictObject({
  userId: z
    .number({ error: codedIssue('conversation.assign.userId.invalid') })
    .int(codedIssue('conversation.assign.userId.notWhole'))
    .positive(codedIssue('conversation.assign.userId.notPositive')),
});
