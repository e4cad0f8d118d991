import { z } from 'zod';

import type {
  TeleSignAdditionalInfo,
  TeleSignDeliveryReport,
  TeleSignInboundAction,
  TeleSignInboundMessage,
  TeleSignMessagingResponse,
  TeleSignStatus,
} from './types';

/**
 * Runtime validation of TeleSign payloads, typed against the interfaces in `types.ts` so the two
 * cannot drift. Policy: the fields we act on (reference id, status code, MO sender and text) are
 * strict; optional extras are best effort, so a malformed extra is dropped instead of losing a
 * whole delivery report or customer message. Unknown fields are stripped, never rejected.
 */

const extra = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const INBOUND_ACTIONS = [
  'start',
  'stop',
  'help',
  'generic',
] as const satisfies readonly TeleSignInboundAction[];

const statusSchema: z.ZodType<TeleSignStatus> = z.object({
  code: z.number().int(),
  description: z.string(),
  updated_on: extra(z.string()),
});

const additionalInfoSchema: z.ZodType<TeleSignAdditionalInfo> = z.object({
  message_part_sequence_number: extra(z.number().int()),
  message_parts_count: extra(z.number().int()),
  message_parts_reference_ids: extra(z.string()),
  mcc: extra(z.string()),
  mnc: extra(z.string()),
  price: extra(z.string()),
  currency: extra(z.string()),
  sender_id: extra(z.string()),
  cleansed_phone_number: extra(z.string()),
});

const referenceIdSchema = z.string().min(1);

export const messagingResponseSchema: z.ZodType<TeleSignMessagingResponse> = z.object({
  reference_id: referenceIdSchema,
  status: statusSchema,
  external_id: extra(z.string().nullable()),
  additional_info: extra(additionalInfoSchema),
  phone_number_modified: extra(z.string()),
  cleansed_phone_number: extra(z.string()),
});

export const deliveryReportSchema: z.ZodType<TeleSignDeliveryReport> = z.object({
  reference_id: referenceIdSchema,
  status: statusSchema,
  submit_timestamp: extra(z.string()),
  external_id: extra(z.string().nullable()),
  additional_info: extra(additionalInfoSchema),
});

export const inboundMessageSchema: z.ZodType<TeleSignInboundMessage> = z.object({
  reference_id: referenceIdSchema,
  status: statusSchema,
  submit_timestamp: extra(z.string()),
  sub_resource: z.literal('mo_sms'),
  user_response: z.object({
    phone_number: z.string().min(1),
    sender_id: z.string().min(1),
    mo_message: z.string(),
    iso_country_code: extra(z.string()),
    // The SMS spec lists lower-case actions, the RCS one upper-case: accept either.
    action: extra(z.string().toLowerCase().pipe(z.enum(INBOUND_ACTIONS))),
    keyword: extra(z.string()),
    price: extra(z.string()),
  }),
});
