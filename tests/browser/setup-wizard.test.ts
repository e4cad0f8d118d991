import type { Browser, Page } from 'playwright-core';
import { ACTIONS } from '../../shared/contracts/permissions/actions';
import { DEFAULT_CONFIG } from '../../simulator/src/config';
import type { RunningSimulator } from '../../simulator/src/server';
import { startTestSimulator } from '../harness/simulator';
import { inviteUserWithActions, registerFirstAdmin, type AdminCredentials } from './harness/admin-api';
import { logIn, screenshot } from './harness/admin-page';
import { launchChromium } from './harness/chromium';
import { startPlayground, type PlaygroundProcess } from './harness/playground-process';

const { customerId, apiKey, numbers } = DEFAULT_CONFIG.defaultCustomer;
const [businessNumber] = numbers;
/** The business number as every admin page writes it (stored as `14255550100`). */
const shownBusinessNumber = '+1 425-555-0100';

interface StoredNumber {
  number: string;
  type: string;
  description: string | null;
  workstream: { name: string } | null;
}

interface StoredAccount {
  name: string;
  customerId: string;
  apiHost: string;
  apiKeySet: boolean;
  apiKeyLast4: string | null;
  callbackUrl: string | null;
  verification: { status: string; checkedAt: string | null };
  numbers: StoredNumber[];
}

interface StoredWorkstream {
  name: string;
  language: string;
  allowCustomerAttachments: boolean;
  allowAgentAttachments: boolean;
  autoCloseAfterHours: number | null;
  numbers: Omit<StoredNumber, 'workstream'>[];
}

/**
 * The setup wizards in the built admin panel, in Chromium, against the playground Strapi and the
 * TeleSign simulator: what an admin types, sees and ends up with in the database.
 */
describe('setup wizards in the admin panel', () => {
  let simulator: RunningSimulator;
  let playground: PlaygroundProcess;
  let browser: Browser;
  let owner: AdminCredentials & { token: string };

  /** The owner's view of the admin API, as the pages get it. */
  const adminApi = async <T>(
    path: string,
    init: { method?: string; body?: unknown } = {},
  ): Promise<{ text: string; data: T }> => {
    const response = await fetch(`${playground.url}${path}`, {
      method: init.method ?? 'GET',
      headers: { Authorization: `Bearer ${owner.token}`, 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} → ${response.status} ${text}`);
    return { text, data: (JSON.parse(text) as { data: T }).data };
  };

  /** Opens a page of the plugin and waits for its heading. */
  const open = async (page: Page, path: string, heading: string) => {
    await page.goto(`${playground.url}/admin/plugins/sms-channel/${path}`);
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  };

  const stepHeading = (page: Page, name: string) => page.getByRole('heading', { name, level: 2 });
  const next = (page: Page, name = 'Next') => page.getByRole('button', { name, exact: true }).click();

  beforeAll(async () => {
    simulator = await startTestSimulator();
    playground = await startPlayground();
    browser = await launchChromium();
    owner = await registerFirstAdmin(playground.url);
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await simulator?.close();
  });

  it('connects the simulator’s TeleSign account: details, number, verification, callback URL', async () => {
    const page = await logIn(browser, playground.url, owner);
    await open(page, 'setup', 'Setup');
    await page.getByRole('link', { name: 'New account' }).click();
    await page.getByRole('heading', { name: 'New account', level: 1 }).waitFor();

    // Channel details: nothing typed yet, so Next is refused with the reason at the field.
    await stepHeading(page, 'Channel details').waitFor();
    await next(page);
    await page.getByText('Give the account a name, for example "Support line".').waitFor();
    await page.getByRole('textbox', { name: /^Name/ }).fill('Support line');
    await page.getByText('Give the account a name').waitFor({ state: 'detached' });
    await screenshot(page, 'setup-wizard-1-channel');
    await next(page);

    // Account details: a customer ID in the wrong form is refused before anything is saved.
    await stepHeading(page, 'Account details').waitFor();
    await page.getByRole('textbox', { name: /^Customer ID/ }).fill('ACME-1234');
    await page.getByLabel(/^API key/).fill(apiKey);
    await page.getByRole('radio', { name: /Another URL/ }).click();
    await page.getByRole('textbox', { name: /^API host URL/ }).fill(simulator.url);
    await next(page, 'Save and continue');
    await page.getByText('A TeleSign Customer ID looks like FFFFFFFF-EEEE-DDDD-1234-AB1234567890').waitFor();
    await stepHeading(page, 'Account details').waitFor();
    await screenshot(page, 'setup-wizard-2-invalid-customer-id');
    expect((await adminApi<StoredAccount[]>('/sms-channel/accounts')).data).toEqual([]);

    await page.getByRole('textbox', { name: /^Customer ID/ }).fill(customerId);
    await screenshot(page, 'setup-wizard-2-account');
    await next(page, 'Save and continue');

    // SMS numbers: the account now exists; add the simulator's business number and verify.
    await stepHeading(page, 'SMS numbers').waitFor();
    await page.waitForURL(/\/setup\/[^/]+\/edit\?step=numbers$/);
    await next(page);
    await page.getByText('Add at least one SMS number').waitFor();

    await page.getByRole('button', { name: 'Add number' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an SMS number' });
    await dialog.getByRole('textbox', { name: /^Number/ }).fill(`+${businessNumber}`);
    await dialog.getByRole('button', { name: 'Save number' }).click();
    await dialog.getByText('Write the number as digits only').waitFor();
    // Well formed, but no North American number starts 999: only the server knows; its answer
    // appears at the field all the same.
    await dialog.getByRole('textbox', { name: /^Number/ }).fill('19995550100');
    await dialog.getByRole('button', { name: 'Save number' }).click();
    await dialog.getByText('19995550100 is not a valid phone number for +1').waitFor();
    await screenshot(page, 'setup-wizard-3-number-refused');
    await dialog.getByRole('textbox', { name: /^Number/ }).fill(businessNumber);
    await dialog.getByRole('textbox', { name: /^Description/ }).fill('Customer support (US)');
    await screenshot(page, 'setup-wizard-3-add-number');
    await dialog.getByRole('button', { name: 'Save number' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('gridcell', { name: shownBusinessNumber, exact: true }).waitFor();
    await page.getByRole('button', { name: `Edit ${shownBusinessNumber}`, exact: true }).waitFor();
    await page.getByRole('button', { name: `Remove ${shownBusinessNumber}`, exact: true }).waitFor();

    await page.getByText('Not checked yet').waitFor();
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await page.getByText('Valid', { exact: true }).waitFor();
    // The verdict as the admin writes it from its code and values.
    await page
      .getByText(`TeleSign accepted customer ID ${customerId} and its API key on ${simulator.url}.`)
      .waitFor();
    await page.getByText(/^Checked /).waitFor();
    await screenshot(page, 'setup-wizard-3-numbers');
    await next(page);

    // Callback URL: this app's URL for the account, the TeleSign registration steps, regenerate.
    await stepHeading(page, 'Callback URL').waitFor();
    const callbackPrefix = `${playground.url}/api/sms-channel/telesign/callbacks/`;
    const shownUrl = page.getByText(callbackPrefix);
    const firstUrl = await shownUrl.textContent();
    expect(firstUrl?.startsWith(callbackPrefix)).toBe(true);
    await page.getByText('to TeleSign support at support@telesign.com').waitFor();
    await page.getByRole('button', { name: 'Copy callback URL' }).waitFor();
    // The number's "saved" notification would cover the page's title.
    await page.getByText(`${shownBusinessNumber} saved`).waitFor({ state: 'detached', timeout: 15_000 });
    await screenshot(page, 'setup-wizard-4-callback');

    await page.getByRole('button', { name: 'Regenerate URL' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText('The current URL stops working at once').waitFor();
    await screenshot(page, 'setup-wizard-4-regenerate');
    await confirm.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText(firstUrl ?? '', { exact: true }).waitFor({ state: 'detached' });
    const secondUrl = await page.getByText(callbackPrefix).textContent();
    expect(secondUrl).not.toBe(firstUrl);
    await next(page);

    // Done: the summary shows the key only as its last four characters.
    await stepHeading(page, 'Done').waitFor();
    await page.getByText(`${shownBusinessNumber} (Customer support (US))`, { exact: true }).waitFor();
    await page.getByText(`•••• ${apiKey.slice(-4)}`).waitFor();
    expect(await page.content()).not.toContain(apiKey);
    await screenshot(page, 'setup-wizard-5-done');
    await next(page, 'Finish');

    await page.waitForURL('**/admin/plugins/sms-channel/setup');
    const row = page.getByRole('row', { name: /Support line/ });
    await row.getByText('Valid', { exact: true }).waitFor();
    await row.getByText(shownBusinessNumber, { exact: true }).waitFor();
    await row.getByText(/^Checked /).waitFor();
    await screenshot(page, 'setup-accounts');

    const { text, data } = await adminApi<StoredAccount[]>('/sms-channel/accounts');
    expect(text).not.toContain(apiKey);
    expect(data).toEqual([
      expect.objectContaining({
        name: 'Support line',
        customerId,
        apiHost: simulator.url,
        apiKeySet: true,
        apiKeyLast4: apiKey.slice(-4),
        callbackUrl: secondUrl,
        verification: expect.objectContaining({ status: 'valid', checkedAt: expect.any(String) }),
        numbers: [
          {
            documentId: expect.any(String),
            number: businessNumber,
            type: 'geo',
            description: 'Customer support (US)',
            workstream: null,
          },
        ],
      }),
    ]);
  });

  it('asks for the API key again when the account moves to another API host', async () => {
    const [saved] = (await adminApi<(StoredAccount & { documentId: string })[]>('/sms-channel/accounts'))
      .data;
    const page = await logIn(browser, playground.url, owner);
    await page.goto(
      `${playground.url}/admin/plugins/sms-channel/setup/${saved.documentId}/edit?step=account`,
    );
    await stepHeading(page, 'Account details').waitFor();
    await page.getByText(`A key ending in ${apiKey.slice(-4)} is stored.`).waitFor();

    // Another host: the stored key is not used there, so the empty key field is refused.
    await page.getByRole('radio', { name: /Enterprise account/ }).click();
    await page.getByText('The API host changes, so enter the API key again').waitFor();
    await next(page, 'Save and continue');
    await page.getByText('Enter the API key again: changing the API host needs it.').waitFor();
    await screenshot(page, 'setup-wizard-2-host-changed');

    // Back on the saved host, the stored key is kept and nothing needs retyping.
    await page.getByRole('radio', { name: /Another URL/ }).click();
    await page.getByText(`A key ending in ${apiKey.slice(-4)} is stored.`).waitFor();
    await next(page, 'Save and continue');
    await stepHeading(page, 'SMS numbers').waitFor();

    const [after] = (await adminApi<StoredAccount[]>('/sms-channel/accounts')).data;
    expect(after).toMatchObject({
      apiHost: simulator.url,
      apiKeySet: true,
      verification: { status: 'valid' },
    });
  });

  it('adds the SMS channel to a new workstream: number, language, behaviours, summary', async () => {
    const page = await logIn(browser, playground.url, owner);
    await open(page, 'workstreams', 'Workstreams');
    await page.getByRole('link', { name: 'New workstream' }).click();

    await stepHeading(page, 'Workstream').waitFor();
    await next(page);
    await page.getByText('Give the workstream a name').waitFor();
    await page.getByRole('textbox', { name: /^Name/ }).fill('Customer support');
    await next(page);

    await stepHeading(page, 'SMS number').waitFor();
    await next(page);
    await page.getByText('Pick the SMS number whose conversations this workstream routes.').waitFor();
    await page.getByRole('checkbox', { name: `${shownBusinessNumber} · Support line` }).click();
    await screenshot(page, 'workstream-wizard-1-number');
    await next(page);

    await stepHeading(page, 'Language').waitFor();
    await page.getByRole('combobox', { name: /^Default language/ }).click();
    await page.getByRole('option', { name: 'Spanish (Español)' }).click();
    await screenshot(page, 'workstream-wizard-2-language');
    await next(page);

    await stepHeading(page, 'Behaviours').waitFor();
    await page.getByRole('checkbox', { name: 'Agents may send attachments' }).click();
    const hours = page.getByRole('textbox', { name: /^Close after \(hours\)/ });
    await hours.fill('0');
    await next(page);
    await page.getByText('Enter a whole number of hours from 1 to 8760').waitFor();
    await hours.fill('48');
    await screenshot(page, 'workstream-wizard-3-behaviours');
    await next(page);

    await stepHeading(page, 'Summary').waitFor();
    await page.getByText(shownBusinessNumber, { exact: true }).waitFor();
    await page.getByText('After 48 hours of waiting').waitFor();
    await screenshot(page, 'workstream-wizard-4-summary');

    // Meanwhile another admin puts the number in a workstream of their own: Finish is refused and
    // the wizard goes back to the number, with the server's explanation there.
    const [{ numbers: accountNumbers }] = (
      await adminApi<(StoredAccount & { numbers: { documentId: string }[] })[]>('/sms-channel/accounts')
    ).data;
    const rival = await adminApi<{ documentId: string }>('/sms-channel/workstreams', {
      method: 'POST',
      body: { name: 'Night shift', numberIds: [accountNumbers[0].documentId] },
    });
    await next(page, 'Finish');
    await stepHeading(page, 'SMS number').waitFor();
    await page.getByText(`The number ${businessNumber} is already in the workstream "Night shift"`).waitFor();
    await screenshot(page, 'workstream-wizard-number-taken');
    await adminApi(`/sms-channel/workstreams/${rival.data.documentId}`, { method: 'DELETE' });
    await page.getByRole('button', { name: /Summary$/ }).click();
    await next(page, 'Finish');

    await page.waitForURL('**/admin/plugins/sms-channel/workstreams');
    const row = page.getByRole('row', { name: /Customer support/ });
    await row.getByText(shownBusinessNumber, { exact: true }).waitFor();
    await row.getByText('Allowed', { exact: true }).waitFor();
    await screenshot(page, 'workstreams');

    expect((await adminApi<StoredWorkstream[]>('/sms-channel/workstreams')).data).toEqual([
      expect.objectContaining({
        name: 'Customer support',
        language: 'es',
        allowCustomerAttachments: false,
        allowAgentAttachments: true,
        autoCloseAfterHours: 48,
        numbers: [expect.objectContaining({ number: businessNumber })],
      }),
    ]);
    const [account] = (await adminApi<StoredAccount[]>('/sms-channel/accounts')).data;
    expect(account.numbers[0].workstream).toEqual(expect.objectContaining({ name: 'Customer support' }));

    // The number now belongs to that workstream, so a second one is not offered it.
    await open(page, 'workstreams/new', 'New workstream');
    await page.getByRole('textbox', { name: /^Name/ }).fill('Billing');
    await next(page);
    await page.getByText('No SMS number is free.').waitFor();
    await page.getByText('1 number is already in another workstream and not offered here.').waitFor();
    expect(await page.getByRole('checkbox').count()).toBe(0);
  });

  it('shows a user who may only read the settings everything, without any way to change it', async () => {
    const reader = await inviteUserWithActions(playground.url, owner.token, 'Reader', [ACTIONS.settingsRead]);
    const page = await logIn(browser, playground.url, reader);

    await open(page, 'setup', 'Setup');
    const row = page.getByRole('row', { name: /Support line/ });
    await row.getByText('Valid', { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'New account' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Edit|Delete) Support line/ }).count()).toBe(0);

    await row.getByRole('link', { name: 'Support line' }).click();
    await page.getByRole('heading', { name: 'Support line', level: 1 }).waitFor();
    await page.getByText('Register the URL with TeleSign').waitFor();
    await page.getByRole('gridcell', { name: shownBusinessNumber, exact: true }).waitFor();
    for (const action of ['Verify', 'Regenerate URL', 'Delete']) {
      expect(await page.getByRole('button', { name: action, exact: true }).count()).toBe(0);
    }
    expect(await page.getByRole('link', { name: 'Edit', exact: true }).count()).toBe(0);
    await screenshot(page, 'setup-account-read-only');

    await open(page, 'workstreams', 'Workstreams');
    await page.getByRole('row', { name: /Customer support/ }).waitFor();
    expect(await page.getByRole('link', { name: 'New workstream' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Edit|Delete) Customer support/ }).count()).toBe(0);

    // The wizards themselves are closed to readers, even by address.
    await page.goto(`${playground.url}/admin/plugins/sms-channel/setup/new`);
    await page.getByText(/don't have the permissions/i).waitFor();
  });
});
