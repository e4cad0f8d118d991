import { z } from 'zod';
import { MAX_MESSAGE_CHARACTERS } from '../messages/segments';
import { digitsOnlyProblem } from '../numbers/phone-number';
import { customerNumberProblem } from './customer-number';

const problemCheck =
  (problemOf: (value: string) => string | null) =>
  (value: string, ctx: z.RefinementCtx): void => {
    const problem = problemOf(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  };

/** The text of an SMS: not blank, at most 1,600 characters (code points, as TeleSign counts). */
export const messageBodySchema = z
  .string({ error: 'body must be the text of the SMS.' })
  .superRefine((value, ctx) => {
    if (value.trim() === '') {
      ctx.addIssue({ code: 'custom', message: 'The message is empty: write the text to send.' });
      return;
    }
    if (value.includes('\u0000')) {
      ctx.addIssue({ code: 'custom', message: 'The message contains a NUL character; remove it.' });
    }
    const characters = Array.from(value).length;
    if (characters > MAX_MESSAGE_CHARACTERS) {
      ctx.addIssue({
        code: 'custom',
        message:
          `The message is ${characters} characters long; an SMS can be at most ${MAX_MESSAGE_CHARACTERS}. ` +
          `Shorten it by ${characters - MAX_MESSAGE_CHARACTERS} ${characters - MAX_MESSAGE_CHARACTERS === 1 ? 'character' : 'characters'}.`,
      });
    }
  });

export const customerNumberSchema = z
  .string({ error: 'Give the customer number as text: digits with the country code, e.g. "15551234567".' })
  .superRefine(problemCheck(customerNumberProblem));

const businessNumberSchema = z
  .string({ error: 'Give the business number as text: digits with the country code, e.g. "14255550100".' })
  .superRefine(problemCheck(digitsOnlyProblem));

/** `outbound.send()` input: what other Strapi code passes. */
export const sendInputSchema = z.strictObject({
  from: businessNumberSchema,
  to: customerNumberSchema,
  body: messageBodySchema,
  sentById: z.number().int().positive().nullable().optional(),
});

export type SendInput = z.input<typeof sendInputSchema>;

/** `POST /sms-channel/conversations`. */
export const startConversationBodySchema = z.strictObject({
  numberId: z
    .string({ error: 'numberId must be the id of one of your SMS numbers (as listed under Setup).' })
    .min(1, 'numberId must be the id of one of your SMS numbers (as listed under Setup).'),
  to: customerNumberSchema,
  body: messageBodySchema,
});

/** Files one SMS may link to: each link costs ~50 of its 1,600 characters. */
export const MAX_ATTACHMENTS = 10;

/** `POST /sms-channel/conversations/:id/messages`. */
export const replyBodySchema = z.strictObject({
  body: messageBodySchema,
  attachments: z
    .array(
      z
        .number({ error: 'Each attachment must be the id of a Media Library file (a whole number).' })
        .int('Each attachment must be the id of a Media Library file (a whole number).')
        .positive('Each attachment must be the id of a Media Library file (a whole number from 1 up).'),
      { error: 'attachments must be a list of Media Library file ids, e.g. [12, 15].' },
    )
    .max(MAX_ATTACHMENTS, `At most ${MAX_ATTACHMENTS} files can be attached to one SMS.`)
    .transform((ids) => [...new Set(ids)])
    .optional(),
});
