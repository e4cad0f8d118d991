/**
 * The playground Strapi in a process of its own, for tests that kill it (`kill -9`) or run two
 * of them on one database. Run with `tsx` (so the plugin's TypeScript source loads through the
 * shim, as in startTestApp); configured entirely by the environment the parent passes:
 * the database variables, the app secrets, SMS_CHANNEL_PLUGIN_PATH, PORT, and SMS_TEST_SEED
 * (JSON, see `ProcessSeed`) for rows to create once. Prints `READY <url>` when it listens.
 */
import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import { PLAYGROUND_DIR, PLAYGROUND_DIST_DIR } from './paths';

export interface ProcessSeed {
  account: { customerId: string; apiKey: string; callbackToken: string; apiHost: string };
  numbers: Array<{ digits: string; workstream: boolean }>;
}

const seed = async (strapi: Core.Strapi, spec: ProcessSeed): Promise<void> => {
  const query = (name: string) => strapi.db.query(`plugin::sms-channel.${name}` as never);
  // The first process seeds; a restarted one finds the rows and leaves them alone.
  if (await query('account').findOne({ where: { callbackToken: spec.account.callbackToken } })) return;
  const encryption = strapi.service('admin::encryption') as { encrypt(value: string): string };
  const account = (await query('account').create({
    data: {
      name: 'Support line',
      customerId: spec.account.customerId,
      apiKeyEncrypted: encryption.encrypt(spec.account.apiKey),
      apiKeyLast4: spec.account.apiKey.slice(-4),
      apiHost: spec.account.apiHost,
      callbackToken: spec.account.callbackToken,
    },
  })) as { id: number };
  const workstream = (await query('workstream').create({ data: { name: 'Support', language: 'en' } })) as {
    id: number;
  };
  for (const number of spec.numbers) {
    await query('number').create({
      data: {
        digits: number.digits,
        type: 'geo',
        account: account.id,
        workstream: number.workstream ? workstream.id : null,
      },
    });
  }
};

const main = async (): Promise<void> => {
  const instance = createStrapi({ appDir: PLAYGROUND_DIR, distDir: PLAYGROUND_DIST_DIR });
  instance.log.level = process.env.TEST_LOG_LEVEL ?? 'warn';
  const strapi = await instance.load();
  strapi.server.mount();
  if (process.env.SMS_TEST_SEED) await seed(strapi, JSON.parse(process.env.SMS_TEST_SEED) as ProcessSeed);
  const server = strapi.server.httpServer;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => resolve());
  });
  process.stdout.write(`READY http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);

  const shutDown = async (): Promise<void> => {
    await strapi.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutDown());
};

main().catch((error: unknown) => {
  process.stderr.write(
    `Strapi process failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
