/**
 * The "customer phone": texts the business through `POST /_sim/inbound` and shows the thread with
 * one business number, polled every second from `/_sim/inbound` (what this phone sent) and
 * `/_sim/messages` (SMS the business sent here). All text goes in through `textContent`.
 */
export {};

interface PhoneConfig {
  businessNumbers: string[];
}

interface SentText {
  referenceId: string;
  to: string;
  text: string;
  submittedAt: string;
  delivery: 'sending' | 'retrying' | 'delivered' | 'failed';
  lastStatus: number | null;
  lastError: string | null;
}

interface ReceivedSms {
  referenceId: string;
  senderId: string | null;
  message: string;
  submittedAt: string;
  status: { code: number; description: string };
}

interface Bubble {
  key: string;
  side: 'sent' | 'received';
  text: string;
  at: string;
  meta: string;
  problem: boolean;
}

const POLL_INTERVAL_MS = 1000;
const STORAGE_KEY = 'telesign-simulator-phone';
/** In progress, delivered or unknown: everything else is a failure worth showing in red. */
const NOT_FAILED = new Set([200, 201, 203, 250, 251, 290, 292, 295]);

const element = <T extends HTMLElement>(id: string, type: new () => T): T => {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`The page is missing #${id}.`);
  return found;
};

const me = element('me', HTMLInputElement);
const business = element('business', HTMLInputElement);
const businessList = element('business-numbers', HTMLDataListElement);
const thread = element('thread', HTMLOListElement);
const notice = element('notice', HTMLParagraphElement);
const composer = element('composer', HTMLFormElement);
const textBox = element('text', HTMLTextAreaElement);
const sendButton = element('send', HTMLButtonElement);

const config = JSON.parse(element('phone-config', HTMLScriptElement).textContent ?? '{}') as PhoneConfig;

const digitsOnly = (value: string): string => value.replace(/\D/g, '');

const restoreNumbers = (): void => {
  const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { me?: string; business?: string };
  me.value = saved.me ?? '15551234567';
  business.value = saved.business ?? config.businessNumbers[0] ?? '';
  for (const number of config.businessNumbers) {
    const option = document.createElement('option');
    option.value = number;
    businessList.append(option);
  }
};

const saveNumbers = (): void => {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ me: me.value, business: business.value }));
};

const time = (iso: string): string =>
  new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

const sentMeta = (text: SentText): { meta: string; problem: boolean } => {
  const answer = text.lastError ?? (text.lastStatus === null ? '' : `HTTP ${text.lastStatus}`);
  switch (text.delivery) {
    case 'sending':
      return { meta: 'Sending…', problem: false };
    case 'delivered':
      return { meta: 'Delivered', problem: false };
    case 'retrying':
      return { meta: `Not delivered yet (${answer}), retrying…`, problem: true };
    case 'failed':
      return { meta: `Not delivered (${answer})`, problem: true };
  }
};

const toBubbles = (sent: SentText[], received: ReceivedSms[], businessNumber: string): Bubble[] => {
  const mine = sent
    .filter((text) => text.to === businessNumber)
    .map((text): Bubble => ({
      key: text.referenceId,
      side: 'sent',
      text: text.text,
      at: text.submittedAt,
      ...sentMeta(text),
    }));
  // SMS without a sender id still reached this phone; show them in every thread rather than hide them.
  const theirs = received
    .filter((sms) => sms.senderId === null || sms.senderId === businessNumber)
    .map((sms): Bubble => ({
      key: sms.referenceId,
      side: 'received',
      text: sms.message,
      at: sms.submittedAt,
      meta: `${sms.status.description} (${sms.status.code})`,
      problem: !NOT_FAILED.has(sms.status.code),
    }));
  return [...mine, ...theirs].sort((a, b) => a.at.localeCompare(b.at));
};

let rendered = '';

const render = (bubbles: Bubble[]): void => {
  const signature = JSON.stringify(bubbles);
  if (signature === rendered) return;
  rendered = signature;
  const atBottom = thread.scrollHeight - thread.scrollTop - thread.clientHeight < 40;
  const items: HTMLElement[] = [];
  if (bubbles.length === 0) {
    const empty = document.createElement('li');
    empty.className = 'empty';
    empty.textContent = 'No messages yet. Say hello!';
    items.push(empty);
  }
  for (const bubble of bubbles) {
    const body = document.createElement('li');
    body.className = `bubble ${bubble.side}`;
    body.textContent = bubble.text;
    const meta = document.createElement('li');
    meta.className = `meta ${bubble.side}-meta${bubble.problem ? ' problem' : ''}`;
    meta.textContent = `${time(bubble.at)} · ${bubble.meta}`;
    items.push(body, meta);
  }
  thread.replaceChildren(...items);
  if (atBottom) thread.scrollTop = thread.scrollHeight;
};

const getJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url, { cache: 'no-store' });
  const body = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok) throw new Error(body.error?.message ?? `HTTP ${response.status}`);
  return body;
};

const refresh = async (): Promise<void> => {
  const phone = digitsOnly(me.value);
  if (phone.length < 7) {
    render([]);
    return;
  }
  const query = `?phone=${encodeURIComponent(phone)}`;
  const [sent, received] = await Promise.all([
    getJson<{ texts: SentText[] }>(`/_sim/inbound${query}`),
    getJson<{ messages: ReceivedSms[] }>(`/_sim/messages${query}`),
  ]);
  render(toBubbles(sent.texts, received.messages, digitsOnly(business.value)));
};

/** Polls one request at a time, so a slow answer never stacks requests up. */
const poll = async (): Promise<void> => {
  try {
    await refresh();
    if (notice.dataset.source === 'poll') notice.textContent = '';
  } catch (error) {
    notice.dataset.source = 'poll';
    notice.textContent = `Cannot reach the simulator: ${(error as Error).message}`;
  }
  setTimeout(() => void poll(), POLL_INTERVAL_MS);
};

const send = async (): Promise<void> => {
  const text = textBox.value.trim();
  if (text === '') return;
  sendButton.disabled = true;
  notice.dataset.source = 'send';
  notice.textContent = '';
  try {
    const response = await fetch('/_sim/inbound', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ from: digitsOnly(me.value), to: digitsOnly(business.value), text }),
    });
    const body = (await response.json()) as { error?: { message: string } };
    if (!response.ok) throw new Error(body.error?.message ?? `HTTP ${response.status}`);
    textBox.value = '';
    await refresh();
  } catch (error) {
    notice.textContent = (error as Error).message;
  } finally {
    sendButton.disabled = false;
    textBox.focus();
  }
};

composer.addEventListener('submit', (event) => {
  event.preventDefault();
  void send();
});
textBox.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    void send();
  }
});
for (const input of [me, business]) {
  input.addEventListener('change', () => {
    saveNumbers();
    rendered = '';
    // A failure here shows up on the next poll, which reports it.
    void refresh().catch(() => undefined);
  });
}

restoreNumbers();
void poll();
