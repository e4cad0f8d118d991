import { createSuperAdmin } from '../harness/admin-users';
import { adminApi, addNumberViaApi, createAccountViaApi, type AdminApi } from '../harness/setup-api';
import { startTestApp, type TestApp } from '../harness/strapi';

describe('setup API: workstreams', () => {
  let app: TestApp;
  let api: AdminApi;
  let accountId: string;
  let nextDigit = 10;

  /** A fresh number on the test account, digits 142555501NN. */
  const newNumber = async () =>
    addNumberViaApi(api, accountId, `14255550${String(nextDigit++).padStart(3, '0')}`);
  const workstreamRows = () =>
    app.strapi.db
      .query('plugin::sms-channel.workstream')
      .findMany({ orderBy: { id: 'asc' }, populate: { numbers: { select: ['id'] } } }) as Promise<object[]>;

  beforeAll(async () => {
    app = await startTestApp();
    api = adminApi(app, await createSuperAdmin(app));
    accountId = (await createAccountViaApi(api)).documentId;
  });

  afterAll(async () => {
    await app.stop();
  });

  it('serves the form options: supported languages and the auto-close range', async () => {
    const response = await api.get('/sms-channel/workstreams/options');
    expect(response.status).toBe(200);
    const { languages, defaultLanguage, autoCloseAfterHours } = response.body.data;
    expect(languages.map((language: { code: string }) => language.code)).toEqual(
      expect.arrayContaining(['en', 'ko', 'es', 'fr', 'de', 'ja', 'zh', 'pt']),
    );
    expect(languages).toContainEqual({ code: 'ko', name: 'Korean', nativeName: '한국어' });
    expect(defaultLanguage).toBe('en');
    expect(autoCloseAfterHours).toEqual({ min: 1, max: 8760 });
  });

  it('creates a workstream with numbers and behaviours: 201 with the workstream view', async () => {
    const [first, second] = [await newNumber(), await newNumber()];
    const response = await api.post('/sms-channel/workstreams', {
      name: '  Customer support ',
      numberIds: [second.documentId, first.documentId],
      language: 'KO',
      allowCustomerAttachments: true,
      allowAgentAttachments: false,
      autoCloseAfterHours: 48,
    });
    expect(response.status).toBe(201);
    expect(response.body.data).toEqual({
      documentId: expect.any(String),
      name: 'Customer support',
      language: 'ko',
      allowCustomerAttachments: true,
      allowAgentAttachments: false,
      autoCloseAfterHours: 48,
      numbers: [
        { documentId: first.documentId, number: first.number, type: 'geo', description: null },
        { documentId: second.documentId, number: second.number, type: 'geo', description: null },
      ],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const fetched = await api.get(`/sms-channel/workstreams/${response.body.data.documentId}`);
    expect(fetched.body.data).toEqual(response.body.data);

    // The numbers show their workstream from the account side too.
    const account = await api.get(`/sms-channel/accounts/${accountId}`);
    expect(account.body.data.numbers).toContainEqual(
      expect.objectContaining({
        documentId: first.documentId,
        workstream: { documentId: response.body.data.documentId, name: 'Customer support' },
      }),
    );
  });

  it('fills in defaults: no numbers, English, no attachments, never auto-close', async () => {
    const response = await api.post('/sms-channel/workstreams', { name: 'Bare' });
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({
      numbers: [],
      language: 'en',
      allowCustomerAttachments: false,
      allowAgentAttachments: false,
      autoCloseAfterHours: null,
    });
  });

  it('lists workstreams by name with pagination meta', async () => {
    const response = await api.get('/sms-channel/workstreams');
    expect(response.status).toBe(200);
    const names = response.body.data.map((workstream: { name: string }) => workstream.name);
    expect(names).toEqual([...names].sort());
    expect(response.body.meta.pagination).toMatchObject({ page: 1, pageSize: 100, total: names.length });
  });

  describe('refuses bad input and stores nothing', () => {
    it.each<[string, Record<string, unknown>, string[], RegExp]>([
      ['no name', { name: undefined }, ['name'], /Give the workstream a name/],
      ['a blank name', { name: ' ' }, ['name'], /Give the workstream a name/],
      [
        'an unsupported language',
        { language: 'xx' },
        ['language'],
        /Choose a supported language: en \(English\)/,
      ],
      ['a language that is not text', { language: 7 }, ['language'], /Choose a supported language/],
      ['numberIds that is not a list', { numberIds: 'abc' }, ['numberIds'], /must be a list of number ids/],
      ['a number id that is not text', { numberIds: [1] }, ['numberIds', '0'], /documentId/],
      [
        'a toggle that is not a boolean',
        { allowAgentAttachments: 'yes' },
        ['allowAgentAttachments'],
        /true or false/,
      ],
      [
        'auto-close of 0 hours',
        { autoCloseAfterHours: 0 },
        ['autoCloseAfterHours'],
        /null .* from 1 to 8760/,
      ],
      ['auto-close beyond a year', { autoCloseAfterHours: 8761 }, ['autoCloseAfterHours'], /from 1 to 8760/],
      [
        'auto-close in fractions',
        { autoCloseAfterHours: 1.5 },
        ['autoCloseAfterHours'],
        /whole number of hours/,
      ],
      ['auto-close as text', { autoCloseAfterHours: '24' }, ['autoCloseAfterHours'], /whole number of hours/],
      [
        'a distribution mode (not settable)',
        { distributionMode: 'push' },
        ['distributionMode'],
        /not a field/,
      ],
    ])('%s', async (_case, change, path, message) => {
      const before = await workstreamRows();
      const response = await api.post('/sms-channel/workstreams', { name: 'Refused', ...change });
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors).toEqual([
        {
          path,
          message: expect.stringMatching(message),
          name: 'ValidationError',
          code: expect.any(String),
          values: expect.any(Object),
        },
      ]);
      expect(await workstreamRows()).toEqual(before);
    });

    it('an unknown number id, at its position in the list', async () => {
      const known = await newNumber();
      const before = await workstreamRows();
      const response = await api.post('/sms-channel/workstreams', {
        name: 'Refused',
        numberIds: [known.documentId, 'nosuchnumber00000000000'],
      });
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors).toEqual([
        {
          path: ['numberIds', '1'],
          message:
            'No number has the id "nosuchnumber00000000000"; it may have been deleted. Reload the numbers.',
          name: 'ValidationError',
          code: 'workstream.numberIds.unknown',
          values: { id: 'nosuchnumber00000000000' },
        },
      ]);
      expect(await workstreamRows()).toEqual(before);
    });

    it('the same number twice', async () => {
      const number = await newNumber();
      const response = await api.post('/sms-channel/workstreams', {
        name: 'Refused',
        numberIds: [number.documentId, number.documentId],
      });
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors[0].message).toMatch(/lists a number twice/);
    });

    it('a number that is in another workstream, naming it', async () => {
      const taken = await newNumber();
      const free = await newNumber();
      await api
        .post('/sms-channel/workstreams', { name: 'Sales', numberIds: [taken.documentId] })
        .expect(201);
      const before = await workstreamRows();
      const response = await api.post('/sms-channel/workstreams', {
        name: 'Support',
        numberIds: [free.documentId, taken.documentId],
      });
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors).toEqual([
        {
          path: ['numberIds', '1'],
          message: `The number ${taken.number} is already in the workstream "Sales". A number can be in one workstream only: take it out of "Sales" first.`,
          name: 'ValidationError',
          code: 'workstream.numberIds.inOtherWorkstream',
          values: { number: taken.number, workstream: 'Sales' },
        },
      ]);
      expect(await workstreamRows()).toEqual(before);
      // The free number was not claimed by the refused request.
      const account = await api.get(`/sms-channel/accounts/${accountId}`);
      expect(account.body.data.numbers).toContainEqual(
        expect.objectContaining({ documentId: free.documentId, workstream: null }),
      );
    });
  });

  describe('update', () => {
    it('changes fields, replaces the number list and releases the numbers left out', async () => {
      const [a, b, c] = [await newNumber(), await newNumber(), await newNumber()];
      const created = (
        await api.post('/sms-channel/workstreams', {
          name: 'Returns',
          numberIds: [a.documentId, b.documentId],
        })
      ).body.data;

      const response = await api.put(`/sms-channel/workstreams/${created.documentId}`, {
        name: 'Returns and refunds',
        numberIds: [b.documentId, c.documentId],
        language: 'es',
        allowAgentAttachments: true,
        autoCloseAfterHours: 8760,
      });
      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({
        name: 'Returns and refunds',
        language: 'es',
        allowCustomerAttachments: false,
        allowAgentAttachments: true,
        autoCloseAfterHours: 8760,
        numbers: [
          expect.objectContaining({ number: b.number }),
          expect.objectContaining({ number: c.number }),
        ],
      });
      // The released number may join another workstream.
      await api
        .post('/sms-channel/workstreams', { name: 'Elsewhere', numberIds: [a.documentId] })
        .expect(201);

      const cleared = await api.put(`/sms-channel/workstreams/${created.documentId}`, {
        autoCloseAfterHours: null,
      });
      expect(cleared.body.data).toMatchObject({ autoCloseAfterHours: null, name: 'Returns and refunds' });
      expect(cleared.body.data.numbers).toHaveLength(2);
    });

    it('keeps a number it already has', async () => {
      const number = await newNumber();
      const created = (
        await api.post('/sms-channel/workstreams', { name: 'Keep', numberIds: [number.documentId] })
      ).body.data;
      const response = await api.put(`/sms-channel/workstreams/${created.documentId}`, {
        numberIds: [number.documentId],
        name: 'Kept',
      });
      expect(response.status).toBe(200);
      expect(response.body.data.numbers).toEqual([
        expect.objectContaining({ documentId: number.documentId }),
      ]);
    });

    it('changes nothing when the change is refused', async () => {
      const [mine, theirs] = [await newNumber(), await newNumber()];
      const created = (
        await api.post('/sms-channel/workstreams', { name: 'Mine', numberIds: [mine.documentId] })
      ).body.data;
      await api
        .post('/sms-channel/workstreams', { name: 'Theirs', numberIds: [theirs.documentId] })
        .expect(201);
      const before = await workstreamRows();
      for (const body of [
        { name: 'Renamed', numberIds: [theirs.documentId] },
        { name: 'Renamed', numberIds: [] as string[], language: 'klingon' },
        { name: 'Renamed', autoCloseAfterHours: -1 },
        {},
      ]) {
        const response = await api.put(`/sms-channel/workstreams/${created.documentId}`, body);
        expect(response.status).toBe(400);
      }
      expect(await workstreamRows()).toEqual(before);
    });

    it('answers 404 for a workstream that does not exist', async () => {
      const response = await api.put('/sms-channel/workstreams/nosuchworkstream0000000', { name: 'x' });
      expect(response.status).toBe(404);
      expect(response.body.error.message).toMatch(/No workstream has the id/);
      expect((await api.get('/sms-channel/workstreams/nosuchworkstream0000000')).status).toBe(404);
    });
  });

  describe('delete', () => {
    it('deletes the workstream and keeps its numbers, without a workstream', async () => {
      const [a, b] = [await newNumber(), await newNumber()];
      const created = (
        await api.post('/sms-channel/workstreams', {
          name: 'Temporary',
          numberIds: [a.documentId, b.documentId],
        })
      ).body.data;
      const response = await api.delete(`/sms-channel/workstreams/${created.documentId}`);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({
        documentId: created.documentId,
        name: 'Temporary',
        releasedNumbers: [a.number, b.number],
        message: `Deleted the workstream "Temporary". Its numbers (${a.number}, ${b.number}) are kept, without a workstream.`,
      });
      const account = await api.get(`/sms-channel/accounts/${accountId}`);
      for (const number of [a, b]) {
        expect(account.body.data.numbers).toContainEqual(
          expect.objectContaining({ documentId: number.documentId, workstream: null }),
        );
      }
      expect((await api.delete(`/sms-channel/workstreams/${created.documentId}`)).status).toBe(404);
    });
  });
});
