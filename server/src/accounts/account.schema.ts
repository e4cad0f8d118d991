import { z } from 'zod';
import { isStandardBase64 } from '../telesign/signing';
import { refuseUnwantedCharacters } from '../utils/text-fields';
import { API_HOST_MAX_LENGTH, API_HOST_RULE, DEFAULT_API_HOST, normalizeApiHost } from './api-host';
import { base64ByteLength, MIN_API_KEY_BYTES } from './api-key-format';

/**
 * Account request bodies. Every format TeleSign would refuse is caught here, before any network
 * call, with a message that says what to change.
 */

const GUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

const PORTALS =
  'portal.telesign.com for self-service accounts, teleportal.telesign.com for enterprise accounts';

const CUSTOMER_ID_MESSAGE =
  'The customer ID is a GUID like FFFFFFFF-EEEE-DDDD-1234-AB1234567890. ' +
  `Copy it from your TeleSign portal (${PORTALS}).`;

const API_KEY_MESSAGE =
  'The API key must be copied exactly as TeleSign shows it: standard base64 (letters, digits, + and /, ' +
  'ending in = or == padding where needed), with no spaces or line breaks inside. ' +
  `Copy it again from your TeleSign portal (${PORTALS}).`;

const API_KEY_TOO_SHORT =
  'This is too short for a TeleSign API key: real keys are 88 characters of base64 (64 bytes), and ' +
  `anything under ${MIN_API_KEY_BYTES} bytes is refused. Copy the whole key from your TeleSign portal (${PORTALS}).`;

const name = z
  .string({ error: 'Give the account a name, e.g. "Support line".' })
  .trim()
  .min(1, 'Give the account a name, e.g. "Support line".')
  .max(100, 'The account name can be at most 100 characters.')
  .superRefine(refuseUnwantedCharacters('The account name'));

// Stored upper-case as TeleSign writes them; TeleSign compares customer IDs without regard to case.
const customerId = z
  .string({ error: CUSTOMER_ID_MESSAGE })
  .trim()
  .regex(GUID, CUSTOMER_ID_MESSAGE)
  .transform((value) => value.toUpperCase());

const apiKey = z
  .string({ error: API_KEY_MESSAGE })
  .trim()
  .min(1, 'Enter the API key from your TeleSign portal.')
  .max(1024, API_KEY_MESSAGE)
  .superRefine((value, ctx) => {
    if (value === '') return; // already explained by min(1)
    if (!isStandardBase64(value)) ctx.addIssue({ code: 'custom', message: API_KEY_MESSAGE });
    else if (base64ByteLength(value) < MIN_API_KEY_BYTES)
      ctx.addIssue({ code: 'custom', message: API_KEY_TOO_SHORT });
  });

/** Whether the address is allowed is the service's check: it depends on the plugin config. */
const apiHost = z
  .string({ error: API_HOST_RULE })
  .trim()
  .max(API_HOST_MAX_LENGTH, `The API host can be at most ${API_HOST_MAX_LENGTH} characters.`)
  .transform((value, ctx) => {
    const normalized = normalizeApiHost(value);
    if (normalized === null) {
      ctx.addIssue({ code: 'custom', message: API_HOST_RULE });
      return z.NEVER;
    }
    return normalized;
  });

export const accountCreateSchema = z.strictObject({
  name,
  customerId,
  apiKey,
  apiHost: apiHost.default(DEFAULT_API_HOST),
  provider: z.literal('telesign', { error: 'TeleSign is the only SMS provider: use "telesign".' }).optional(),
});

export const accountUpdateSchema = z
  .strictObject({
    name: name.optional(),
    customerId: customerId.optional(),
    // Write-only: leaving the key out (or empty) keeps the stored one.
    apiKey: z
      .union([z.literal(''), z.null(), apiKey], { error: API_KEY_MESSAGE })
      .transform((value) => (value ? value : undefined))
      .optional(),
    apiHost: apiHost.optional(),
  })
  .refine((value) => Object.keys(value).length > 0, {
    message: 'Send at least one of name, customerId, apiKey or apiHost to change.',
  });

export type AccountCreateInput = z.output<typeof accountCreateSchema>;
export type AccountUpdateInput = z.output<typeof accountUpdateSchema>;
