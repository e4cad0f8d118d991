import type { z } from 'zod';
import { ERROR_CATALOG, isErrorCode, type ErrorCode } from './error-catalog';
import { formatMessage, type MessageValues } from './message-format';

export type { ErrorCode, MessageValues };

/** One thing wrong with a request: its stable code, the values in its text, and that text in English. */
export interface Problem {
  code: ErrorCode;
  values: MessageValues;
  message: string;
}

export const problem = (code: ErrorCode, values: MessageValues = {}): Problem => ({
  code,
  values,
  message: formatMessage(ERROR_CATALOG[code], values),
});

/**
 * The arguments of a Strapi error class (`new errors.NotFoundError(...errorArguments(code, values))`):
 * the English message, and `details` carrying the code and values (with any other `details`).
 */
export const errorArguments = (
  code: ErrorCode,
  values: MessageValues = {},
  details: Record<string, unknown> = {},
): [string, { code: ErrorCode; values: MessageValues } & Record<string, unknown>] => [
  problem(code, values).message,
  { ...details, code, values },
];

/**
 * zod keeps only a text per issue, so a schema's rules write their code and values there
 * (`.max(100, codedIssue('account.name.tooLong', { max: 100 }))`) and `problemsOfIssue` reads them back.
 */
const CODED = 'sms-channel-problem:';

export const codedIssue = (code: ErrorCode, values: MessageValues = {}): string =>
  `${CODED}${JSON.stringify({ code, values })}`;

const decodeIssue = (message: string): Problem | null => {
  if (!message.startsWith(CODED)) return null;
  const { code, values } = JSON.parse(message.slice(CODED.length)) as {
    code: unknown;
    values: MessageValues;
  };
  return isErrorCode(code) ? problem(code, values) : null;
};

/** A problem with the field at `path` (empty: the request as a whole). */
export interface FieldProblem {
  path: string[];
  problem: Problem;
}

/** What a zod issue from a contract schema means, per field. */
export const problemsOfIssue = (issue: z.core.$ZodIssue): FieldProblem[] => {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: [...path, key],
      problem: problem('request.unknownField', { field: key }),
    }));
  }
  if (path.length === 0 && issue.code === 'invalid_type') {
    return [{ path, problem: problem('request.notObject') }];
  }
  return [
    { path, problem: decodeIssue(issue.message) ?? problem('request.invalid', { message: issue.message }) },
  ];
};
