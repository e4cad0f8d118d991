import type { Browser } from 'playwright-core';
import { DEFAULT_CONFIG, DEMO_BUSINESS_NUMBER } from '../../simulator/src/config';
import type { RunningSimulator } from '../../simulator/src/server';
import { addFault, newCustomerNumber, pipelineEnv } from '../harness/pipeline';
import { simulatorControl, startTestSimulator } from '../harness/simulator';
import { waitFor } from '../harness/wait';
import { registerFirstAdmin, type AdminCredentials } from './harness/admin-api';
import { logIn, screenshot } from './harness/admin-page';
import { launchChromium } from './harness/chromium';
import { startPlayground, type PlaygroundProcess } from './harness/playground-process';

const { customerId, apiKey } = DEFAULT_CONFIG.defaultCustomer;
const REPLIES = 5;

/**
 * The account page's activity panel in the built admin panel, in Chromium: during a TeleSign
 * outage (every send answered 503 by the simulator) an admin sees sending paused, the replies
 * waiting and the latest problem, and sees sending resume once TeleSign answers again.
 */
describe('account activity in the admin panel', () => {
  let simulator: RunningSimulator;
  let playground: PlaygroundProcess;
  let browser: Browser;
  let owner: AdminCredentials & { token: string };
  let accountId: string;
  let numberId: string;

  const adminApi = async <T>(path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${playground.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { Authorization: `Bearer ${owner.token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${path} → ${response.status} ${text}`);
    return (JSON.parse(text) as { data: T }).data;
  };

  beforeAll(async () => {
    simulator = await startTestSimulator();
    playground = await startPlayground(
      pipelineEnv({
        sender: { outage: { minimumSends: 3, failureRatio: 0.5, windowMs: 60_000, pauseMs: 2_000 } },
      }),
    );
    browser = await launchChromium();
    owner = await registerFirstAdmin(playground.url);
    const account = await adminApi<{ documentId: string }>('/sms-channel/accounts', {
      name: 'Support line',
      customerId,
      apiKey,
      apiHost: simulator.url,
    });
    accountId = account.documentId;
    const number = await adminApi<{ documentId: string }>(`/sms-channel/accounts/${accountId}/numbers`, {
      number: DEMO_BUSINESS_NUMBER,
      type: 'geo',
    });
    numberId = number.documentId;
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await simulator?.close();
  });

  it('shows sending paused with the replies waiting during a TeleSign outage, then sending again', async () => {
    const page = await logIn(browser, playground.url, owner);
    await page.goto(`${playground.url}/admin/plugins/sms-channel/setup/${accountId}`);
    await page.getByRole('heading', { name: 'Activity', level: 2 }).waitFor();
    await page.getByText('Sending normally').waitFor();
    await page.getByText('0 queued · 0 sending · 0 outcome unknown').waitFor();

    await addFault(simulator, { target: 'send', kind: 'http-error', status: 503, times: 1_000 });
    for (let i = 0; i < REPLIES; i += 1) {
      await adminApi('/sms-channel/conversations', {
        numberId,
        to: newCustomerNumber(),
        body: 'Your order has shipped.',
      });
    }
    await waitFor(
      'sending to pause',
      async () => {
        const health = await adminApi<{ accounts: Array<{ sendingPausedUntil: string | null }> }>(
          '/sms-channel/health',
        );
        return health.accounts[0]?.sendingPausedUntil ?? undefined;
      },
      { timeoutMs: 15_000, intervalMs: 100 },
    );

    // The panel refreshes by itself; a reload shows it at once.
    await page.reload();
    await page.getByText('Paused: TeleSign is failing').waitFor();
    await page.getByText(/Queued messages wait without using up their attempts; one is tried at/).waitFor();
    await page.getByText(`${REPLIES} queued · 0 sending · 0 outcome unknown`).waitFor();
    await page
      .getByText(/^TeleSign answered .*503/)
      .first()
      .waitFor();
    await page.getByText(/^Sending a message · /).waitFor();
    // Tall enough to show the panel, the page's last section.
    await page.setViewportSize({ width: 1366, height: 1600 });
    await screenshot(page, 'account-activity-paused');

    // TeleSign answers again: the next trial gets through, everything goes out, and the panel says so.
    await simulatorControl(simulator, 'DELETE', '/_sim/faults');
    await page.getByText('Sending normally').waitFor({ timeout: 20_000 });
    await page.getByText('0 queued · 0 sending · 0 outcome unknown').waitFor({ timeout: 20_000 });
  });
});
