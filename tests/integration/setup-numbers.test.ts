import { createSuperAdmin } from '../harness/admin-users';
import { adminApi, addNumberViaApi, createAccountViaApi, type AdminApi } from '../harness/setup-api';
import { startTestApp, type TestApp } from '../harness/strapi';

const DIGITS_ONLY = /Enter digits only, with the country code: no "\+", spaces or dashes/;

describe('setup API: numbers', () => {
  let app: TestApp;
  let api: AdminApi;
  let account: { documentId: string };

  const numbersUrl = (accountId = account.documentId) => `/sms-channel/accounts/${accountId}/numbers`;
  const numberRows = () =>
    app.strapi.db.query('plugin::sms-channel.number').findMany({ orderBy: { id: 'asc' } }) as Promise<
      object[]
    >;

  beforeAll(async () => {
    app = await startTestApp();
    api = adminApi(app, await createSuperAdmin(app));
    account = await createAccountViaApi(api, { name: 'Main line' });
  });

  afterAll(async () => {
    await app.stop();
  });

  it('adds a number to an account: 201, listed with the account and on its own', async () => {
    const response = await api.post(numbersUrl(), {
      number: '14252306549',
      type: 'geo',
      description: '  Support, Seattle  ',
    });
    expect(response.status).toBe(201);
    expect(response.body.data).toEqual({
      documentId: expect.any(String),
      number: '14252306549',
      type: 'geo',
      description: 'Support, Seattle',
      workstream: null,
    });

    const list = await api.get(numbersUrl());
    expect(list.status).toBe(200);
    expect(list.body).toEqual({
      data: [response.body.data],
      meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: 1 } },
    });
    const view = await api.get(`/sms-channel/accounts/${account.documentId}`);
    expect(view.body.data.numbers).toEqual([response.body.data]);
  });

  it.each<[string, string, 'geo' | 'short-code' | 'toll-free']>([
    ['a toll-free number', '18005550199', 'toll-free'],
    ['a 5-digit short code', '44422', 'short-code'],
    ['a 6-digit short code', '444223', 'short-code'],
    ['a Korean mobile number', '821012345678', 'geo'],
  ])('accepts %s', async (_case, number, type) => {
    const response = await api.post(numbersUrl(), { number, type, description: '' });
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({ number, type, description: null });
  });

  describe('refuses a bad number and stores nothing', () => {
    it.each<[string, Record<string, unknown>, string, RegExp]>([
      ['a leading +', { number: '+14252306549' }, 'number', DIGITS_ONLY],
      ['spaces', { number: '1 425 230 6549' }, 'number', DIGITS_ONLY],
      ['dashes', { number: '1-425-230-6549' }, 'number', DIGITS_ONLY],
      ['a number sent as a JSON number', { number: 14252306549 }, 'number', /as text, digits only/],
      ['no number', { number: undefined }, 'number', /as text, digits only/],
      ['an empty number', { number: '' }, 'number', /Enter the number/],
      ['no type', { type: undefined }, 'type', /Choose the number type: geo/],
      ['an unknown type', { type: 'mobile' }, 'type', /Choose the number type: geo/],
      [
        'a 4-digit short code',
        { number: '4442', type: 'short-code' },
        'number',
        /short code has 5 or 6 digits/,
      ],
      ['a long number typed as short code', { type: 'short-code' }, 'number', /For a long number choose/],
      ['a short code typed as geo', { number: '44422' }, 'number', /choose the type short-code/],
      ['16 digits', { number: '1425230654912345' }, 'number', /at most 15, country code included/],
      ['no country code', { number: '999123456' }, 'number', /does not start with a country code/],
      ['a national number with its 0', { number: '02071838750' }, 'number', /leave out the national 0/],
      ['the wrong length for +1', { number: '1425230654' }, 'number', /wrong number of digits for \+1/],
      [
        'a +1 number outside the plan',
        { number: '15551234567' },
        'number',
        /not a valid phone number for \+1/,
      ],
      ['a description of 256 characters', { description: 'x'.repeat(256) }, 'description', /at most 255/],
      ['a field the API does not take', { digits: '14252306549' }, 'digits', /not a field of this request/],
    ])('%s', async (_case, change, field, message) => {
      const before = await numberRows();
      const response = await api.post(numbersUrl(), { number: '14255550100', type: 'geo', ...change });
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('ValidationError');
      expect(response.body.error.details.errors).toEqual([
        {
          path: [field],
          message: expect.stringMatching(message),
          name: 'ValidationError',
          code: expect.any(String),
          values: expect.any(Object),
        },
      ]);
      expect(await numberRows()).toEqual(before);
    });

    it('a number already added, naming the account that has it', async () => {
      const other = await createAccountViaApi(api, { name: 'Other line' });
      await addNumberViaApi(api, account.documentId, '14255550111');
      const before = await numberRows();
      for (const target of [other.documentId, account.documentId]) {
        const response = await api.post(numbersUrl(target), { number: '14255550111', type: 'geo' });
        expect(response.status).toBe(400);
        expect(response.body.error.details.errors).toEqual([
          {
            path: ['number'],
            message:
              '14255550111 is already added to the account "Main line". A number belongs to one account only: delete it there first.',
            name: 'ValidationError',
            code: 'number.number.takenByAccount',
            values: { digits: '14255550111', account: 'Main line' },
          },
        ]);
      }
      expect(await numberRows()).toEqual(before);
    });

    it('for an account that does not exist (404)', async () => {
      const response = await api.post(numbersUrl('nosuchaccount0000000000'), {
        number: '14255550122',
        type: 'geo',
      });
      expect(response.status).toBe(404);
      expect(response.body.error.message).toMatch(/No SMS account has the id/);
      expect((await api.get(numbersUrl('nosuchaccount0000000000'))).status).toBe(404);
    });
  });

  describe('update', () => {
    it('changes the description, type and digits', async () => {
      const number = await addNumberViaApi(api, account.documentId, '14255550133');
      const described = await api.put(`/sms-channel/numbers/${number.documentId}`, {
        description: 'Night shift',
      });
      expect(described.status).toBe(200);
      expect(described.body.data).toMatchObject({
        number: '14255550133',
        type: 'geo',
        description: 'Night shift',
      });

      const moved = await api.put(`/sms-channel/numbers/${number.documentId}`, {
        number: '18885550133',
        type: 'toll-free',
      });
      expect(moved.status).toBe(200);
      expect(moved.body.data).toMatchObject({
        number: '18885550133',
        type: 'toll-free',
        description: 'Night shift',
      });
      const cleared = await api.put(`/sms-channel/numbers/${number.documentId}`, { description: null });
      expect(cleared.body.data.description).toBeNull();
    });

    it('changes nothing when the change is refused', async () => {
      const number = await addNumberViaApi(api, account.documentId, '14255550144');
      await addNumberViaApi(api, account.documentId, '14255550155');
      const before = await numberRows();
      const refusals: [Record<string, unknown>, string, RegExp][] = [
        [
          { number: '14255550155', description: 'taken' },
          'number',
          /already added to the account "Main line"/,
        ],
        [{ type: 'short-code' }, 'type', /short code has 5 or 6 digits/],
        [{ number: '+14255550144' }, 'number', DIGITS_ONLY],
        [{ number: '44422', description: 'x' }, 'number', /choose the type short-code/],
        [{}, '', /Send at least one of number, type or description/],
      ];
      for (const [body, field, message] of refusals) {
        const response = await api.put(`/sms-channel/numbers/${number.documentId}`, body);
        expect(response.status).toBe(400);
        expect(response.body.error.details.errors[0]).toEqual({
          path: field ? [field] : [],
          message: expect.stringMatching(message),
          name: 'ValidationError',
          code: expect.any(String),
          values: expect.any(Object),
        });
      }
      expect(await numberRows()).toEqual(before);
    });

    it('answers 404 for a number that does not exist', async () => {
      const response = await api.put('/sms-channel/numbers/nosuchnumber00000000000', { description: 'x' });
      expect(response.status).toBe(404);
      expect(response.body.error.message).toMatch(/No SMS number has the id/);
    });
  });

  describe('delete', () => {
    it('deletes the number, takes it out of its workstream and says so', async () => {
      const number = await addNumberViaApi(api, account.documentId, '14255550166');
      const kept = await addNumberViaApi(api, account.documentId, '14255550177');
      const workstream = (
        await api.post('/sms-channel/workstreams', {
          name: 'Nights',
          numberIds: [number.documentId, kept.documentId],
        })
      ).body.data;

      const response = await api.delete(`/sms-channel/numbers/${number.documentId}`);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({
        documentId: number.documentId,
        number: '14255550166',
        leftWorkstream: { documentId: workstream.documentId, name: 'Nights' },
        message:
          'Deleted the number 14255550166 and took it out of the workstream "Nights". Its conversations and messages were kept.',
      });
      const after = await api.get(`/sms-channel/workstreams/${workstream.documentId}`);
      expect(after.body.data.numbers.map((n: { number: string }) => n.number)).toEqual(['14255550177']);
      const view = await api.get(`/sms-channel/accounts/${account.documentId}`);
      expect(view.body.data.numbers.map((n: { number: string }) => n.number)).not.toContain('14255550166');
      expect((await api.delete(`/sms-channel/numbers/${number.documentId}`)).status).toBe(404);
    });

    it('shows a number with its workstream in the account view', async () => {
      const number = await addNumberViaApi(api, account.documentId, '14255550188');
      const workstream = (
        await api.post('/sms-channel/workstreams', { name: 'Days', numberIds: [number.documentId] })
      ).body.data;
      const list = await api.get(numbersUrl());
      expect(list.body.data).toContainEqual(
        expect.objectContaining({
          number: '14255550188',
          workstream: { documentId: workstream.documentId, name: 'Days' },
        }),
      );
    });
  });
});
