import type { Browser } from 'playwright-core';
import { ACTIONS } from '../../shared/contracts/permissions/actions';
import { inviteUserWithActions, registerFirstAdmin, type AdminCredentials } from './harness/admin-api';
import { logIn, screenshot } from './harness/admin-page';
import { launchChromium } from './harness/chromium';
import { startPlayground, type PlaygroundProcess } from './harness/playground-process';

describe('the "SMS channel" entry in the admin panel', () => {
  let playground: PlaygroundProcess;
  let browser: Browser;
  let owner: AdminCredentials & { token: string };

  beforeAll(async () => {
    playground = await startPlayground();
    browser = await launchChromium();
    owner = await registerFirstAdmin(playground.url);
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
  });

  it('takes an admin from the main menu to the setup page, then to workstreams and the inbox', async () => {
    const page = await logIn(browser, playground.url, owner);
    await page.getByRole('link', { name: 'SMS channel' }).click();

    await page.waitForURL('**/admin/plugins/sms-channel/setup');
    await page.getByRole('heading', { name: 'Setup', level: 1 }).waitFor();
    await page.getByText('No TeleSign account is connected yet.').waitFor();
    await page.getByText('Connecting a TeleSign account').waitFor();
    await screenshot(page, 'setup-empty');

    await page.getByRole('link', { name: 'Workstreams' }).click();
    await page.getByRole('heading', { name: 'Workstreams', level: 1 }).waitFor();

    await page.getByRole('link', { name: 'Inbox' }).click();
    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
    for (const queue of ['Open', 'Mine', 'Waiting', 'Closed']) {
      await page.getByRole('tab', { name: queue }).waitFor();
    }
    await screenshot(page, 'inbox-empty');
  });

  it('shows an agent who may only read the inbox the entry, the inbox, and no setup', async () => {
    const agent = await inviteUserWithActions(playground.url, owner.token, 'Agent', [ACTIONS.inboxRead]);
    const page = await logIn(browser, playground.url, agent);
    await page.getByRole('link', { name: 'SMS channel' }).click();

    await page.waitForURL('**/admin/plugins/sms-channel/inbox');
    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Setup' }).count()).toBe(0);
  });

  it('hides the entry from a user without any SMS channel permission', async () => {
    const editor = await inviteUserWithActions(playground.url, owner.token, 'Editor', []);
    const page = await logIn(browser, playground.url, editor);
    await page.getByRole('navigation').first().waitFor();
    expect(await page.getByRole('link', { name: 'SMS channel' }).count()).toBe(0);
  });
});
