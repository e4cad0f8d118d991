import { z } from 'zod';

const valuesSchema = z.record(z.string(), z.union([z.string(), z.number()]));

/** A message as the server wrote it in English, with the stable code and values it was written from. */
const problemTextSchema = z.object({
  message: z.string(),
  code: z.string().optional(),
  values: valuesSchema.optional(),
});

const errorAnswerSchema = z.object({
  error: z.object({
    message: z.string(),
    details: z
      .object({
        code: z.string().optional(),
        values: valuesSchema.optional(),
        errors: z
          .array(problemTextSchema.extend({ path: z.array(z.union([z.string(), z.number()])) }))
          .optional(),
      })
      .loose()
      .optional(),
  }),
});

type ProblemText = z.infer<typeof problemTextSchema>;

/** What the server said was wrong with a request, split into per-field messages and the rest. */
interface ServerProblem {
  /** The server's message for the request as a whole. */
  message: string;
  /** The first message for each top-level body field the server named (`details.errors[].path[0]`). */
  fields: Record<string, string>;
}

const english = (problem: ProblemText): string => problem.message;

/**
 * Reads Strapi's `{ error: { message, details: { code, values, errors: [{ path, message, code, values }] } } }`
 * answer body; `translate` turns each message into the text to show (by default the server's English).
 */
const readProblem = (
  body: unknown,
  translate: (problem: ProblemText) => string = english,
): ServerProblem | null => {
  const answer = errorAnswerSchema.safeParse(body);
  if (!answer.success) {
    return null;
  }
  const { message, details } = answer.data.error;
  const fields: Record<string, string> = {};
  for (const { path, ...problem } of details?.errors ?? []) {
    const [field] = path;
    if (field !== undefined && !(String(field) in fields)) {
      fields[String(field)] = translate(problem);
    }
  }
  // Field problems say it all; the server's summary of several would stay English.
  const errors = details?.errors ?? [];
  const whole = details?.code
    ? translate({ message, code: details.code, values: details.values })
    : errors.length > 0
      ? errors.map(({ path: _path, ...problem }) => translate(problem)).join(' ')
      : message;
  return { message: whole, fields };
};

export { readProblem, type ProblemText, type ServerProblem };
