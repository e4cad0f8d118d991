import type { Browser, Page } from 'playwright-core';
import type { Customer } from '../../simulator/src/customers';
import type { RunningSimulator } from '../../simulator/src/server';
import {
  startCallbackReceiver,
  type CallbackReceiver,
} from '../../simulator/src/__tests__/support/callback-receiver';
import {
  control,
  DEFAULT_CUSTOMER,
  startTestSimulator,
} from '../../simulator/src/__tests__/support/simulator';
import { launchChromium } from './harness/chromium';

/**
 * The simulator's support page in a real browser: registering a callback URL the way a demo user
 * does after the setup wizard, refusing a bad one without changing anything, and clearing it.
 */
describe('simulated TeleSign support page in a browser', () => {
  let simulator: RunningSimulator;
  let receiver: CallbackReceiver;
  let browser: Browser;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    receiver = await startCallbackReceiver();
    browser = await launchChromium();
  }, 30_000);
  afterAll(async () => {
    await browser.close();
    await simulator.close();
    await receiver.close();
  });

  const customerId = DEFAULT_CUSTOMER.customerId;
  const accountRow = `tr[data-customer-id="${customerId}"]`;

  const storedCallbackUrl = async (): Promise<string | undefined> => {
    const { status, body } = await control<{ customer: Customer }>(
      simulator,
      'GET',
      `/_sim/customers/${customerId}`,
    );
    expect(status).toBe(200);
    return body.customer.callbackUrl;
  };

  /** Waits for this result rather than reading at once: an earlier one may still be showing. */
  const waitForResult = (page: Page, kind: 'done' | 'error', text: string | RegExp): Promise<void> =>
    page.locator(`#result.${kind}`, { hasText: text }).waitFor({ timeout: 5_000 });

  it('registers a callback URL, refuses an invalid one and clears it', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // Chromium logs every non-2xx fetch; the unknown customer below is one on purpose.
      if (message.type() === 'error' && !message.text().includes('status of 404'))
        errors.push(message.text());
    });
    await page.goto(simulator.supportUrl);

    await page.waitForSelector(`${accountRow} td.callback-url.none`);
    expect(await page.textContent(accountRow)).toContain(DEFAULT_CUSTOMER.numbers[0]);
    expect(await page.inputValue('#customer-id')).toBe(customerId);

    // Rendered as text: the markup in the query string must not become an element.
    const callbackUrl = `${receiver.url}?note=<b>demo</b>`;
    await page.fill('#callback-url', `  ${callbackUrl}  `);
    await page.click('#submit');
    await waitForResult(page, 'done', `callbacks for customer ${customerId} now go to`);
    await page.waitForSelector(`${accountRow} td.callback-url:not(.none)`);
    expect(await page.textContent(`${accountRow} td.callback-url`)).toBe(callbackUrl);
    expect(await page.$$('b')).toHaveLength(0);
    expect(await storedCallbackUrl()).toBe(callbackUrl);

    // Texts from the customer phone now reach the registered URL.
    const inbound = await control<{ delivered: boolean }>(simulator, 'POST', '/_sim/inbound', {
      from: '15551234567',
      to: DEFAULT_CUSTOMER.numbers[0],
      text: 'Hello',
    });
    expect(inbound.body.delivered).toBe(true);
    expect((await receiver.waitFor(1))[0].json.user_response).toMatchObject({ mo_message: 'Hello' });

    await page.fill('#callback-url', 'localhost:1337/api/sms-channel/telesign/callbacks/abc');
    await page.click('#submit');
    await waitForResult(page, 'error', 'is not an absolute');
    expect(await page.textContent('#result')).toBe(
      '"localhost:1337/api/sms-channel/telesign/callbacks/abc" is not an absolute http:// or https:// URL. ' +
        'Paste the whole callback URL, starting with http:// or https://.',
    );
    await page.fill('#callback-url', '');
    await page.click('#submit');
    await waitForResult(page, 'error', /^Paste the callback URL from the SMS channel setup wizard/);
    expect(await storedCallbackUrl()).toBe(callbackUrl);
    expect(await page.textContent(`${accountRow} td.callback-url`)).toBe(callbackUrl);

    await page.fill('#customer-id', '00000000-0000-0000-0000-000000000000');
    await page.fill('#callback-url', 'https://cms.example.com/callbacks');
    await page.click('#submit');
    await waitForResult(page, 'error', /^No customer 00000000-0000-0000-0000-000000000000/);
    expect(await storedCallbackUrl()).toBe(callbackUrl);

    await page.fill('#customer-id', customerId);
    await page.click('#clear');
    await waitForResult(page, 'done', `customer ${customerId} has no callback URL now`);
    await page.waitForSelector(`${accountRow} td.callback-url.none`);
    expect(await storedCallbackUrl()).toBeUndefined();

    expect(errors).toEqual([]);
  }, 30_000);
});
