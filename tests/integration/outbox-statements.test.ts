import { canUpdateEachRow, updateEachRow } from '../../server/src/database/update-each-row';
import { createAttemptEnds } from '../../server/src/outbound/attempt-ends';
import { createDueMessages } from '../../server/src/outbound/due-messages';
import { createOutboxClaim } from '../../server/src/outbound/outbox-claim';
import { createOutboxRepository } from '../../server/src/outbound/outbox.repository';
import {
  insertOutboundMessage,
  newCustomerNumber,
  pipelineEnv,
  DEMO_BUSINESS_NUMBER,
} from '../harness/pipeline';
import { startTestApp, type TestApp } from '../harness/strapi';

interface Row {
  id: number;
  conversation?: { id: number } | null;
  documentId: string;
  status: string;
  attempts: number;
  externalId: string | null;
  leaseUntil: string | number | null;
  referenceId: string | null;
  lastError: string | null;
  nextAttemptAt: string | number | null;
  providerStatusCode: number | null;
}

/**
 * The sender's statements below the query engine, on the database under test: reading due
 * messages with their numbers and consent in one, claiming a tick's messages in one and ending many
 * attempts in one. Each row must come out exactly as its own conditional UPDATE would have left it.
 */
describe('outbox statements over many rows', () => {
  let app: TestApp;

  beforeAll(async () => {
    // Nothing sends in this file: the statements are driven by the test itself.
    app = await startTestApp({ env: pipelineEnv({ sender: { enabled: false } }) });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const row = async (id: number): Promise<Row> =>
    (await app.strapi.db
      .query('plugin::sms-channel.message' as never)
      .findOne({ where: { id }, populate: { conversation: { select: ['id'] } } })) as Row;
  const queued = (overrides: { attempts?: number; externalId?: string | null } = {}) =>
    insertOutboundMessage(app, {
      customerNumber: newCustomerNumber(),
      businessNumber: DEMO_BUSINESS_NUMBER,
      status: 'queued',
      attempts: overrides.attempts ?? 0,
      externalId: overrides.externalId ?? null,
    });

  it('reads due messages oldest first, with their numbers and whether the customer opted out, page after page', async () => {
    const message = () => app.strapi.db.query('plugin::sms-channel.message' as never);
    const [last] = (await message().findMany({ orderBy: { id: 'desc' }, limit: 1 })) as Array<{ id: number }>;
    const before = last?.id ?? 0;
    const plain = await queued();
    const optedOutCustomer = newCustomerNumber();
    const toOptedOut = await insertOutboundMessage(app, {
      customerNumber: optedOutCustomer,
      businessNumber: DEMO_BUSINESS_NUMBER,
      status: 'queued',
      attempts: 0,
    });
    await app.strapi.db.query('plugin::sms-channel.consent' as never).create({
      data: {
        customerNumber: optedOutCustomer,
        businessNumber: DEMO_BUSINESS_NUMBER,
        state: 'opted-out',
        source: 'keyword',
        changedAt: new Date(),
        history: [],
      },
    });
    const later = await queued({ attempts: 3 });
    const notDue = await queued();
    await message().update({
      where: { id: notDue.id },
      data: { nextAttemptAt: new Date(Date.now() + 60_000) },
    });
    const sent = await queued();
    await message().update({ where: { id: sent.id }, data: { status: 'sent' } });
    const orphan = await queued();
    await app.strapi.db
      .query('plugin::sms-channel.conversation' as never)
      .delete({ where: { id: (await row(orphan.id)).conversation?.id } });

    const due = createDueMessages(app.strapi);
    const all = await due.read(new Date(), 10, before);
    expect(all.map(({ id }) => id)).toEqual([plain.id, toOptedOut.id, later.id, orphan.id]);
    expect(all[0]).toEqual({
      id: plain.id,
      documentId: plain.documentId,
      body: 'Hello from the test',
      segments: 1,
      status: 'queued',
      attempts: 0,
      externalId: null,
      automation: null,
      conversation: expect.objectContaining({ businessNumber: DEMO_BUSINESS_NUMBER }),
      optedOut: false,
    });
    expect(all[1]).toMatchObject({ optedOut: true, conversation: { customerNumber: optedOutCustomer } });
    expect(all[2]).toMatchObject({ attempts: 3, optedOut: false });
    expect(all[3]).toMatchObject({ conversation: null, optedOut: false });

    const firstPage = await due.read(new Date(), 2, before);
    const secondPage = await due.read(new Date(), 2, firstPage[1].id);
    expect([...firstPage, ...secondPage].map(({ id }) => id)).toEqual(all.map(({ id }) => id));
  });

  it('claims only rows still queued, due and in the attempt read, and answers their external ids', async () => {
    const first = await queued();
    const retried = await queued({ attempts: 2, externalId: 'retry-external-id' });
    const takenMeanwhile = await queued();
    const movedOn = await queued({ attempts: 1 });
    const notDue = await queued();
    await app.strapi.db
      .query('plugin::sms-channel.message' as never)
      .update({ where: { id: takenMeanwhile.id }, data: { status: 'sending' } });
    await app.strapi.db
      .query('plugin::sms-channel.message' as never)
      .update({ where: { id: notDue.id }, data: { nextAttemptAt: new Date(Date.now() + 60_000) } });

    const now = new Date();
    const leaseUntil = new Date(now.getTime() + 60_000);
    const won = await createOutboxClaim(app.strapi).claim(
      [
        { id: first.id, attempts: 0 },
        { id: retried.id, attempts: 2 },
        { id: takenMeanwhile.id, attempts: 0 },
        // Read at attempt 0; it has been tried once since.
        { id: movedOn.id, attempts: 0 },
        { id: notDue.id, attempts: 0 },
      ],
      now,
      leaseUntil,
    );

    expect([...won.entries()].sort(([a], [b]) => a - b)).toEqual([
      [first.id, first.documentId],
      [retried.id, 'retry-external-id'],
    ]);
    expect(await row(first.id)).toMatchObject({
      status: 'sending',
      attempts: 1,
      externalId: first.documentId,
    });
    expect(await row(retried.id)).toMatchObject({ status: 'sending', attempts: 3 });
    expect(await row(takenMeanwhile.id)).toMatchObject({ status: 'sending', attempts: 0, externalId: null });
    expect(await row(movedOn.id)).toMatchObject({ status: 'queued', attempts: 1, externalId: null });
    expect(await row(notDue.id)).toMatchObject({ status: 'queued', attempts: 0, leaseUntil: null });
    expect((await row(first.id)).leaseUntil).not.toBeNull();

    const again = await createOutboxClaim(app.strapi).claim([{ id: first.id, attempts: 0 }], now, leaseUntil);
    expect(again.size).toBe(0);
  });

  it('ends many attempts at once, each only if its row is still in that attempt', async () => {
    const rows = await Promise.all(Array.from({ length: 5 }, () => queued()));
    const now = new Date();
    const won = await createOutboxClaim(app.strapi).claim(
      rows.map(({ id }) => ({ id, attempts: 0 })),
      now,
      new Date(now.getTime() + 60_000),
    );
    expect(won.size).toBe(5);
    const [sent, retry, failed, reportFirst, otherAttempt] = rows;
    // A delivery report got to this one first; this one's attempt was taken over.
    await app.strapi.db
      .query('plugin::sms-channel.message' as never)
      .update({ where: { id: reportFirst.id }, data: { status: 'delivered' } });
    await app.strapi.db
      .query('plugin::sms-channel.message' as never)
      .update({ where: { id: otherAttempt.id }, data: { attempts: 2 } });

    const warnings = jest.spyOn(app.strapi.log, 'warn');
    const ends = createAttemptEnds(app.strapi, createOutboxRepository(app.strapi));
    const answeredAt = new Date();
    const nextLookup = new Date(answeredAt.getTime() + 900_000);
    const sentFields = (referenceId: string) => ({
      referenceId,
      providerStatusCode: 290,
      providerStatusDescription: 'Message in progress',
      providerStatusAt: answeredAt,
      lastError: null,
      nextAttemptAt: nextLookup,
    });
    // Written concurrently: one group, three kinds of end.
    const applied = await Promise.all([
      ends.write({ id: sent.id, attempt: 1, status: 'sent', fields: sentFields('REF-SENT') }),
      ends.write({
        id: retry.id,
        attempt: 1,
        status: 'queued',
        fields: { lastError: 'TeleSign answered 503.', nextAttemptAt: nextLookup },
      }),
      ends.write({
        id: failed.id,
        attempt: 1,
        status: 'failed',
        fields: {
          lastError: 'TeleSign answered 11001 Invalid destination.',
          providerStatusCode: 11001,
          providerStatusDescription: 'Invalid destination',
          providerStatusAt: answeredAt,
          nextAttemptAt: null,
        },
      }),
      ends.write({ id: reportFirst.id, attempt: 1, status: 'sent', fields: sentFields('REF-LATE') }),
      ends.write({ id: otherAttempt.id, attempt: 1, status: 'sent', fields: sentFields('REF-OLD') }),
    ]);

    expect(applied).toEqual([true, true, true, false, false]);
    // Written together, not after a failed attempt at it.
    expect(warnings).not.toHaveBeenCalled();
    warnings.mockRestore();
    const sentRow = await row(sent.id);
    expect(sentRow).toMatchObject({
      status: 'sent',
      referenceId: 'REF-SENT',
      providerStatusCode: 290,
      lastError: null,
      leaseUntil: null,
    });
    expect(new Date(sentRow.nextAttemptAt as string).getTime()).toBe(nextLookup.getTime());
    expect(await row(retry.id)).toMatchObject({
      status: 'queued',
      lastError: 'TeleSign answered 503.',
      referenceId: null,
      leaseUntil: null,
    });
    expect(await row(failed.id)).toMatchObject({
      status: 'failed',
      providerStatusCode: 11001,
      nextAttemptAt: null,
      leaseUntil: null,
    });
    expect(await row(reportFirst.id)).toMatchObject({ status: 'delivered', referenceId: null });
    expect(await row(otherAttempt.id)).toMatchObject({ status: 'sending', attempts: 2, referenceId: null });
  });

  it('writes each row its own values in one statement where the database can (PostgreSQL, SQLite)', async () => {
    if (!canUpdateEachRow(app.strapi)) {
      expect(app.strapi.db.dialect.client).toBe('mysql');
      return;
    }
    const [a, b, c] = await Promise.all(Array.from({ length: 3 }, () => queued()));
    const at = new Date(Date.now() + 5_000);
    const updated = await updateEachRow(app.strapi, 'plugin::sms-channel.message', {
      rows: [
        {
          id: a.id,
          expect: { attempts: 0 },
          set: { status: 'failed', lastError: 'first', nextAttemptAt: at },
        },
        {
          id: b.id,
          expect: { attempts: 0 },
          set: { status: 'blocked', lastError: 'second', nextAttemptAt: null },
        },
        {
          id: c.id,
          expect: { attempts: 7 },
          set: { status: 'failed', lastError: 'third', nextAttemptAt: null },
        },
      ],
      where: { status: 'queued' },
      common: { leaseUntil: null },
    });
    // a and b are inserted concurrently, so either may have the lower id.
    expect([...updated].sort((x, y) => x - y)).toEqual([a.id, b.id].sort((x, y) => x - y));
    const first = await row(a.id);
    expect(first).toMatchObject({ status: 'failed', lastError: 'first' });
    expect(new Date(first.nextAttemptAt as string).getTime()).toBe(at.getTime());
    expect(await row(b.id)).toMatchObject({ status: 'blocked', lastError: 'second', nextAttemptAt: null });
    expect(await row(c.id)).toMatchObject({ status: 'queued', lastError: null });
  });
});
