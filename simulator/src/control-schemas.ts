import { z } from 'zod';
import { isStandardBase64 } from '../../server/src/telesign/signing';
import { API_HOSTS } from './api-hosts';
import { OUTCOME_NAMES } from './destinations';
import { GUID, PHONE_DIGITS } from './formats';

/** Request bodies of the control API, with messages that say how to fix a bad value. */

export const phoneSchema = z
  .string()
  .regex(PHONE_DIGITS, 'must be digits only with the country code and no +, e.g. 15551234567');
const apiKey = z
  .string()
  .refine(isStandardBase64, 'must be standard base64 (A–Z a–z 0–9 + / with = padding), e.g. 64 random bytes');
const callbackUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http:// or https:// URL' });
const numbers = z
  .array(phoneSchema)
  .refine((list) => new Set(list).size === list.length, 'must not repeat a number');

export const customerCreateSchema = z.strictObject({
  customerId: z.string().regex(GUID, 'must be a GUID like FFFFFFFF-EEEE-DDDD-1234-AB1234567890').optional(),
  apiKey: apiKey.optional(),
  callbackUrl: callbackUrl.optional(),
  status: z.enum(['active', 'suspended']).default('active'),
  smsEnabled: z.boolean().default(true),
  numbers: numbers.default([]),
  apiHost: z.enum(API_HOSTS).default('standard'),
});

export const customerUpdateSchema = z.strictObject({
  apiKey: apiKey.optional(),
  callbackUrl: callbackUrl.nullable().optional(),
  status: z.enum(['active', 'suspended']).optional(),
  smsEnabled: z.boolean().optional(),
  numbers: numbers.optional(),
  apiHost: z.enum(API_HOSTS).optional(),
});

export const inboundSchema = z.strictObject({
  from: phoneSchema,
  to: phoneSchema,
  text: z.string().min(1, 'must not be empty').max(1600, 'must be at most 1600 characters'),
});

export const destinationSchema = z.strictObject({
  outcome: z.enum(OUTCOME_NAMES),
});

export const phoneFilterSchema = phoneSchema.optional();
