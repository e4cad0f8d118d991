import type { Core } from '@strapi/strapi';
import { linkTable } from '../database/link-table';
import { tableColumns } from '../database/table-columns';
import type { MessageRecord } from '../messages/message.types';
import { UIDS } from '../utils/uids';

/** What the sender reads of a due message: only what sending it needs. */
export interface DueMessage extends Pick<
  MessageRecord,
  | 'id'
  | 'documentId'
  | 'body'
  | 'segments'
  | 'status'
  | 'attempts'
  | 'externalId'
  | 'automation'
  | 'conversation'
> {
  /**
   * The customer had opted out of the conversation's business number when the row was read: the
   * consent service then has the last word (and the words for why); other messages need no look.
   */
  optedOut: boolean;
}

type Row = Record<string, unknown>;

const MESSAGE_ATTRIBUTES = [
  'id',
  'documentId',
  'body',
  'segments',
  'status',
  'attempts',
  'externalId',
  'automation',
] as const;

const text = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);
const integer = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

/**
 * Reads due `queued` messages with their conversation's two numbers and the pair's consent state
 * in one statement, where the query engine would send three (message, populated conversation,
 * consent) and build every row twice: the sender reads the outbox several times a second while it
 * drains.
 */
export const createDueMessages = (strapi: Core.Strapi) => {
  const message = tableColumns(strapi, UIDS.message);
  const conversation = tableColumns(strapi, UIDS.conversation);
  const consent = tableColumns(strapi, UIDS.consent);
  const link = linkTable(strapi, UIDS.message, 'conversation');
  const schema = strapi.db.getSchemaName();
  const linkName = schema ? `${schema}.${link.name}` : link.name;
  const m = (attribute: string) => `m.${message.column(attribute)}`;
  const c = (attribute: string) => `c.${conversation.column(attribute)}`;
  const k = (attribute: string) => `k.${consent.column(attribute)}`;
  const columns = {
    ...Object.fromEntries(MESSAGE_ATTRIBUTES.map((attribute) => [attribute, m(attribute)])),
    conversationId: c('id'),
    conversationDocumentId: c('documentId'),
    customerNumber: c('customerNumber'),
    businessNumber: c('businessNumber'),
    consentState: k('state'),
  };

  const toDueMessage = (row: Row): DueMessage => ({
    id: Number(row.id),
    documentId: String(row.documentId),
    body: String(row.body),
    segments: integer(row.segments),
    status: row.status as DueMessage['status'],
    attempts: Number(row.attempts),
    externalId: text(row.externalId),
    automation: text(row.automation) as DueMessage['automation'],
    conversation:
      row.conversationId === null || row.conversationId === undefined
        ? null
        : {
            id: Number(row.conversationId),
            documentId: String(row.conversationDocumentId),
            customerNumber: String(row.customerNumber),
            businessNumber: String(row.businessNumber),
          },
    optedOut: row.consentState === 'opted-out',
  });

  return {
    /** Queued messages whose time has come, oldest first, after the message `afterId` if given. */
    async read(now: Date, limit: number, afterId = 0): Promise<DueMessage[]> {
      const knex = strapi.db.connection;
      // The messages are picked first and only they are joined: the planner then never walks the
      // outbox's sent rows through the joins.
      const picked = knex
        .select(MESSAGE_ATTRIBUTES.map((attribute) => message.column(attribute)))
        .from(message.qualifiedName)
        .where(message.column('status'), 'queued')
        .andWhere((due) =>
          due.whereNull(message.column('nextAttemptAt')).orWhere(message.column('nextAttemptAt'), '<=', now),
        )
        .andWhere(message.column('id'), '>', afterId)
        .orderBy(message.column('id'), 'asc')
        .limit(limit)
        .as('m');
      const rows = (await knex
        .select(columns)
        .from(picked)
        .leftJoin({ l: linkName }, `l.${link.ownerColumn}`, m('id'))
        .leftJoin({ c: conversation.qualifiedName }, c('id'), `l.${link.targetColumn}`)
        .leftJoin({ k: consent.qualifiedName }, (pair) =>
          pair.on(k('customerNumber'), c('customerNumber')).andOn(k('businessNumber'), c('businessNumber')),
        )
        .orderBy(m('id'), 'asc')) as Row[];
      return rows.map(toDueMessage);
    },
  };
};
