import { z } from 'zod';

const errorAnswerSchema = z.object({
  error: z.object({
    message: z.string(),
    details: z
      .object({
        errors: z
          .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }))
          .optional(),
      })
      .loose()
      .optional(),
  }),
});

/** What the server said was wrong with a request, split into per-field messages and the rest. */
interface ServerProblem {
  /** The server's message for the request as a whole. */
  message: string;
  /** The first message for each top-level body field the server named (`details.errors[].path[0]`). */
  fields: Record<string, string>;
}

/** Reads Strapi's `{ error: { message, details: { errors: [{ path, message }] } } }` answer body. */
const readProblem = (body: unknown): ServerProblem | null => {
  const answer = errorAnswerSchema.safeParse(body);
  if (!answer.success) {
    return null;
  }
  const fields: Record<string, string> = {};
  for (const problem of answer.data.error.details?.errors ?? []) {
    const [field] = problem.path;
    if (field !== undefined && !(String(field) in fields)) {
      fields[String(field)] = problem.message;
    }
  }
  return { message: answer.data.error.message, fields };
};

export { readProblem, type ServerProblem };
