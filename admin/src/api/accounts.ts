import { z } from 'zod';

/** Admin route of `GET /sms-channel/accounts` (admin routes carry no `/admin` or `/api` prefix). */
const ACCOUNTS_URL = '/sms-channel/accounts';

/**
 * The fields of an account the admin pages read. Parsing checks the server's answer against what
 * the page renders, so a contract change shows up as a clear error instead of blank cells.
 */
const accountSchema = z.object({
  documentId: z.string(),
  name: z.string(),
  customerId: z.string(),
  /** `null` until the app knows its public URL (the plugin's `publicUrl` or Strapi's `server.url`). */
  callbackUrl: z.string().nullable(),
  verification: z.object({ status: z.string(), detail: z.string().nullable() }),
});

const accountListSchema = z.object({ data: z.array(accountSchema) });

type Account = z.infer<typeof accountSchema>;

export { ACCOUNTS_URL, accountListSchema, type Account };
