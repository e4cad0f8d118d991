import { z } from 'zod';

import { smsApi } from './smsApi';

import type { AccountHealth } from '../../../shared/contracts/health/health.types';

/** What the account page shows of `GET /sms-channel/health` for one account. */
const accountActivitySchema = z.object({
  documentId: z.string(),
  lastError: z
    .object({ at: z.string(), source: z.enum(['send', 'callback']), message: z.string() })
    .nullable(),
  queue: z.object({ queued: z.number(), sending: z.number(), unknown: z.number() }),
  sendingPausedUntil: z.string().nullable(),
}) satisfies z.ZodType<Pick<AccountHealth, 'documentId' | 'lastError' | 'queue' | 'sendingPausedUntil'>>;

const healthAnswerSchema = z.object({
  data: z.object({
    accounts: z.array(accountActivitySchema),
    sender: z.object({ enabled: z.boolean() }),
  }),
});

type AccountActivity = z.infer<typeof accountActivitySchema> & {
  /** False when this Strapi process sends nothing (`sender.enabled: false`). */
  senderEnabled: boolean;
};

const healthApi = smsApi.injectEndpoints({
  endpoints: (build) => ({
    /** The account's sending state, messages on their way and latest problem; null if it is gone. */
    smsAccountActivity: build.query<AccountActivity | null, string>({
      query: () => '/sms-channel/health',
      transformResponse: (answer: unknown, _meta, documentId) => {
        const { accounts, sender } = healthAnswerSchema.parse(answer).data;
        const account = accounts.find((candidate) => candidate.documentId === documentId);
        return account ? { ...account, senderEnabled: sender.enabled } : null;
      },
    }),
  }),
});

const { useSmsAccountActivityQuery } = healthApi;

export { useSmsAccountActivityQuery, type AccountActivity };
