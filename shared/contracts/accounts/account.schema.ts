import { z } from 'zod';
import { codedIssue } from '../errors/problem';
import { refuseUnwantedCharacters } from '../text-fields';
import { API_HOST_MAX_LENGTH, DEFAULT_API_HOST, normalizeApiHost } from './api-host';
import { base64ByteLength, isStandardBase64, MIN_API_KEY_BYTES } from './api-key-format';

/**
 * Account request bodies. Every format TeleSign would refuse is caught here, before any network
 * call, with a message that says what to change. The admin's wizard checks its fields with them too.
 */

const GUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

const ACCOUNT_NAME_MAX_LENGTH = 100;

const API_KEY_FORMAT = codedIssue('account.apiKey.format');
const API_HOST_FORMAT = codedIssue('account.apiHost.format');

const name = z
  .string({ error: codedIssue('account.name.required') })
  .trim()
  .min(1, codedIssue('account.name.required'))
  .max(ACCOUNT_NAME_MAX_LENGTH, codedIssue('account.name.tooLong', { max: ACCOUNT_NAME_MAX_LENGTH }))
  .superRefine(refuseUnwantedCharacters('account.name'));

// Stored upper-case as TeleSign writes them; TeleSign compares customer IDs without regard to case.
const customerId = z
  .string({ error: codedIssue('account.customerId.format') })
  .trim()
  .regex(GUID, codedIssue('account.customerId.format'))
  .transform((value) => value.toUpperCase());

const apiKey = z
  .string({ error: API_KEY_FORMAT })
  .trim()
  .min(1, codedIssue('account.apiKey.required'))
  .max(1024, API_KEY_FORMAT)
  .superRefine((value, ctx) => {
    if (value === '') return; // already explained by min(1)
    if (!isStandardBase64(value)) ctx.addIssue({ code: 'custom', message: API_KEY_FORMAT });
    else if (base64ByteLength(value) < MIN_API_KEY_BYTES) {
      ctx.addIssue({
        code: 'custom',
        message: codedIssue('account.apiKey.tooShort', { minBytes: MIN_API_KEY_BYTES }),
      });
    }
  });

/** Whether the address is allowed is the server's check: it depends on the plugin config. */
const apiHost = z
  .string({ error: API_HOST_FORMAT })
  .trim()
  .max(API_HOST_MAX_LENGTH, codedIssue('account.apiHost.tooLong', { max: API_HOST_MAX_LENGTH }))
  .transform((value, ctx) => {
    const normalized = normalizeApiHost(value);
    if (normalized === null) {
      ctx.addIssue({ code: 'custom', message: API_HOST_FORMAT });
      return z.NEVER;
    }
    return normalized;
  });

/** Each field's own rules, for forms that check one step's fields at a time. */
export const accountFieldSchemas = { name, customerId, apiKey, apiHost };

export const accountCreateSchema = z.strictObject({
  name,
  customerId,
  apiKey,
  apiHost: apiHost.default(DEFAULT_API_HOST),
  provider: z.literal('telesign', { error: codedIssue('account.provider.unsupported') }).optional(),
});

export const accountUpdateSchema = z
  .strictObject({
    name: name.optional(),
    customerId: customerId.optional(),
    // Write-only: leaving the key out (or empty) keeps the stored one.
    apiKey: z
      .union([z.literal(''), z.null(), apiKey], { error: API_KEY_FORMAT })
      .transform((value) => (value ? value : undefined))
      .optional(),
    apiHost: apiHost.optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: codedIssue('account.update.empty') });

export type AccountCreateInput = z.output<typeof accountCreateSchema>;
export type AccountUpdateInput = z.output<typeof accountUpdateSchema>;
