import { z } from 'zod';

import { NUMBER_TYPES } from '../../../shared/contracts/numbers/number.types';

import type {
  NumberCreateBody,
  NumberUpdateBody,
  NumberView,
  SendingNumberView,
} from '../../../shared/contracts/numbers/number.types';

import { LIST, TAGS, smsApi } from './smsApi';

const numberUrl = (documentId: string) => `/sms-channel/numbers/${encodeURIComponent(documentId)}`;

const workstreamRefSchema = z.object({ documentId: z.string(), name: z.string() });

/** A business number as the admin API returns it; `satisfies` keeps it in step with the server's type. */
const numberSchema = z.object({
  documentId: z.string(),
  number: z.string(),
  type: z.enum(NUMBER_TYPES),
  description: z.string().nullable(),
  workstream: workstreamRefSchema.nullable(),
}) satisfies z.ZodType<NumberView>;

const numberAnswerSchema = z.object({ data: numberSchema });

/** A number agents may text from, with its account (`GET /sms-channel/numbers`). */
const sendingNumberSchema = numberSchema.extend({
  account: z.object({ documentId: z.string(), name: z.string() }),
}) satisfies z.ZodType<SendingNumberView>;

type SendingNumber = z.infer<typeof sendingNumberSchema>;

type SmsNumber = z.infer<typeof numberSchema>;
type NumberType = SmsNumber['type'];

const parseNumber = (answer: unknown): SmsNumber => numberAnswerSchema.parse(answer).data;

/** A number belongs to an account (whose view lists it) and maybe a workstream (likewise). */
const numberChangeTags = (accountId: string) => [
  { type: TAGS.account, id: accountId },
  { type: TAGS.account, id: LIST },
  TAGS.workstream,
  TAGS.sendingNumber,
];

const numbersApi = smsApi.injectEndpoints({
  endpoints: (build) => ({
    /** Every business number, readable with inbox-reply (agents need not see the account settings). */
    smsSendingNumbers: build.query<SendingNumber[], void>({
      query: () => '/sms-channel/numbers',
      transformResponse: (answer: unknown) =>
        z.object({ data: z.array(sendingNumberSchema) }).parse(answer).data,
      providesTags: [TAGS.sendingNumber],
    }),
    smsCreateNumber: build.mutation<SmsNumber, { accountId: string; body: NumberCreateBody }>({
      query: ({ accountId, body }) => ({
        url: `/sms-channel/accounts/${encodeURIComponent(accountId)}/numbers`,
        method: 'POST',
        data: body,
      }),
      transformResponse: parseNumber,
      invalidatesTags: (_number, _error, { accountId }) => numberChangeTags(accountId),
    }),
    smsUpdateNumber: build.mutation<
      SmsNumber,
      { accountId: string; documentId: string; body: NumberUpdateBody }
    >({
      query: ({ documentId, body }) => ({ url: numberUrl(documentId), method: 'PUT', data: body }),
      transformResponse: parseNumber,
      invalidatesTags: (_number, _error, { accountId }) => numberChangeTags(accountId),
    }),
    smsDeleteNumber: build.mutation<void, { accountId: string; documentId: string }>({
      query: ({ documentId }) => ({ url: numberUrl(documentId), method: 'DELETE' }),
      invalidatesTags: (_result, _error, { accountId }) => numberChangeTags(accountId),
    }),
  }),
});

export const {
  useSmsCreateNumberMutation,
  useSmsDeleteNumberMutation,
  useSmsSendingNumbersQuery,
  useSmsUpdateNumberMutation,
} = numbersApi;

export { NUMBER_TYPES, numberSchema, type NumberType, type SendingNumber, type SmsNumber };
