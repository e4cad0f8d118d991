import { z } from 'zod';

import { DISTRIBUTION_MODES } from '../../../server/src/content-types/workstream';

import { numberSchema } from './numbers';
import { fetchAllPages } from './pages';

import type {
  WorkstreamCreateBody,
  WorkstreamOptions,
  WorkstreamUpdateBody,
  WorkstreamView,
} from '../../../server/src/workstreams/workstream.types';
import type { FetchClient } from '@strapi/strapi/admin';

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
  distributionMode: z.enum(DISTRIBUTION_MODES),
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

const listWorkstreams = (client: FetchClient): Promise<Workstream[]> =>
  fetchAllPages(client, WORKSTREAMS_URL, workstreamSchema);

const getWorkstream = async (client: FetchClient, documentId: string): Promise<Workstream> => {
  const { data } = await client.get(workstreamUrl(documentId));
  return workstreamAnswerSchema.parse(data).data;
};

const getWorkstreamOptions = async (client: FetchClient): Promise<WorkstreamFormOptions> => {
  const { data } = await client.get(`${WORKSTREAMS_URL}/options`);
  return z.object({ data: optionsSchema }).parse(data).data;
};

const createWorkstream = async (client: FetchClient, body: WorkstreamCreateBody): Promise<Workstream> => {
  const { data } = await client.post(WORKSTREAMS_URL, body);
  return workstreamAnswerSchema.parse(data).data;
};

const updateWorkstream = async (
  client: FetchClient,
  documentId: string,
  body: WorkstreamUpdateBody,
): Promise<Workstream> => {
  const { data } = await client.put(workstreamUrl(documentId), body);
  return workstreamAnswerSchema.parse(data).data;
};

const deleteWorkstream = async (client: FetchClient, documentId: string): Promise<void> => {
  await client.del(workstreamUrl(documentId));
};

export {
  createWorkstream,
  deleteWorkstream,
  getWorkstream,
  getWorkstreamOptions,
  listWorkstreams,
  updateWorkstream,
  type Workstream,
  type WorkstreamFormOptions,
};
