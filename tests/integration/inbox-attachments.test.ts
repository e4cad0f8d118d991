import request from 'supertest';
import type { RunningSimulator } from '../../simulator/src/server';
import { createSuperAdmin, type AdminSession } from '../harness/admin-users';
import { textFromCustomer } from '../harness/inbox';
import {
  newCustomerNumber,
  pipelineEnv,
  setUpChannel,
  simulatorMessages,
  type TestChannel,
} from '../harness/pipeline';
import { adminApi, type AdminApi } from '../harness/setup-api';
import { startTestSimulator } from '../harness/simulator';
import { startTestApp, type TestApp } from '../harness/strapi';
import { waitFor } from '../harness/wait';

const PUBLIC_URL = 'https://cms.example.test';

describe('attachments on agents’ replies', () => {
  let simulator: RunningSimulator;
  let app: TestApp;
  let channel: TestChannel;
  let admin: AdminSession;
  let api: AdminApi;
  let file: { id: number; name: string; url: string };

  const setAgentAttachments = (allowed: boolean) =>
    app.strapi.db
      .query('plugin::sms-channel.workstream' as never)
      .update({ where: { id: channel.workstream?.id }, data: { allowAgentAttachments: allowed } });
  const outboundCount = () =>
    app.strapi.db.query('plugin::sms-channel.message' as never).count({ where: { direction: 'outbound' } });
  const newConversation = async (customer = newCustomerNumber()) => {
    const id = await textFromCustomer(app, simulator, {
      from: customer,
      to: channel.businessNumber,
      text: 'Can you send me the menu?',
    });
    expect((await api.post(`/sms-channel/conversations/${id}/accept`)).status).toBe(200);
    return id;
  };

  beforeAll(async () => {
    simulator = await startTestSimulator();
    app = await startTestApp({ listen: true, env: { ...pipelineEnv(), SMS_CHANNEL_PUBLIC_URL: PUBLIC_URL } });
    channel = await setUpChannel(app, simulator);
    admin = await createSuperAdmin(app);
    api = adminApi(app, admin);
    // A real Media Library upload, as an agent would pick from the library.
    const upload = await request(app.server)
      .post('/upload')
      .set('Authorization', admin.authorization)
      .attach('files', Buffer.from('%PDF-1.4 menu'), {
        filename: 'menu.pdf',
        contentType: 'application/pdf',
      });
    expect(upload.status).toBe(201);
    [file] = upload.body;
  });

  afterAll(async () => {
    await app?.stop();
    await simulator?.close();
  });

  it('sends the files’ public links after the text when the workstream allows it', async () => {
    await setAgentAttachments(true);
    const customer = newCustomerNumber();
    const id = await newConversation(customer);
    const detail = await api.get(`/sms-channel/conversations/${id}`);
    expect(detail.body.data.workstream).toMatchObject({
      allowAgentAttachments: true,
      allowCustomerAttachments: false,
    });

    const link = `${PUBLIC_URL}${file.url}`;
    const reply = await api.post(`/sms-channel/conversations/${id}/messages`, {
      body: 'Here is our menu:',
      attachments: [file.id],
    });
    expect(reply.status).toBe(201);
    expect(reply.body.data).toMatchObject({
      body: `Here is our menu:\n${link}`,
      attachments: [{ id: file.id, name: 'menu.pdf', mime: 'application/pdf', url: link }],
    });
    const received = await waitFor('the SMS at the customer’s phone', async () =>
      (await simulatorMessages(simulator, customer)).find((message) => message.message.includes(link)),
    );
    expect(received.message).toBe(`Here is our menu:\n${link}`);
  });

  it('counts the links in the 1,600-character limit and says how much to cut', async () => {
    await setAgentAttachments(true);
    const id = await newConversation();
    const before = await outboundCount();
    const linkLength = `\n${PUBLIC_URL}${file.url}`.length;
    const response = await api.post(`/sms-channel/conversations/${id}/messages`, {
      body: 'a'.repeat(1_600),
      attachments: [file.id],
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      `With the links of its attachment (${linkLength} characters), the message is ${1_600 + linkLength} ` +
        `characters long; an SMS can be at most 1600. Shorten the text by ${linkLength} characters or attach fewer files.`,
    );
    const fits = await api.post(`/sms-channel/conversations/${id}/messages`, {
      body: 'a'.repeat(1_600 - linkLength),
      attachments: [file.id],
    });
    expect(fits.status).toBe(201);
    expect(await outboundCount()).toBe(before + 1);
  });

  it('refuses attachments the workstream does not allow, unknown files and malformed lists', async () => {
    await setAgentAttachments(false);
    const id = await newConversation();
    const before = await outboundCount();
    const send = (attachments: unknown) =>
      api.post(`/sms-channel/conversations/${id}/messages`, { body: 'See attached', attachments });

    const notAllowed = await send([file.id]);
    expect(notAllowed.status).toBe(400);
    expect(notAllowed.body.error.message).toMatch(
      /^The workstream "Support \w+" does not let agents send attachments\./,
    );

    await setAgentAttachments(true);
    const unknown = await send([file.id, 987_654]);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe(
      'No Media Library file has the id 987654; upload the file first or pick another.',
    );
    const malformed = await send(['menu.pdf']);
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details.errors[0].path).toEqual(['attachments', '0']);
    const tooMany = await send(Array.from({ length: 11 }, (_, index) => index + 1));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toBe('At most 10 files can be attached to one SMS.');
    expect(await outboundCount()).toBe(before);
  });

  it('refuses attachments in a conversation without workstream', async () => {
    const unrouted = await setUpChannel(app, simulator, { businessNumber: '14255550177', workstream: false });
    const id = await textFromCustomer(app, simulator, {
      from: newCustomerNumber(),
      to: unrouted.businessNumber,
      text: 'Hello?',
    });
    const response = await api.post(`/sms-channel/conversations/${id}/messages`, {
      body: 'Menu attached',
      attachments: [file.id],
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      'This conversation is in no workstream, so agents may not send attachments in it. Send the text alone.',
    );
  });
});
