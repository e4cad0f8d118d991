import {
  accountCreateSchema,
  accountUpdateSchema,
} from '../../../../shared/contracts/accounts/account.schema';
import {
  createBody,
  draftFromAccount,
  emptyAccountDraft,
  updateBody,
  validateAccountDetails,
  validateChannelDetails,
  type AccountDraft,
} from '../account';

import type { Account } from '../../api/accounts';

const CUSTOMER_ID = 'D3A1B2C4-5E6F-4789-ABCD-0123456789AB';
const API_KEY = 'wyXc0lepHk3NX+a5HyoD9zjuHcUqSRSQe8Ig6DysalJT5uRDxiYahBSOkaJy4LAyQ3Mizb0BeZmy1Ied+disDg==';

const draft = (patch: Partial<AccountDraft> = {}): AccountDraft => ({
  ...emptyAccountDraft(),
  name: 'Support line',
  customerId: CUSTOMER_ID,
  apiKey: API_KEY,
  ...patch,
});

const messageId = (error: unknown) =>
  error && typeof error === 'object' && 'descriptor' in error
    ? (error.descriptor as { id: string }).id
    : undefined;

const account = (apiHost: string): Account => ({
  documentId: 'acc1',
  name: 'Support line',
  provider: 'telesign',
  customerId: CUSTOMER_ID,
  apiHost,
  apiKeySet: true,
  apiKeyLast4: 'sDg=',
  callbackUrl: null,
  callbackUrlWarning: null,
  callbackRegistration: null,
  verification: { status: 'unverified', checkedAt: null, detail: null, code: null, values: null },
  lastCallbackAt: null,
  numbers: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('validateChannelDetails', () => {
  it('asks for a name', () => {
    expect(messageId(validateChannelDetails(draft({ name: '   ' })).name)).toBe(
      'sms-channel.error.account.name.required',
    );
  });

  it('refuses a name over 100 characters and says the limit', () => {
    expect(validateChannelDetails(draft({ name: 'x'.repeat(101) })).name).toMatchObject({
      values: { max: 100 },
    });
    expect(validateChannelDetails(draft({ name: 'x'.repeat(100) }))).toEqual({});
  });
});

describe('validateAccountDetails', () => {
  it('accepts TeleSign credentials on either TeleSign host', () => {
    expect(validateAccountDetails(draft(), null)).toEqual({});
    expect(validateAccountDetails(draft({ apiHostChoice: 'enterprise' }), null)).toEqual({});
  });

  it('asks for a customer ID left empty', () => {
    expect(messageId(validateAccountDetails(draft({ customerId: ' ' }), null).customerId)).toBe(
      'sms-channel.validation.account.customerId.required',
    );
  });

  it('explains a customer ID that is not a GUID', () => {
    expect(messageId(validateAccountDetails(draft({ customerId: 'ACME-123' }), null).customerId)).toBe(
      'sms-channel.error.account.customerId.format',
    );
  });

  it('requires a key for a new account but keeps the stored one when the field is left empty', () => {
    expect(messageId(validateAccountDetails(draft({ apiKey: '' }), null).apiKey)).toBe(
      'sms-channel.error.account.apiKey.required',
    );
    expect(validateAccountDetails(draft({ apiKey: '' }), account('https://rest-api.telesign.com'))).toEqual(
      {},
    );
  });

  it('asks for the key again when a saved account moves to another API host', () => {
    const saved = account('https://rest-api.telesign.com');
    const moved = draft({ apiKey: '', apiHostChoice: 'enterprise' });
    expect(messageId(validateAccountDetails(moved, saved).apiKey)).toBe(
      'sms-channel.error.account.apiKey.hostChanged',
    );
    expect(validateAccountDetails({ ...moved, apiKey: API_KEY }, saved)).toEqual({});
    // The same host written with a trailing slash is no move.
    const simulator = account('http://127.0.0.1:4010');
    expect(
      validateAccountDetails(
        draft({ apiKey: '', apiHostChoice: 'custom', customApiHost: 'http://127.0.0.1:4010/' }),
        simulator,
      ),
    ).toEqual({});
  });

  it('refuses a key too short to be TeleSign’s', () => {
    const key = (bytes: number) => Buffer.alloc(bytes, 7).toString('base64');
    expect(messageId(validateAccountDetails(draft({ apiKey: key(15) }), null).apiKey)).toBe(
      'sms-channel.error.account.apiKey.tooShort',
    );
    expect(validateAccountDetails(draft({ apiKey: key(16) }), null)).toEqual({});
  });

  it('refuses a custom API host that is not a URL, or plain http anywhere but this machine', () => {
    const custom = (customApiHost: string) =>
      validateAccountDetails(draft({ apiHostChoice: 'custom', customApiHost }), null).apiHost;
    expect(custom('rest-api.telesign.com')).toBeDefined();
    expect(custom('http://proxy.example.com')).toBeDefined();
    expect(custom('http://127.0.0.1:4010')).toBeUndefined();
    expect(custom('https://telesign-proxy.example.com')).toBeUndefined();
  });
});

describe('the wizard refuses exactly what the server refuses', () => {
  // Each case: the field, the value typed, and the other fields valid.
  const cases: [keyof AccountDraft, string][] = [
    ['customerId', CUSTOMER_ID],
    ['customerId', CUSTOMER_ID.toLowerCase()],
    ['customerId', ` ${CUSTOMER_ID} `],
    ['customerId', 'D3A1B2C4-5E6F-4789-ABCD-0123456789A'],
    ['customerId', 'D3A1B2C45E6F4789ABCD0123456789AB'],
    ['customerId', '{D3A1B2C4-5E6F-4789-ABCD-0123456789AB}'],
    ['apiKey', API_KEY],
    ['apiKey', `${API_KEY}\n`],
    ['apiKey', API_KEY.replace(/\+/g, '-').replace(/\//g, '_')],
    ['apiKey', API_KEY.replace(/=+$/, '')],
    ['apiKey', 'abc def='],
    ['apiKey', 'YWJj'],
    ['apiKey', 'AAAAAAAAAAAAAAAAAAAA'], // 15 bytes
    ['apiKey', 'AAAAAAAAAAAAAAAAAAAAAA=='], // 16 bytes
    ['customApiHost', 'http://localhost:4010'],
    ['customApiHost', 'http://127.0.0.1:4010/'],
    ['customApiHost', 'https://proxy.example.com/telesign'],
    ['customApiHost', 'http://proxy.example.com'],
    ['customApiHost', 'ftp://127.0.0.1'],
    ['customApiHost', 'not a url'],
  ];

  it.each(cases)('%s = %j', (field, value) => {
    const typed = draft({ [field]: value, apiHostChoice: field === 'customApiHost' ? 'custom' : 'standard' });
    const clientAccepts = Object.keys(validateAccountDetails(typed, null)).length === 0;
    const serverAccepts = accountCreateSchema.safeParse(createBody(typed)).success;

    expect(clientAccepts).toBe(serverAccepts);
  });
});

describe('request bodies', () => {
  it('sends trimmed values and the chosen host', () => {
    expect(
      createBody(draft({ name: ' Support ', customerId: ` ${CUSTOMER_ID}`, apiHostChoice: 'enterprise' })),
    ).toEqual({
      name: 'Support',
      customerId: CUSTOMER_ID,
      apiKey: API_KEY,
      apiHost: 'https://rest-ww.telesign.com',
    });
  });

  it('leaves an empty key out of an update so the server keeps the stored key', () => {
    const body = updateBody(draft({ apiKey: '' }));
    expect(body).not.toHaveProperty('apiKey');
    expect(accountUpdateSchema.safeParse(body).success).toBe(true);
  });

  it('sends a newly typed key on update', () => {
    expect(updateBody(draft())).toMatchObject({ apiKey: API_KEY });
  });
});

describe('draftFromAccount', () => {
  it('never fills the key field and recognises TeleSign hosts', () => {
    expect(draftFromAccount(account('https://rest-api.telesign.com'))).toMatchObject({
      apiKey: '',
      apiHostChoice: 'standard',
      customApiHost: '',
    });
    expect(draftFromAccount(account('https://rest-ww.telesign.com')).apiHostChoice).toBe('enterprise');
    expect(draftFromAccount(account('http://127.0.0.1:4010'))).toMatchObject({
      apiHostChoice: 'custom',
      customApiHost: 'http://127.0.0.1:4010',
    });
  });
});
