import { z } from 'zod';

import { numberSchema } from './numbers';
import { fetchAllPages } from './pages';
import { LIST, TAGS, smsApi } from './smsApi';

import type {
  WorkstreamCreateBody,
  WorkstreamOptions,
  WorkstreamUpdateBody,
  WorkstreamView,
} from '../../../shared/contracts/workstreams/workstream.types';

const WORKSTREAMS_URL = '/sms-channel/workstreams';

const workstreamUrl = (documentId: string) => `${WORKSTREAMS_URL}/${encodeURIComponent(documentId)}`;

/** A workstream as the admin API returns it; its numbers carry no workstream of their own. */
const workstreamSchema = z.object({
  documentId: z.string(),
  name: z.string(),
  language: z.string(),
  allowCustomerAttachments: z.boolean(),
  allowAgentAttachments: z.boolean(),
  autoCloseAfterHours: z.number().nullable(),
  numbers: z.array(numberSchema.omit({ workstream: true })),
  createdAt: z.string(),
  updatedAt: z.string(),
}) satisfies z.ZodType<WorkstreamView>;

/** What the workstream form offers, from `GET /sms-channel/workstreams/options`. */
const optionsSchema = z.object({
  languages: z.array(z.object({ code: z.string(), name: z.string(), nativeName: z.string() })),
  defaultLanguage: z.string(),
  autoCloseAfterHours: z.object({ min: z.number(), max: z.number() }),
}) satisfies z.ZodType<Omit<WorkstreamOptions, 'languages' | 'defaultLanguage'>>;

const workstreamAnswerSchema = z.object({ data: workstreamSchema });

type Workstream = z.infer<typeof workstreamSchema>;
type WorkstreamFormOptions = z.infer<typeof optionsSchema>;

const parseWorkstream = (answer: unknown): Workstream => workstreamAnswerSchema.parse(answer).data;

/** A workstream's numbers show their workstream in the accounts' views and the sending numbers. */
const WORKSTREAM_CHANGE_TAGS = [TAGS.workstream, TAGS.account, TAGS.sendingNumber];

const workstreamsApi = smsApi.injectEndpoints({
  endpoints: (build) => ({
    smsWorkstreams: build.query<Workstream[], void>({
      queryFn: (_arg, _api, _extra, baseQuery) => fetchAllPages(baseQuery, WORKSTREAMS_URL, workstreamSchema),
      providesTags: [{ type: TAGS.workstream, id: LIST }],
    }),
    smsWorkstream: build.query<Workstream, string>({
      query: (documentId) => workstreamUrl(documentId),
      transformResponse: parseWorkstream,
      providesTags: (_workstream, _error, documentId) => [{ type: TAGS.workstream, id: documentId }],
    }),
    smsWorkstreamOptions: build.query<WorkstreamFormOptions, void>({
      query: () => `${WORKSTREAMS_URL}/options`,
      transformResponse: (answer: unknown) => z.object({ data: optionsSchema }).parse(answer).data,
    }),
    smsCreateWorkstream: build.mutation<Workstream, WorkstreamCreateBody>({
      query: (body) => ({ url: WORKSTREAMS_URL, method: 'POST', data: body }),
      transformResponse: parseWorkstream,
      invalidatesTags: WORKSTREAM_CHANGE_TAGS,
    }),
    smsUpdateWorkstream: build.mutation<Workstream, { documentId: string; body: WorkstreamUpdateBody }>({
      query: ({ documentId, body }) => ({ url: workstreamUrl(documentId), method: 'PUT', data: body }),
      transformResponse: parseWorkstream,
      invalidatesTags: WORKSTREAM_CHANGE_TAGS,
    }),
    smsDeleteWorkstream: build.mutation<void, string>({
      query: (documentId) => ({ url: workstreamUrl(documentId), method: 'DELETE' }),
      invalidatesTags: WORKSTREAM_CHANGE_TAGS,
    }),
  }),
});

export const {
  useSmsCreateWorkstreamMutation,
  useSmsDeleteWorkstreamMutation,
  useSmsUpdateWorkstreamMutation,
  useSmsWorkstreamOptionsQuery,
  useSmsWorkstreamQuery,
  useSmsWorkstreamsQuery,
} = workstreamsApi;

export { type Workstream, type WorkstreamFormOptions };
