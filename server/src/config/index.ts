import { z } from 'zod';
import { wholeNumber } from './fields';
import {
  callbackProcessingConfigSchema,
  defaultCallbackProcessingConfig,
} from '../callbacks/processing/processing.config';
import { conversationsConfigSchema, defaultConversationsConfig } from '../conversations/conversations.config';
import {
  automatedMessagesConfigSchema,
  defaultAutomatedMessages,
} from '../consent/automated-messages.config';
import {
  defaultReconcilerConfig,
  defaultSenderConfig,
  reconcilerConfigSchema,
  senderConfigSchema,
} from '../outbound/outbound.config';

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
  /**
   * Refused callbacks (bad signature, unknown callback URL, malformed body) one client address may
   * cause at once, and per second after that; beyond them it is answered 429, except for correctly
   * signed callbacks. TeleSign's callbacks are accepted, so they never spend this budget.
   */
  callbackRefusalLimit: z.object({
    burst: wholeNumber('callbackRefusalLimit.burst', 1, 1_000_000),
    perSecond: z
      .number({ error: 'callbackRefusalLimit.perSecond must be a number' })
      .positive('callbackRefusalLimit.perSecond must be greater than 0')
      .max(1_000_000, 'callbackRefusalLimit.perSecond must be at most 1000000'),
  }),
  telesign: z.object({
    /** How long a TeleSign call may take (connecting, then answering) before it counts as timed out. */
    requestTimeoutMs: z
      .number()
      .int()
      .min(100, 'telesign.requestTimeoutMs must be at least 100')
      .max(120_000, 'telesign.requestTimeoutMs must be at most 120000 (2 minutes)'),
  }),
  apiHost: z.object({
    /**
     * Lets accounts use an API host on a private, link-local or otherwise non-public address (a
     * proxy inside the network). Off, such hosts are refused when saved and when connected to.
     */
    allowPrivateNetworks: z.boolean({ error: 'apiHost.allowPrivateNetworks must be true or false' }),
  }),
  sender: senderConfigSchema,
  reconciler: reconcilerConfigSchema,
  callbackProcessing: callbackProcessingConfigSchema,
  messages: automatedMessagesConfigSchema,
  conversations: conversationsConfigSchema,
});

export type PluginConfig = z.infer<typeof configSchema>;

/** Rules that relate two settings, which the per-field schema cannot express. */
const crossFieldProblems = (config: PluginConfig): string[] => {
  const problems: string[] = [];
  // A TeleSign call may spend the timeout connecting and again waiting for the answer.
  const longestCallMs = 2 * config.telesign.requestTimeoutMs;
  if (config.sender.leaseMs <= longestCallMs) {
    problems.push(
      `sender.leaseMs (${config.sender.leaseMs}) must be longer than a whole TeleSign call ` +
        `(2 × telesign.requestTimeoutMs = ${longestCallMs} ms), or a send still in progress would look abandoned`,
    );
  }
  if (config.sender.retryMaxDelayMs < config.sender.retryBaseDelayMs) {
    problems.push('sender.retryMaxDelayMs must be at least sender.retryBaseDelayMs');
  }
  if (config.callbackProcessing.retryMaxDelayMs < config.callbackProcessing.retryBaseDelayMs) {
    problems.push('callbackProcessing.retryMaxDelayMs must be at least callbackProcessing.retryBaseDelayMs');
  }
  return problems;
};

export const defaultConfig: PluginConfig = {
  callbackBodyLimitBytes: 64 * 1024,
  // A hundred refusals at once, ten a second after that: far more than a person testing by hand
  // causes, far less than a flood.
  callbackRefusalLimit: { burst: 100, perSecond: 10 },
  telesign: { requestTimeoutMs: 15_000 },
  apiHost: { allowPrivateNetworks: false },
  sender: defaultSenderConfig,
  reconciler: defaultReconcilerConfig,
  callbackProcessing: defaultCallbackProcessingConfig,
  messages: defaultAutomatedMessages,
  conversations: defaultConversationsConfig,
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
    const problems = crossFieldProblems(result.data);
    if (problems.length > 0) throw new Error(`Invalid sms-channel plugin config — ${problems.join('; ')}`);
  },
};
