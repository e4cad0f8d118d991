import type { Browser, Page } from 'playwright-core';
import { ACTIONS } from '../../shared/contracts/permissions/actions';
import { DEFAULT_CONFIG, DEMO_BUSINESS_NUMBER } from '../../simulator/src/config';
import type { RunningSimulator } from '../../simulator/src/server';
import { pipelineEnv } from '../harness/pipeline';
import { simulatorControl, startTestSimulator } from '../harness/simulator';
import { inviteUserWithActions, registerFirstAdmin, type AdminCredentials } from './harness/admin-api';
import { logIn, screenshot } from './harness/admin-page';
import { launchChromium } from './harness/chromium';
import { startPlayground, type PlaygroundProcess } from './harness/playground-process';

const { customerId, apiKey } = DEFAULT_CONFIG.defaultCustomer;
const CUSTOMER = '14255550199';
const CUSTOMER_SHOWN = '+1 425-555-0199';

/**
 * The agent inbox in the built admin panel, in Chromium, against the playground Strapi and the
 * TeleSign simulator: a customer texts from the simulator's phone page, an agent works the
 * conversation through its whole lifecycle, and a read-only user only looks.
 */
describe('agent inbox in the admin panel', () => {
  let simulator: RunningSimulator;
  let playground: PlaygroundProcess;
  let browser: Browser;
  let owner: AdminCredentials & { token: string };
  let conversationUrl: string;
  let workstreamId: string;

  const adminApi = async <T>(
    path: string,
    body?: unknown,
    method = body === undefined ? 'GET' : 'POST',
  ): Promise<T> => {
    const response = await fetch(`${playground.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${owner.token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${path} → ${response.status} ${text}`);
    return (JSON.parse(text) as { data: T }).data;
  };

  /** Waits out a notification, so it does not cover the page in a screenshot. */
  const toastGone = async (page: Page, message: string) => {
    await page.getByText(message).first().waitFor();
    await page.getByText(message).first().waitFor({ state: 'detached' });
  };

  /** The customer's phone: the simulator's page, texting the business number. */
  const openPhone = async (customer = CUSTOMER): Promise<Page> => {
    const phone = await browser.newPage({ viewport: { width: 420, height: 760 } });
    await phone.goto(simulator.phoneUrl);
    await phone.fill('#business', DEMO_BUSINESS_NUMBER);
    await phone.fill('#me', customer);
    await phone.dispatchEvent('#me', 'change');
    return phone;
  };

  /** Texts the business and waits until the simulator has delivered it to Strapi's callback URL. */
  const text = async (phone: Page, message: string) => {
    const delivered = phone.locator('.sent-meta', { hasText: 'Delivered' });
    const before = await delivered.count();
    await phone.fill('#text', message);
    await phone.press('#text', 'Enter');
    await delivered.nth(before).waitFor();
  };

  const openQueue = async (page: Page, queue: string) => {
    await page.goto(`${playground.url}/admin/plugins/sms-channel/inbox?queue=${queue}`);
    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
  };

  const customerRow = (page: Page) => page.getByRole('row').filter({ hasText: CUSTOMER_SHOWN });

  beforeAll(async () => {
    simulator = await startTestSimulator();
    playground = await startPlayground(pipelineEnv());
    browser = await launchChromium();
    owner = await registerFirstAdmin(playground.url);

    // Account, number and workstream through the admin API: the setup wizards have their own test.
    const account = await adminApi<{ documentId: string; callbackUrl: string }>('/sms-channel/accounts', {
      name: 'Support line',
      customerId,
      apiKey,
      apiHost: simulator.url,
    });
    const number = await adminApi<{ documentId: string }>(
      `/sms-channel/accounts/${account.documentId}/numbers`,
      { number: DEMO_BUSINESS_NUMBER, type: 'geo', description: 'Support (US)' },
    );
    const workstream = await adminApi<{ documentId: string }>('/sms-channel/workstreams', {
      name: 'Customer support',
      numberIds: [number.documentId],
    });
    workstreamId = workstream.documentId;
    const pointed = await simulatorControl(simulator, 'PUT', `/_sim/customers/${customerId}`, {
      callbackUrl: account.callbackUrl,
    });
    expect(pointed.status).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await simulator?.close();
  });

  it('takes a texted request through accept, reply, close session, the customer’s return and end', async () => {
    const page = await logIn(browser, playground.url, owner);
    await openQueue(page, 'open');
    await page.getByText('New conversations that no agent has accepted yet appear here.').waitFor();

    // The customer texts; the request appears in Open, and on the menu, without a reload.
    const phone = await openPhone();
    await text(phone, 'Hi, my order #1042 has not arrived yet.');
    await customerRow(page).getByText('Hi, my order #1042 has not arrived yet.').waitFor({ timeout: 3_000 });
    await customerRow(page).getByText('Customer support').waitFor();
    await customerRow(page).getByText('Unassigned').waitFor();
    await page.getByRole('tab', { name: /^Open/ }).getByText('1', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'SMS channel' }).getByText('1', { exact: true }).waitFor();
    await screenshot(page, 'inbox-queue');

    // Accept: the conversation is the agent's, in Mine.
    await customerRow(page).getByRole('link', { name: CUSTOMER_SHOWN }).click();
    await page.getByRole('heading', { name: CUSTOMER_SHOWN, level: 1 }).waitFor();
    conversationUrl = page.url();
    await page.getByText('Texting +1 425-555-0100 · Customer support').waitFor();
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await page.getByRole('button', { name: 'Close session', exact: true }).waitFor();
    await page.getByRole('definition').filter({ hasText: 'Olivia Owner' }).waitFor();
    await toastGone(page, 'Accepted: the conversation is yours.');

    // The composer counts as the agent types and names the characters that force Unicode.
    const reply = page.getByRole('textbox', { name: 'Reply' });
    await reply.fill('We’re on it — Łukasz will call you today.');
    await page.getByText('41 / 1,600 characters · Unicode · 1 segment (29 left in this one)').waitFor();
    await page.getByText('Sent as Unicode because of ’ (U+2019), — (U+2014), Ł (U+0141):').waitFor();
    await screenshot(page, 'inbox-composer-unicode');

    await reply.fill('We are on it: your parcel leaves the depot today.');
    await page.getByText('49 / 1,600 characters · GSM-7 · 1 segment (111 left in this one)').waitFor();
    await reply.press('Control+Enter');
    const sent = page.getByRole('article', { name: 'Message from Olivia Owner' });
    await sent.getByText('We are on it: your parcel leaves the depot today.').waitFor();
    expect(await reply.inputValue()).toBe('');

    // The customer's phone receives it, and the thread follows its delivery to "Delivered".
    await phone
      .locator('.bubble.received', { hasText: 'We are on it: your parcel leaves the depot today.' })
      .waitFor();
    await sent.getByText('Delivered', { exact: true }).waitFor();
    await screenshot(page, 'inbox-conversation');

    // Close session: waiting for the customer, who comes back to the same agent.
    await page.getByRole('button', { name: 'Close session', exact: true }).click();
    await page.getByText('Waiting', { exact: true }).first().waitFor();
    await text(phone, 'Thanks! Could you also change the delivery address?');
    await page.getByText('Thanks! Could you also change the delivery address?').waitFor({ timeout: 3_000 });
    await page.getByText('Active', { exact: true }).first().waitFor();
    await openQueue(page, 'mine');
    await customerRow(page).getByText('Thanks! Could you also change the delivery address?').waitFor();

    // End: resolved, in Closed; only a manager's Reopen is left.
    await page.goto(conversationUrl);
    await page.getByRole('button', { name: 'End', exact: true }).click();
    await page.getByRole('button', { name: 'Reopen', exact: true }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Reply' }).count()).toBe(0);
    await openQueue(page, 'closed');
    await customerRow(page).waitFor();
    await openQueue(page, 'mine');
    await page.getByText('Conversations assigned to you appear here.').waitFor();

    const [conversation] = await adminApi<{ status: string; closeReason: string | null }[]>(
      '/sms-channel/conversations?queue=closed',
    );
    expect(conversation).toEqual(expect.objectContaining({ status: 'closed', closeReason: 'resolved' }));
    await phone.close();
  });

  it('finds a conversation by the number as people type it, and by words of its messages', async () => {
    const page = await logIn(browser, playground.url, owner);
    await openQueue(page, 'closed');
    const search = page.getByRole('searchbox', { name: 'Search by number or message text' });
    await search.fill('+1 (425) 555-0199');
    await page.waitForURL(/q=/);
    await customerRow(page).waitFor();
    await search.fill('parcel');
    await page.waitForURL(/q=parcel/);
    await customerRow(page).waitFor();
    await search.fill('refund');
    await page.getByText('No conversation in this queue matches “refund”.').waitFor();
  });

  it('shows an opt-out in the thread and refuses new messages to that customer, as the server says', async () => {
    const page = await logIn(browser, playground.url, owner);
    await openQueue(page, 'open');
    const phone = await openPhone('14255550142');
    await text(phone, 'STOP');

    await page.getByRole('row').filter({ hasText: '+1 425-555-0142' }).getByRole('link').first().click();
    await page.getByRole('heading', { name: '+1 425-555-0142', level: 1 }).waitFor();
    await page.getByRole('article', { name: 'Message from Automated: opt-out confirmation' }).waitFor();
    await page.getByText(/^The customer opted out on .+ by texting a keyword/).waitFor();
    await page.getByText('Sending is off: the customer opted out (see above).').waitFor();
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await toastGone(page, 'Accepted: the conversation is yours.');
    expect(await page.getByRole('textbox', { name: 'Reply' }).isDisabled()).toBe(true);
    await screenshot(page, 'inbox-opted-out');

    await openQueue(page, 'open');
    await page.getByRole('button', { name: 'New conversation', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New conversation' });
    await dialog.getByRole('combobox', { name: /^From/ }).click();
    await page.getByRole('option', { name: /^\+1 425-555-0100 · Support line/ }).click();
    await dialog.getByRole('textbox', { name: /^Customer number/ }).fill('14255550142');
    await dialog.getByRole('textbox', { name: /^First message/ }).fill('Your parcel has shipped.');
    await dialog.getByRole('button', { name: 'Send', exact: true }).click();
    await dialog.getByText(/14255550142 opted out of messages from 14255550100/).waitFor();
    await phone.close();
  });

  it('shows why a delivery failed, retries it, sends an attachment as a link and hands the conversation over', async () => {
    const agent = await inviteUserWithActions(playground.url, owner.token, 'Andrea', [
      ACTIONS.inboxRead,
      ACTIONS.inboxReply,
    ]);
    await adminApi(`/sms-channel/workstreams/${workstreamId}`, { allowAgentAttachments: true }, 'PUT');
    const unreachable = await simulatorControl(simulator, 'PUT', '/_sim/destinations/14255550177', {
      outcome: 'unreachable',
    });
    expect(unreachable.status).toBe(200);
    const phone = await openPhone('14255550177');
    await text(phone, 'Is my invoice ready?');

    const page = await logIn(browser, playground.url, owner);
    await openQueue(page, 'open');
    await page.getByRole('row').filter({ hasText: '+1 425-555-0177' }).getByRole('link').first().click();
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await toastGone(page, 'Accepted: the conversation is yours.');
    const reply = page.getByRole('textbox', { name: 'Reply' });
    await reply.fill('Here it is.');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const sent = page.getByRole('article', { name: 'Message from Olivia Owner' });
    await sent.getByText('Failed', { exact: true }).waitFor();
    await sent.getByText(/210 Temporary phone error/).waitFor();
    await screenshot(page, 'inbox-delivery-failed');

    // The handset is reachable again: Retry sends the same message once more, and it arrives.
    await simulatorControl(simulator, 'PUT', '/_sim/destinations/14255550177', { outcome: 'delivered' });
    await sent.getByRole('button', { name: 'Retry', exact: true }).click();
    await sent.getByText('Delivered', { exact: true }).waitFor();
    expect(await sent.getByRole('button', { name: 'Retry', exact: true }).count()).toBe(0);
    // The phone page lists the unreachable attempt too: the retry is the second.
    await phone.locator('.bubble.received', { hasText: 'Here it is.' }).nth(1).waitFor();

    // The workstream lets agents send files: picked in the Media Library's own dialog (uploaded
    // there first), sent as a link.
    await page.getByRole('button', { name: 'Attach files', exact: true }).click();
    const library = page.getByRole('dialog', { name: 'Add new assets' });
    await library.getByRole('button', { name: 'Add more assets' }).click();
    await library.locator('input[type="file"]').setInputFiles({
      name: 'invoice-1042.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%invoice\n'),
    });
    await library.getByRole('button', { name: 'Upload 1 asset to the library' }).click();
    await library.getByRole('button').filter({ hasText: 'invoice-1042' }).getByRole('checkbox').click();
    await library.getByRole('button', { name: 'Finish', exact: true }).click();
    await library.waitFor({ state: 'detached' });
    await page.getByText('invoice-1042.pdf', { exact: true }).waitFor();
    await reply.fill('Your invoice:');
    await reply.press('Control+Enter');
    await phone.locator('.bubble.received', { hasText: /Your invoice:\s+http\S+invoice_1042/ }).waitFor();

    // Assign to… lists the agents who may reply; the conversation becomes theirs.
    await page.getByRole('button', { name: 'Assign to…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Assign to an agent' });
    await dialog.getByRole('combobox', { name: /^Agent/ }).click();
    await page.getByRole('option', { name: 'Andrea Tester (andrea@example.test)' }).click();
    await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('definition').filter({ hasText: 'Andrea Tester' }).waitFor();
    await phone.close();

    // For Andrea it is in Mine, with the composer; the owner's own Mine no longer has it.
    const agentPage = await logIn(browser, playground.url, agent);
    await openQueue(agentPage, 'mine');
    await agentPage.getByRole('row').filter({ hasText: '+1 425-555-0177' }).getByRole('link').first().click();
    await agentPage.getByRole('textbox', { name: 'Reply' }).waitFor();
    expect(await agentPage.getByRole('button', { name: 'Assign to…', exact: true }).count()).toBe(0);
  });

  it('shows a user who may only read conversations the thread, without composer or actions', async () => {
    const reader = await inviteUserWithActions(playground.url, owner.token, 'Watcher', [ACTIONS.inboxRead]);
    const page = await logIn(browser, playground.url, reader);
    await openQueue(page, 'closed');
    expect(await page.getByRole('button', { name: 'New conversation', exact: true }).count()).toBe(0);

    await customerRow(page).getByRole('link', { name: CUSTOMER_SHOWN }).click();
    await page.getByRole('heading', { name: CUSTOMER_SHOWN, level: 1 }).waitFor();
    await page.getByText('We are on it: your parcel leaves the depot today.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Reply' }).count()).toBe(0);
    for (const action of ['Accept', 'Close session', 'End', 'Reopen', 'Assign to…', 'Retry']) {
      expect(await page.getByRole('button', { name: action, exact: true }).count()).toBe(0);
    }
  });
});
