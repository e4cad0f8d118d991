import { isUniqueViolation } from '../../server/src/database/unique-violation';
import { createAccount } from '../harness/accounts';
import { startTestApp, type TestApp } from '../harness/strapi';

const PLUGIN_CONTENT_TYPES = [
  'account',
  'number',
  'workstream',
  'conversation',
  'message',
  'consent',
  'callback-event',
];

describe('the plugin in a booted Strapi', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.stop();
  });

  it('registers every content type of the data model, hidden from the Content Manager', () => {
    for (const name of PLUGIN_CONTENT_TYPES) {
      const contentType = app.strapi.contentType(`plugin::sms-channel.${name}` as never) as {
        pluginOptions?: Record<string, { visible?: boolean }>;
        options?: { draftAndPublish?: boolean };
      };
      expect(contentType).toBeDefined();
      expect(contentType.pluginOptions?.['content-manager']?.visible).toBe(false);
      expect(contentType.options?.draftAndPublish).toBe(false);
    }
  });

  it('registers the RBAC actions once, under the plugin', () => {
    const provider = (
      app.strapi.service('admin::permission') as { actionProvider: { get(id: string): unknown } }
    ).actionProvider;
    for (const id of ['settings-read', 'settings-manage', 'inbox-read', 'inbox-reply', 'inbox-manage']) {
      expect(provider.get(`plugin::sms-channel.${id}`)).toMatchObject({
        section: 'plugins',
        pluginName: 'sms-channel',
      });
    }
  });

  describe('guarantees the database itself enforces', () => {
    const query = (name: string) => app.strapi.db.query(`plugin::sms-channel.${name}` as never);
    /**
     * Checked through the driver's error code, as the plugin itself does: jest gives each test file
     * its own realm while native drivers are loaded once per process, so `toThrow()`'s instanceof
     * check misses driver errors in every file but the first.
     */
    const expectUniqueViolation = async (write: Promise<unknown>) => {
      const outcome = await write.then(
        () => 'stored',
        (error: unknown) => error,
      );
      expect(isUniqueViolation(outcome)).toBe(true);
    };

    it('refuses a second number with the same digits', async () => {
      await query('number').create({ data: { digits: '14252306549', type: 'geo' } });
      await expectUniqueViolation(
        query('number').create({ data: { digits: '14252306549', type: 'toll-free' } }),
      );
      expect(await query('number').count({ where: { digits: '14252306549' } })).toBe(1);
    });

    it('refuses a second account with the same callback token', async () => {
      const account = await createAccount(app);
      await expectUniqueViolation(
        query('account').create({
          data: {
            name: 'Copy',
            customerId: account.customerId,
            apiHost: 'x',
            callbackToken: account.callbackToken,
          },
        }),
      );
    });

    it('refuses a second message with the same TeleSign reference id', async () => {
      const data = {
        direction: 'inbound',
        body: 'Hi',
        status: 'received',
        referenceId: '0123456789ABCDEF0123456789ABCDEF',
      };
      await query('message').create({ data });
      await expectUniqueViolation(query('message').create({ data }));
    });

    it('refuses a second callback event with the same dedupe key', async () => {
      const data = { dedupeKey: 'mo:ABC', rawBody: '{}', receivedAt: new Date() };
      await query('callback-event').create({ data });
      await expectUniqueViolation(query('callback-event').create({ data }));
    });

    it('refuses a second consent row for the same customer and business number', async () => {
      const data = {
        customerNumber: '15551234567',
        businessNumber: '14252306549',
        state: 'opted-out',
        source: 'keyword',
        changedAt: new Date(),
      };
      await query('consent').create({ data });
      await expectUniqueViolation(query('consent').create({ data: { ...data, state: 'opted-in' } }));
      // The same customer may still have a consent row for another business number.
      await query('consent').create({ data: { ...data, businessNumber: '18005550100' } });
    });

    it('allows one non-closed conversation per customer and business number, any number of closed ones', async () => {
      const base = { customerNumber: '15551234567', businessNumber: '14252306549', openedAt: new Date() };
      await query('conversation').create({ data: { ...base, status: 'closed', openPairKey: null } });
      await query('conversation').create({ data: { ...base, status: 'closed', openPairKey: null } });
      await query('conversation').create({
        data: { ...base, status: 'open', openPairKey: '15551234567:14252306549' },
      });
      await expectUniqueViolation(
        query('conversation').create({
          data: { ...base, status: 'active', openPairKey: '15551234567:14252306549' },
        }),
      );
    });
  });
});
