import { networkInterfaces } from 'node:os';
import { httpRequest } from './support/http-client';
import { startTestSimulator } from './support/simulator';

/** Listening on every interface, the TeleSign API is reachable but the control API and the pages are not. */

const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address?.family === 'IPv4' && !address.internal)?.address;
const describeWithNetwork = externalAddress ? describe : describe.skip;

describeWithNetwork('loopback-only control surface', () => {
  it('refuses /_sim/, /, /phone and /support to a non-loopback client', async () => {
    const simulator = await startTestSimulator({ host: '0.0.0.0' });
    try {
      const base = `http://${externalAddress}:${simulator.port}`;
      for (const path of ['/_sim/health', '/_sim/reset', '/', '/phone', '/support']) {
        const answer = await httpRequest(`${base}${path}`, {
          method: path === '/_sim/reset' ? 'POST' : 'GET',
        });
        expect(answer.status).toBe(403);
      }
      expect((await httpRequest(`${base}/v1/messaging`, { method: 'POST' })).status).toBe(401);
      expect((await httpRequest(`${simulator.url}/_sim/health`)).status).toBe(200);
    } finally {
      await simulator.close();
    }
  });
});
