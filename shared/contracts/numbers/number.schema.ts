import { z } from 'zod';
import { codedIssue, type Problem } from '../errors/problem';
import { refuseUnwantedCharacters } from '../text-fields';
import { NUMBER_TYPES } from './number.types';
import { businessNumberProblem, digitsOnlyProblem } from './phone-number';

/** Request bodies for business numbers, with messages that say how to fix each field. */

const NUMBER_DESCRIPTION_MAX_LENGTH = 255;

const issueOf = ({ code, values }: Problem): string => codedIssue(code, values);

const numberField = z.string({ error: codedIssue('number.number.notText') }).superRefine((value, ctx) => {
  const problem = digitsOnlyProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: issueOf(problem) });
});

const typeField = z.enum(NUMBER_TYPES, { error: codedIssue('number.type.invalid') });

/** Empty text is no description. */
const descriptionField = z
  .string({ error: codedIssue('number.description.notText') })
  .trim()
  .max(
    NUMBER_DESCRIPTION_MAX_LENGTH,
    codedIssue('number.description.tooLong', { max: NUMBER_DESCRIPTION_MAX_LENGTH }),
  )
  .superRefine(refuseUnwantedCharacters('number.description'))
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .optional();

export const numberCreateSchema = z
  .strictObject({ number: numberField, type: typeField, description: descriptionField })
  .superRefine((value, ctx) => {
    // The field's own check already explained a number that is not bare digits.
    if (digitsOnlyProblem(value.number)) return;
    const problem = businessNumberProblem(value.number, value.type);
    if (problem) ctx.addIssue({ code: 'custom', path: ['number'], message: issueOf(problem) });
  });

/** The number/type pair is checked by the server, against the stored values it keeps. */
export const numberUpdateSchema = z
  .strictObject({ number: numberField.optional(), type: typeField.optional(), description: descriptionField })
  .refine((value) => Object.keys(value).length > 0, { message: codedIssue('number.update.empty') });

export type NumberCreateInput = z.output<typeof numberCreateSchema>;
export type NumberUpdateInput = z.output<typeof numberUpdateSchema>;
