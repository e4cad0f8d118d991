import type { z } from 'zod';

/** One line a person can act on: `numbers.0: must be digits only…; text: Too big…`. */
export const formatIssues = (error: z.ZodError): string =>
  error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
