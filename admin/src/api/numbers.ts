import { z } from 'zod';

import { NUMBER_TYPES } from '../../../server/src/content-types/number';

import type {
  NumberCreateBody,
  NumberUpdateBody,
  NumberView,
  SendingNumberView,
} from '../../../server/src/numbers/number.types';
import type { FetchClient } from '@strapi/strapi/admin';

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

/** Every business number, readable with inbox-reply (agents need not see the account settings). */
const listSendingNumbers = async (client: FetchClient): Promise<SendingNumber[]> => {
  const { data } = await client.get('/sms-channel/numbers');
  return z.object({ data: z.array(sendingNumberSchema) }).parse(data).data;
};

type SmsNumber = z.infer<typeof numberSchema>;
type NumberType = SmsNumber['type'];

const createNumber = async (
  client: FetchClient,
  accountId: string,
  body: NumberCreateBody,
): Promise<SmsNumber> => {
  const { data } = await client.post(`/sms-channel/accounts/${encodeURIComponent(accountId)}/numbers`, body);
  return numberAnswerSchema.parse(data).data;
};

const updateNumber = async (
  client: FetchClient,
  documentId: string,
  body: NumberUpdateBody,
): Promise<SmsNumber> => {
  const { data } = await client.put(numberUrl(documentId), body);
  return numberAnswerSchema.parse(data).data;
};

const deleteNumber = async (client: FetchClient, documentId: string): Promise<void> => {
  await client.del(numberUrl(documentId));
};

export {
  listSendingNumbers,
  NUMBER_TYPES,
  createNumber,
  deleteNumber,
  numberSchema,
  updateNumber,
  workstreamRefSchema,
  type NumberType,
  type SendingNumber,
  type SmsNumber,
};
