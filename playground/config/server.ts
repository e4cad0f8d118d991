import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  // The public URL callback URLs are built from; TeleSign must be able to reach it.
  url: env('PUBLIC_URL', ''),
  app: { keys: env.array('APP_KEYS')! },
  // `npm run demo` turns Strapi's start-up message off and prints the admin login in its own.
  logger: { startup: { enabled: env.bool('STARTUP_MESSAGE', true) } },
});

export default config;
