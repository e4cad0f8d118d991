import { z } from 'zod';
import { NUMBER_TYPES } from '../content-types/number';
import { refuseUnwantedCharacters } from '../utils/text-fields';
import { businessNumberProblem, digitsOnlyProblem } from './phone-number';

/** Request bodies for business numbers, with messages that say how to fix each field. */

const TYPE_MESSAGE = 'Choose the number type: geo (a local number), short-code (5–6 digits) or toll-free.';

const numberField = z
  .string({ error: 'Enter the number as text, digits only with the country code, e.g. "14252306549".' })
  .superRefine((value, ctx) => {
    const problem = digitsOnlyProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const typeField = z.enum(NUMBER_TYPES, { error: TYPE_MESSAGE });

/** Empty text is no description. */
const descriptionField = z
  .string({ error: 'The description must be text (or null for none).' })
  .trim()
  .max(255, 'The description can be at most 255 characters.')
  .superRefine(refuseUnwantedCharacters('The description'))
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .optional();

export const numberCreateSchema = z
  .strictObject({ number: numberField, type: typeField, description: descriptionField })
  .superRefine((value, ctx) => {
    // The field's own check already explained a number that is not bare digits.
    if (digitsOnlyProblem(value.number)) return;
    const problem = businessNumberProblem(value.number, value.type);
    if (problem) ctx.addIssue({ code: 'custom', path: ['number'], message: problem });
  });

/** The number/type pair is checked by the service, against the stored values it keeps. */
export const numberUpdateSchema = z
  .strictObject({ number: numberField.optional(), type: typeField.optional(), description: descriptionField })
  .refine((value) => Object.keys(value).length > 0, {
    message: 'Send at least one of number, type or description to change.',
  });

export type NumberCreateInput = z.output<typeof numberCreateSchema>;
export type NumberUpdateInput = z.output<typeof numberUpdateSchema>;
