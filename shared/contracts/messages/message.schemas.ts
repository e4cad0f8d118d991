import { z } from 'zod';
import { codedIssue, type Problem } from '../errors/problem';
import { customerNumberProblem, digitsOnlyProblem } from '../numbers/phone-number';
import { MAX_MESSAGE_CHARACTERS } from './segments';

const problemCheck =
  (problemOf: (value: string) => Problem | null) =>
  (value: string, ctx: z.RefinementCtx): void => {
    const problem = problemOf(value);
    if (problem) ctx.addIssue({ code: 'custom', message: codedIssue(problem.code, problem.values) });
  };

/** The text of an SMS: not blank, at most 1,600 characters (code points, as TeleSign counts). */
export const messageBodySchema = z
  .string({ error: codedIssue('message.body.notText') })
  .superRefine((value, ctx) => {
    if (value.trim() === '') {
      ctx.addIssue({ code: 'custom', message: codedIssue('message.body.empty') });
      return;
    }
    if (value.includes('\u0000')) {
      ctx.addIssue({ code: 'custom', message: codedIssue('message.body.nul') });
    }
    const characters = Array.from(value).length;
    if (characters > MAX_MESSAGE_CHARACTERS) {
      ctx.addIssue({
        code: 'custom',
        message: codedIssue('message.body.tooLong', {
          characters,
          max: MAX_MESSAGE_CHARACTERS,
          over: characters - MAX_MESSAGE_CHARACTERS,
        }),
      });
    }
  });

export const customerNumberSchema = z
  .string({ error: codedIssue('message.to.notText') })
  .superRefine(problemCheck(customerNumberProblem));

export const businessNumberSchema = z
  .string({ error: codedIssue('message.from.notText') })
  .superRefine(problemCheck(digitsOnlyProblem));

/** `POST /sms-channel/conversations`. */
export const startConversationBodySchema = z.strictObject({
  numberId: z
    .string({ error: codedIssue('message.numberId.required') })
    .min(1, codedIssue('message.numberId.required')),
  to: customerNumberSchema,
  body: messageBodySchema,
});

/** Files one SMS may link to: each link costs ~50 of its 1,600 characters. */
const MAX_ATTACHMENTS = 10;

/** `POST /sms-channel/conversations/:id/messages`. */
export const replyBodySchema = z.strictObject({
  body: messageBodySchema,
  attachments: z
    .array(
      z
        .number({ error: codedIssue('attachments.notFileId') })
        .int(codedIssue('attachments.notFileId'))
        .positive(codedIssue('attachments.notPositive')),
      { error: codedIssue('attachments.notList') },
    )
    .max(MAX_ATTACHMENTS, codedIssue('attachments.tooMany', { max: MAX_ATTACHMENTS }))
    .transform((ids) => [...new Set(ids)])
    .optional(),
});
