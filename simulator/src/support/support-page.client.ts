/**
 * The simulated TeleSign support desk: lists the accounts from `GET /_sim/customers` and applies a
 * "Callback URL update request" with `PUT /_sim/customers/:id`. Nothing is sent until the input is
 * valid, so a bad request changes nothing. All text goes in through `textContent`.
 */
export {};

interface Account {
  customerId: string;
  callbackUrl?: string;
  status: 'active' | 'suspended';
  smsEnabled: boolean;
  numbers: string[];
}

const element = <T extends HTMLElement>(id: string, type: new () => T): T => {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`The page is missing #${id}.`);
  return found;
};

const accounts = element('accounts', HTMLTableSectionElement);
const customerIds = element('customer-ids', HTMLDataListElement);
const form = element('request', HTMLFormElement);
const customerIdInput = element('customer-id', HTMLInputElement);
const callbackUrlInput = element('callback-url', HTMLInputElement);
const submitButton = element('submit', HTMLButtonElement);
const clearButton = element('clear', HTMLButtonElement);
const result = element('result', HTMLParagraphElement);

/** `source` lets a successful reload clear its own earlier error without hiding a request's result. */
const showResult = (kind: 'done' | 'error', text: string, source: 'load' | 'request'): void => {
  result.className = `result ${kind}`;
  result.dataset.source = source;
  result.textContent = text;
};

/** The control API's rule: the scheme check also refuses `http:example.com`, which URL would accept. */
const callbackUrlProblem = (value: string): string | null => {
  if (value === '')
    return 'Paste the callback URL from the SMS channel setup wizard. To remove the current one, use "Clear callback URL".';
  if (/^https?:\/\//i.test(value) && URL.canParse(value)) return null;
  return `"${value}" is not an absolute http:// or https:// URL. Paste the whole callback URL, starting with http:// or https://.`;
};

const cell = (text: string, className = ''): HTMLTableCellElement => {
  const td = document.createElement('td');
  td.className = className;
  td.textContent = text;
  return td;
};

const render = (list: Account[]): void => {
  const rows = list.map((account) => {
    const row = document.createElement('tr');
    row.dataset.customerId = account.customerId;
    row.append(
      cell(account.customerId),
      cell(account.smsEnabled ? account.status : `${account.status}, SMS not enabled`),
      cell(account.numbers.join(', ') || 'none', account.numbers.length > 0 ? '' : 'none'),
      cell(account.callbackUrl ?? 'none', account.callbackUrl ? 'callback-url' : 'callback-url none'),
    );
    return row;
  });
  if (rows.length === 0) {
    const row = document.createElement('tr');
    const empty = cell('No accounts. Create one with POST /_sim/customers.', 'none');
    empty.colSpan = 4;
    row.append(empty);
    rows.push(row);
  }
  accounts.replaceChildren(...rows);
  customerIds.replaceChildren(
    ...list.map((account) => {
      const option = document.createElement('option');
      option.value = account.customerId;
      return option;
    }),
  );
  if (customerIdInput.value === '' && list.length > 0) customerIdInput.value = list[0].customerId;
};

/** Calls the control API and turns its `{ error: { message } }` answers into exceptions. */
const callControlApi = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
  const response = await fetch(path, { cache: 'no-store', ...init });
  const body = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok) throw new Error(body.error?.message ?? `HTTP ${response.status}`);
  return body;
};

const loadAccounts = async (): Promise<void> => {
  try {
    const { customers } = await callControlApi<{ customers: Account[] }>('/_sim/customers');
    render(customers);
    if (result.dataset.source === 'load') showResult('done', '', 'load');
  } catch (error) {
    showResult('error', `Cannot list the accounts: ${(error as Error).message}`, 'load');
  }
};

/** `callbackUrl: null` clears the URL; otherwise it is the URL to register. */
const requestChange = async (callbackUrl: string | null): Promise<void> => {
  const customerId = customerIdInput.value.trim();
  const problem =
    customerId === ''
      ? 'Enter the customer ID of the account; the accounts are listed above.'
      : callbackUrl === null
        ? null
        : callbackUrlProblem(callbackUrl);
  if (problem) {
    showResult('error', problem, 'request');
    return;
  }
  submitButton.disabled = clearButton.disabled = true;
  try {
    const { customer } = await callControlApi<{ customer: Account }>(
      `/_sim/customers/${encodeURIComponent(customerId)}`,
      {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ callbackUrl }),
      },
    );
    showResult(
      'done',
      customer.callbackUrl
        ? `Done: callbacks for customer ${customer.customerId} now go to ${customer.callbackUrl}`
        : `Done: customer ${customer.customerId} has no callback URL now; its texts and delivery reports go nowhere until one is registered.`,
      'request',
    );
    callbackUrlInput.value = '';
  } catch (error) {
    showResult('error', (error as Error).message, 'request');
  } finally {
    submitButton.disabled = clearButton.disabled = false;
  }
  await loadAccounts();
};

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void requestChange(callbackUrlInput.value.trim());
});
clearButton.addEventListener('click', () => void requestChange(null));
// Accounts may change through the control API while this page is open.
window.addEventListener('focus', () => void loadAccounts());

void loadAccounts();
