import { z } from 'zod';
import { codedIssue } from '../errors/problem';
import { refuseUnwantedCharacters } from '../text-fields';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES, WORKSTREAM_LANGUAGES } from './languages';

/** Workstream request bodies, with messages that say how to fix each field. */

export const AUTO_CLOSE_HOURS = { min: 1, max: 8760 } as const;

const WORKSTREAM_NAME_MAX_LENGTH = 100;

/**
 * The most numbers one request may put in a workstream: far more than a support team routes, few
 * enough that looking them up stays one small query.
 */
const MAX_WORKSTREAM_NUMBERS = 500;

/** Strapi's documentIds are 24 characters; anything much longer is not one. */
const MAX_ID_LENGTH = 64;

const LANGUAGE_ISSUE = codedIssue('workstream.language.unsupported', {
  languages: WORKSTREAM_LANGUAGES.map((language) => `${language.code} (${language.name})`).join(', '),
});

const AUTO_CLOSE_ISSUE = codedIssue('workstream.autoCloseAfterHours.range', AUTO_CLOSE_HOURS);

const toggle = (field: string) => z.boolean({ error: codedIssue('request.notBoolean', { field }) });

const name = z
  .string({ error: codedIssue('workstream.name.required') })
  .trim()
  .min(1, codedIssue('workstream.name.required'))
  .max(WORKSTREAM_NAME_MAX_LENGTH, codedIssue('workstream.name.tooLong', { max: WORKSTREAM_NAME_MAX_LENGTH }))
  .superRefine(refuseUnwantedCharacters('workstream.name'));

const NUMBER_ID_ISSUE = codedIssue('workstream.numberIds.notId');

// The length is checked before the entries, so an oversized list costs one message, not one per entry.
const numberIds = z
  .array(z.unknown(), { error: codedIssue('workstream.numberIds.notList') })
  .max(MAX_WORKSTREAM_NUMBERS, codedIssue('workstream.numberIds.tooMany', { max: MAX_WORKSTREAM_NUMBERS }))
  .pipe(
    z.array(
      z
        .string({ error: NUMBER_ID_ISSUE })
        .min(1, NUMBER_ID_ISSUE)
        .max(MAX_ID_LENGTH, codedIssue('workstream.numberIds.idTooLong', { max: MAX_ID_LENGTH })),
    ),
  )
  .refine((ids) => new Set(ids).size === ids.length, codedIssue('workstream.numberIds.duplicate'));

// BCP 47 tags are case-insensitive; the list holds their canonical lower-case form.
const language = z
  .string({ error: LANGUAGE_ISSUE })
  .trim()
  .toLowerCase()
  .pipe(z.enum(LANGUAGE_CODES, { error: LANGUAGE_ISSUE }));

const autoCloseAfterHours = z
  .number({ error: AUTO_CLOSE_ISSUE })
  .int(AUTO_CLOSE_ISSUE)
  .min(AUTO_CLOSE_HOURS.min, AUTO_CLOSE_ISSUE)
  .max(AUTO_CLOSE_HOURS.max, AUTO_CLOSE_ISSUE)
  .nullable();

/** Each field's own rules, for forms that check one step's fields at a time. */
export const workstreamFieldSchemas = { name, numberIds, language, autoCloseAfterHours };

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
  .refine((value) => Object.keys(value).length > 0, { message: codedIssue('workstream.update.empty') });

export type WorkstreamCreateInput = z.output<typeof workstreamCreateSchema>;
export type WorkstreamUpdateInput = z.output<typeof workstreamUpdateSchema>;
