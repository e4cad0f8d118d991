import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';

/**
 * The plugin is this repository itself. Strapi reads this file from `config/` when it builds the
 * admin panel and from `dist/config/` when the server runs, so the repository root is found by
 * looking upwards rather than by counting `..`.
 */
const pluginRoot = (): string => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'strapi-server.js'))) return dir;
  }
  throw new Error(`strapi-plugin-sms-channel not found above ${__dirname}`);
};

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'sms-channel': {
    enabled: true,
    // Strapi resolves relative paths from its own loader, so an absolute path is given; the
    // integration tests point it at a shim that loads the TypeScript source.
    resolve: env('SMS_CHANNEL_PLUGIN_PATH', pluginRoot()),
    config: {
      publicUrl: env('SMS_CHANNEL_PUBLIC_URL', undefined),
      // Unset: the plugin's default (15 s). The integration tests shorten it to provoke timeouts.
      telesign: { requestTimeoutMs: env.int('SMS_CHANNEL_TELESIGN_TIMEOUT_MS', undefined) },
      // A JSON object merged over the plugin's pipeline settings (sender, reconciler,
      // callbackProcessing, messages): the integration tests shorten every timing with it.
      ...env.json('SMS_CHANNEL_PIPELINE_CONFIG', {}),
    },
  },
});

export default config;
