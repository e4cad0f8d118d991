import { z } from 'zod';
import { refuseUnwantedCharacters } from '../utils/text-fields';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES, WORKSTREAM_LANGUAGES } from './languages';

/** Workstream request bodies, with messages that say how to fix each field. */

export const AUTO_CLOSE_HOURS = { min: 1, max: 8760 } as const;

/**
 * The most numbers one request may put in a workstream: far more than a support team routes, few
 * enough that looking them up stays one small query.
 */
export const MAX_WORKSTREAM_NUMBERS = 500;

/** Strapi's documentIds are 24 characters; anything much longer is not one. */
const MAX_ID_LENGTH = 64;

const LANGUAGE_MESSAGE = `Choose a supported language: ${WORKSTREAM_LANGUAGES.map(
  (language) => `${language.code} (${language.name})`,
).join(', ')}.`;

const AUTO_CLOSE_MESSAGE =
  `autoCloseAfterHours must be null (never close waiting conversations automatically) or a whole number ` +
  `of hours from ${AUTO_CLOSE_HOURS.min} to ${AUTO_CLOSE_HOURS.max} (one year).`;

const toggle = (field: string) => z.boolean({ error: `${field} must be true or false.` });

const name = z
  .string({ error: 'Give the workstream a name, e.g. "Customer support".' })
  .trim()
  .min(1, 'Give the workstream a name, e.g. "Customer support".')
  .max(100, 'The workstream name can be at most 100 characters.')
  .superRefine(refuseUnwantedCharacters('The workstream name'));

const NUMBER_ID_MESSAGE = 'Each entry of numberIds must be the id (documentId) of a number.';

const NUMBER_IDS_MESSAGE = 'numberIds must be a list of number ids (their documentId), e.g. [] for none.';

// The length is checked before the entries, so an oversized list costs one message, not one per entry.
const numberIds = z
  .array(z.unknown(), { error: NUMBER_IDS_MESSAGE })
  .max(
    MAX_WORKSTREAM_NUMBERS,
    `numberIds can list at most ${MAX_WORKSTREAM_NUMBERS} numbers; put the others in another workstream.`,
  )
  .pipe(
    z.array(
      z
        .string({ error: NUMBER_ID_MESSAGE })
        .min(1, NUMBER_ID_MESSAGE)
        .max(MAX_ID_LENGTH, `${NUMBER_ID_MESSAGE} Ids are at most ${MAX_ID_LENGTH} characters.`),
    ),
  )
  .refine(
    (ids) => new Set(ids).size === ids.length,
    'numberIds lists a number twice; list each number once.',
  );

// BCP 47 tags are case-insensitive; the list holds their canonical lower-case form.
const language = z
  .string({ error: LANGUAGE_MESSAGE })
  .trim()
  .toLowerCase()
  .pipe(z.enum(LANGUAGE_CODES, { error: LANGUAGE_MESSAGE }));

const autoCloseAfterHours = z
  .number({ error: AUTO_CLOSE_MESSAGE })
  .int(AUTO_CLOSE_MESSAGE)
  .min(AUTO_CLOSE_HOURS.min, AUTO_CLOSE_MESSAGE)
  .max(AUTO_CLOSE_HOURS.max, AUTO_CLOSE_MESSAGE)
  .nullable();

export const workstreamCreateSchema = z.strictObject({
  name,
  numberIds: numberIds.default([]),
  language: language.default(DEFAULT_LANGUAGE),
  allowCustomerAttachments: toggle('allowCustomerAttachments').default(false),
  allowAgentAttachments: toggle('allowAgentAttachments').default(false),
  autoCloseAfterHours: autoCloseAfterHours.default(null),
});

export const workstreamUpdateSchema = z
  .strictObject({
    name: name.optional(),
    numberIds: numberIds.optional(),
    language: language.optional(),
    allowCustomerAttachments: toggle('allowCustomerAttachments').optional(),
    allowAgentAttachments: toggle('allowAgentAttachments').optional(),
    autoCloseAfterHours: autoCloseAfterHours.optional(),
  })
  .refine((value) => Object.keys(value).length > 0, {
    message:
      'Send at least one of name, numberIds, language, allowCustomerAttachments, allowAgentAttachments ' +
      'or autoCloseAfterHours to change.',
  });

export type WorkstreamCreateInput = z.output<typeof workstreamCreateSchema>;
export type WorkstreamUpdateInput = z.output<typeof workstreamUpdateSchema>;
