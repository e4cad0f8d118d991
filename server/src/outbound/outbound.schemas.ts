import { z } from 'zod';
import {
  businessNumberSchema,
  customerNumberSchema,
  messageBodySchema,
} from '../../../shared/contracts/messages/message.schemas';

/** `outbound.send()` input: what other Strapi code passes (the admin's bodies are in shared/contracts). */
export const sendInputSchema = z.strictObject({
  from: businessNumberSchema,
  to: customerNumberSchema,
  body: messageBodySchema,
  sentById: z.number().int().positive().nullable().optional(),
});

export type SendInput = z.input<typeof sendInputSchema>;
