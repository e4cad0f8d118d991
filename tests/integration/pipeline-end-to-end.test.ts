import type { RunningSimulator } from '../../simulator/src/server';
import { createSuperAdmin, type AdminSession } from '../harness/admin-users';
import {
  newCustomerNumber,
  pipelineEnv,
  setUpChannel,
  simulatorMessages,
  type TestChannel,
} from '../harness/pipeline';
import { adminApi } from '../harness/setup-api';
import { simulatorControl, startTestSimulator } from '../harness/simulator';
import { startTestApp, type TestApp } from '../harness/strapi';
import { waitFor } from '../harness/wait';

/**
 * The "done when": a text sent from the simulator's phone becomes a conversation, a reply
 * sent through the admin API arrives at the simulator's phone, and its status reaches delivered.
 */
describe('an SMS conversation from the customer phone to delivered', () => {
  let simulator: RunningSimulator;
  let app: TestApp;
  let channel: TestChannel;
  let admin: AdminSession;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    app = await startTestApp({ listen: true, env: pipelineEnv() });
    channel = await setUpChannel(app, simulator);
    admin = await createSuperAdmin(app);
  });

  afterAll(async () => {
    await app?.stop();
    await simulator?.close();
  });

  it('threads the text, sends the reply through TeleSign and records its delivery', async () => {
    const api = adminApi(app, admin);
    const customer = newCustomerNumber();

    const text = await simulatorControl<{ delivered: boolean }>(simulator, 'POST', '/_sim/inbound', {
      from: customer,
      to: channel.businessNumber,
      text: 'Hi, my order #1234 has not arrived.',
    });
    expect(text.body.delivered).toBe(true);

    const conversation = await waitFor('the conversation in the inbox', async () => {
      const list = await api.get(`/sms-channel/conversations?q=${customer}`);
      return list.body.data?.[0];
    });
    expect(conversation).toMatchObject({
      customerNumber: customer,
      businessNumber: channel.businessNumber,
      status: 'open',
      workstream: { documentId: channel.workstream?.documentId },
      lastMessagePreview: 'Hi, my order #1234 has not arrived.',
    });

    const reply = await api.post(`/sms-channel/conversations/${conversation.documentId}/messages`, {
      body: 'Sorry about that! It ships today.',
    });
    expect(reply.status).toBe(201);
    expect(reply.body.data).toMatchObject({
      direction: 'outbound',
      status: 'queued',
      encoding: 'gsm-7',
      segments: 1,
    });

    const [received] = await waitFor('the reply at the customer phone', async () => {
      const messages = await simulatorMessages(simulator, customer);
      return messages.length > 0 ? messages : undefined;
    });
    expect(received).toMatchObject({
      message: 'Sorry about that! It ships today.',
      senderId: channel.businessNumber,
      externalId: reply.body.data.documentId,
    });

    const delivered = await waitFor('the reply to be delivered', async () => {
      const detail = await api.get(`/sms-channel/conversations/${conversation.documentId}`);
      const sent = detail.body.data.messages.find(
        (message: { documentId: string }) => message.documentId === reply.body.data.documentId,
      );
      return sent?.status === 'delivered' ? detail.body.data : undefined;
    });
    expect(delivered.messages).toEqual([
      expect.objectContaining({
        direction: 'inbound',
        status: 'received',
        body: 'Hi, my order #1234 has not arrived.',
      }),
      expect.objectContaining({
        direction: 'outbound',
        status: 'delivered',
        providerStatusCode: 200,
        sentBy: { id: admin.userId, name: 'super Tester' },
        attempts: 1,
      }),
    ]);
    expect(await simulatorMessages(simulator, customer)).toHaveLength(1);
  });
});
