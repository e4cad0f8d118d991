import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Service } from './commands';

/** What a user of the freshly built app would notice of the plugin: its admin code, its routes. */

export const freeLoopbackPort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

const scriptFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return scriptFiles(file);
    return /\.m?js$/.test(entry.name) ? [file] : [];
  });

/** The admin panel `strapi build` wrote bundles the plugin's admin code (its id appears only there). */
export const checkAdminBundle = (appDir: string): void => {
  const buildDir = [path.join(appDir, 'dist', 'build'), path.join(appDir, 'build')].find((dir) =>
    fs.existsSync(path.join(dir, 'index.html')),
  );
  if (!buildDir) throw new Error(`no admin build (index.html) under ${appDir}`);
  const bundles = scriptFiles(buildDir);
  const withPlugin = bundles.filter((file) => fs.readFileSync(file, 'utf8').includes('sms-channel'));
  console.log(
    `${path.relative(appDir, buildDir)}: ${withPlugin.length} of ${bundles.length} scripts mention sms-channel`,
  );
  if (withPlugin.length === 0) throw new Error('the admin build does not contain the sms-channel plugin');
};

/** Resolves once `/_health` answers 204; fails at once if Strapi exits first. */
export const waitUntilHealthy = async (
  baseUrl: string,
  strapi: Service,
  signal: AbortSignal,
): Promise<void> => {
  let exit: string | undefined;
  void strapi.exited.then((how) => (exit = how));
  while (exit === undefined) {
    signal.throwIfAborted();
    const status = await fetch(`${baseUrl}/_health`, { signal }).then(
      (response) => response.status,
      () => undefined,
    );
    if (status === 204) return;
    await sleep(500, undefined, { signal });
  }
  throw new Error(`Strapi exited (${exit}) before it answered /_health`);
};

const expectStatus = async (
  label: string,
  request: Promise<Response>,
  status: number,
  contentType: RegExp,
): Promise<string> => {
  const response = await request;
  const body = await response.text();
  const type = response.headers.get('content-type') ?? '';
  if (response.status !== status || !contentType.test(type)) {
    throw new Error(
      `${label}: expected ${status} ${contentType}, got ${response.status} ${type}: ${body.slice(0, 300)}`,
    );
  }
  console.log(`${label}: ${response.status} ${type || '(no body)'}`);
  return body;
};

export const probeApp = async (baseUrl: string, signal: AbortSignal): Promise<void> => {
  await expectStatus('GET /_health', fetch(`${baseUrl}/_health`, { signal }), 204, /^$/);

  // 24 random bytes are 32 URL-safe characters: the shape of a real callback token, owned by no account.
  const callbackPath = `/api/sms-channel/telesign/callbacks/${randomBytes(24).toString('base64url')}`;
  const callback = await expectStatus(
    `POST ${callbackPath}`,
    fetch(`${baseUrl}${callbackPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
      signal,
    }),
    404,
    /^application\/json/,
  );
  const error = (JSON.parse(callback) as { error?: { status?: number } }).error;
  if (error?.status !== 404)
    throw new Error(`the callback route's 404 is not in Strapi's error shape: ${callback}`);

  const admin = await expectStatus('GET /admin', fetch(`${baseUrl}/admin`, { signal }), 200, /^text\/html/);
  if (!admin.includes('<div id="strapi"')) throw new Error('GET /admin did not serve the admin panel');

  // 401, not 404: the plugin's admin route exists and refuses a request without an admin token.
  await expectStatus(
    'GET /sms-channel/health',
    fetch(`${baseUrl}/sms-channel/health`, { signal }),
    401,
    /json/,
  );
};
