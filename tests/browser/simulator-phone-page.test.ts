import type { Browser } from 'playwright-core';
import type { RunningSimulator } from '../../simulator/src/server';
import {
  startCallbackReceiver,
  type CallbackReceiver,
} from '../../simulator/src/__tests__/support/callback-receiver';
import {
  DEFAULT_CUSTOMER,
  startTestSimulator,
  updateCustomer,
} from '../../simulator/src/__tests__/support/simulator';
import { SMS_FORM, form, teleSign } from '../../simulator/src/__tests__/support/telesign-request';
import { launchChromium } from './harness/chromium';

/**
 * The simulator's phone page in a real browser: texting the business, seeing the business's SMS,
 * and user text rendered as text.
 */
describe('customer phone page in a browser', () => {
  let simulator: RunningSimulator;
  let receiver: CallbackReceiver;
  let browser: Browser;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    receiver = await startCallbackReceiver();
    await updateCustomer(simulator, DEFAULT_CUSTOMER.customerId, { callbackUrl: receiver.url });
    browser = await launchChromium();
  }, 30_000);
  afterAll(async () => {
    await browser.close();
    await simulator.close();
    await receiver.close();
  });

  it('texts the business and shows both sides of the thread, escaped', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(simulator.phoneUrl);

    expect(await page.inputValue('#business')).toBe(DEFAULT_CUSTOMER.numbers[0]);
    await page.fill('#me', '15551234567');
    await page.dispatchEvent('#me', 'change');
    const hostile = '<img src=x onerror="document.title=1">STOP';
    await page.fill('#text', hostile);
    await page.press('#text', 'Enter');

    const [callback] = await receiver.waitFor(1);
    expect(callback.json.user_response).toMatchObject({ phone_number: '15551234567', mo_message: hostile });
    await page.waitForSelector('.bubble.sent');
    expect(await page.textContent('.bubble.sent')).toBe(hostile);
    await page.waitForSelector('.sent-meta:has-text("Delivered")');

    await teleSign(simulator.url, {
      body: form({
        ...SMS_FORM,
        phone_number: '15551234567',
        sender_id: DEFAULT_CUSTOMER.numbers[0],
        message: 'We are on it.',
      }),
    });
    await page.waitForSelector('.bubble.received:has-text("We are on it.")', { timeout: 3_000 });
    await page.waitForSelector('.received-meta:has-text("Delivered to handset")', { timeout: 3_000 });

    expect(await page.$$('img')).toHaveLength(0);
    expect(await page.title()).not.toBe('1');
    expect(errors).toEqual([]);
  }, 20_000);
});
