import { z } from 'zod';

const configSchema = z.object({
  /**
   * The public base URL TeleSign reaches this app at (e.g. `https://cms.example.com`). Falls back to
   * Strapi's `server.url`. Callback URLs shown to admins are built from it.
   */
  publicUrl: z
    .url({ message: 'publicUrl must be an absolute URL such as https://cms.example.com' })
    .optional(),
  /** Largest callback body accepted; TeleSign's callbacks are well under 4 KiB. */
  callbackBodyLimitBytes: z
    .number()
    .int()
    .min(1024, 'callbackBodyLimitBytes must be at least 1024')
    .max(1024 * 1024, 'callbackBodyLimitBytes must be at most 1 MiB'),
});

export type PluginConfig = z.infer<typeof configSchema>;

export const defaultConfig: PluginConfig = {
  callbackBodyLimitBytes: 64 * 1024,
};

export default {
  default: defaultConfig,
  /** Strapi calls this with the merged config and aborts start-up with the thrown message. */
  validator(config: unknown): void {
    const result = configSchema.safeParse(config);
    if (!result.success) {
      const problems = result.error.issues.map(
        (issue) => `${issue.path.join('.') || 'config'}: ${issue.message}`,
      );
      throw new Error(`Invalid sms-channel plugin config — ${problems.join('; ')}`);
    }
  },
};
