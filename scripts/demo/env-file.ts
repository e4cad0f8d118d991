import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const secret = () => randomBytes(24).toString('base64');

/**
 * The playground reads its secrets from playground/.env. A first run writes one with fresh random
 * values, like create-strapi-app does; later runs keep it so logins and encrypted keys survive.
 */
export const ensurePlaygroundEnv = (
  playgroundDir: string,
  port: number,
): { created: boolean; file: string } => {
  const file = path.join(playgroundDir, '.env');
  if (fs.existsSync(file)) return { created: false, file };
  const lines = [
    'HOST=127.0.0.1',
    `PORT=${port}`,
    `PUBLIC_URL=http://127.0.0.1:${port}`,
    `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`,
    `API_TOKEN_SALT=${secret()}`,
    `ADMIN_JWT_SECRET=${secret()}`,
    `TRANSFER_TOKEN_SALT=${secret()}`,
    `JWT_SECRET=${secret()}`,
    `ENCRYPTION_KEY=${secret()}`,
  ];
  fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  return { created: true, file };
};
