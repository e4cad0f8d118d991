import type { RunningSimulator } from '../../simulator/src/server';
import { createSuperAdmin, type AdminSession } from '../harness/admin-users';
import { textFromCustomer } from '../harness/inbox';
import { newCustomerNumber, pipelineEnv, setUpChannel, type TestChannel } from '../harness/pipeline';
import { adminApi, type AdminApi } from '../harness/setup-api';
import { startTestSimulator } from '../harness/simulator';
import { startTestApp, type TestApp } from '../harness/strapi';
import { waitFor } from '../harness/wait';

const HOUR_MS = 3_600_000;

interface Row {
  status: string;
  closeReason: string | null;
  closedAt: string | null;
}

describe('auto-close of idle waiting conversations', () => {
  let simulator: RunningSimulator;
  let app: TestApp;
  let channel: TestChannel;
  let admin: AdminSession;
  let api: AdminApi;

  const conversations = () => app.strapi.db.query('plugin::sms-channel.conversation' as never);
  const row = (documentId: string) => conversations().findOne({ where: { documentId } }) as Promise<Row>;
  /** A conversation the agent accepted and left in `status`, whose last message was `idleMs` ago. */
  const conversationIdleFor = async (
    status: 'waiting' | 'active',
    idleMs: number,
    customer = newCustomerNumber(),
  ): Promise<string> => {
    const id = await textFromCustomer(app, simulator, {
      from: customer,
      to: channel.businessNumber,
      text: 'Hi',
    });
    expect((await api.post(`/sms-channel/conversations/${id}/accept`)).status).toBe(200);
    if (status === 'waiting')
      expect((await api.post(`/sms-channel/conversations/${id}/close`)).status).toBe(200);
    // Hours of silence, without waiting hours: the last message is moved back in time.
    await conversations().update({
      where: { documentId: id },
      data: { lastMessageAt: new Date(Date.now() - idleMs) },
    });
    return id;
  };

  /** Waits for a whole auto-close sweep that started after this call: what it would close is closed. */
  const wholeSweep = async (): Promise<void> => {
    const autoClose = app.strapi.plugin('sms-channel').service('autoClose') as { completedSweeps(): number };
    const sweeps = autoClose.completedSweeps();
    await waitFor('a whole auto-close sweep', async () => autoClose.completedSweeps() >= sweeps + 2);
  };

  const setAutoCloseAfterHours = async (hours: number | null): Promise<void> => {
    const response = await api.put(`/sms-channel/workstreams/${channel.workstream?.documentId}`, {
      autoCloseAfterHours: hours,
    });
    expect(response.status).toBe(200);
  };

  beforeAll(async () => {
    simulator = await startTestSimulator();
    app = await startTestApp({
      listen: true,
      env: pipelineEnv({ conversations: { autoCloseIntervalMs: 200 } }),
    });
    channel = await setUpChannel(app, simulator);
    admin = await createSuperAdmin(app);
    api = adminApi(app, admin);
    await setAutoCloseAfterHours(2);
  });

  afterAll(async () => {
    await app?.stop();
    await simulator?.close();
  });

  it('closes a waiting conversation idle for longer than the workstream allows, as inactive', async () => {
    const customer = newCustomerNumber();
    const idle = await conversationIdleFor('waiting', 3 * HOUR_MS, customer);
    const closed = await waitFor('the idle conversation to be closed', async () => {
      const current = await row(idle);
      return current.status === 'closed' ? current : undefined;
    });
    expect(closed).toMatchObject({ closeReason: 'inactive', closedAt: expect.any(String) });
    const listed = await api.get('/sms-channel/conversations?queue=closed');
    expect(listed.body.data.map((item: { documentId: string }) => item.documentId)).toContain(idle);

    // The pair is free again: the customer's next text starts a new conversation.
    const next = await textFromCustomer(app, simulator, {
      from: customer,
      to: channel.businessNumber,
      text: 'Back again',
    });
    expect(next).not.toBe(idle);
  });

  it('leaves recent waiting conversations, active ones and those without a workstream timeout alone', async () => {
    const recent = await conversationIdleFor('waiting', 1 * HOUR_MS);
    const active = await conversationIdleFor('active', 5 * HOUR_MS);
    const watched = await conversationIdleFor('waiting', 3 * HOUR_MS);
    await waitFor('the sweep to close the idle one', async () => (await row(watched)).status === 'closed');
    // Another whole sweep, to be sure they stay as they are.
    await wholeSweep();
    expect((await row(recent)).status).toBe('waiting');
    expect((await row(active)).status).toBe('active');

    await setAutoCloseAfterHours(null);
    const untimed = await conversationIdleFor('waiting', 1_000 * HOUR_MS);
    await wholeSweep();
    expect((await row(untimed)).status).toBe('waiting');
  });
});
