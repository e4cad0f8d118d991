import { createTeleSignClient } from '../../server/src/telesign';
import type { RunningSimulator } from '../../simulator/src/server';
import { selectCount, selectRows } from '../../tests/harness/sql';
import { waitFor } from '../../tests/harness/wait';
import { fixed, forEachConcurrently, ratio, type BenchStrapi, type Row } from './shared';

export const OUTBOUND_MESSAGES = 2_000;
/** The plugin's sender.concurrency and the direct baseline's requests in flight. */
export const OUTBOUND_CONCURRENCY = 20;
/** The plugin's maximum; the drain must not be held back by per-number pacing. */
export const OUTBOUND_RATE_PER_NUMBER = 1_000;

export interface OutboundChannel {
  customerId: string;
  apiKey: string;
  businessNumber: string;
}

/** Customer `index` of the run: 2,000 distinct numbers, one conversation each. */
const customerNumber = (run: 'direct' | 'plugin', index: number): string =>
  `1555${run === 'direct' ? 1 : 2}${String(1_000_000 + index).slice(1)}`;

const BODY = 'Thanks for your message, we are on it.';

/** The same sends signed with the plugin's TeleSign client, straight to the simulator. */
const sendDirect = async (simulator: RunningSimulator, channel: OutboundChannel): Promise<number> => {
  const client = createTeleSignClient({
    baseUrl: simulator.url,
    customerId: channel.customerId,
    apiKey: channel.apiKey,
  });
  const started = performance.now();
  await forEachConcurrently(OUTBOUND_MESSAGES, OUTBOUND_CONCURRENCY, async (index) => {
    await client.sendMessage({
      phoneNumber: customerNumber('direct', index),
      message: BODY,
      messageType: 'ARN',
      senderId: channel.businessNumber,
      externalId: `bench-direct-${index}`,
    });
  });
  return performance.now() - started;
};

const countOutbound = (strapi: BenchStrapi, status: string): Promise<number> =>
  selectCount(
    strapi.database,
    `SELECT COUNT(*) AS n FROM sms_channel_messages WHERE direction = 'outbound' AND status = '${status}'`,
  );

/** Queues through the admin API (one new conversation per customer) and waits for every `sent`. */
const drainThroughPlugin = async (
  strapi: BenchStrapi,
  channel: OutboundChannel,
  authorization: string,
): Promise<{ queuedMs: number; sentWhenQueued: number; sentMs: number }> => {
  const [number] = await selectRows(
    strapi.database,
    `SELECT document_id FROM sms_channel_numbers WHERE digits = '${channel.businessNumber}'`,
  );
  const numberId = String(number.document_id);
  const started = performance.now();
  await forEachConcurrently(OUTBOUND_MESSAGES, OUTBOUND_CONCURRENCY, async (index) => {
    const response = await fetch(`${strapi.url}/sms-channel/conversations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: authorization },
      body: JSON.stringify({ numberId, to: customerNumber('plugin', index), body: BODY }),
    });
    if (response.status !== 201) {
      throw new Error(`queuing a reply answered ${response.status}: ${await response.text()}`);
    }
  });
  const queuedMs = performance.now() - started;
  const sentWhenQueued = await countOutbound(strapi, 'sent');
  await waitFor(
    `${OUTBOUND_MESSAGES} outbound messages sent`,
    async () => (await countOutbound(strapi, 'sent')) >= OUTBOUND_MESSAGES,
    { timeoutMs: 300_000, intervalMs: 50 },
  );
  const sentMs = performance.now() - started;
  const sent = await countOutbound(strapi, 'sent');
  if (sent !== OUTBOUND_MESSAGES) throw new Error(`${sent} messages sent, ${OUTBOUND_MESSAGES} queued`);
  return { queuedMs, sentWhenQueued, sentMs };
};

/**
 * 2,000 agent messages queued through the admin API and drained by the plugin's sender to the
 * simulator, from the first queued to the last `sent`, against the same 2,000 TSA-signed
 * requests posted straight to the simulator at the same concurrency.
 */
export const benchOutbound = async (
  strapi: BenchStrapi,
  simulator: RunningSimulator,
  channel: OutboundChannel,
  authorization: string,
): Promise<Row[]> => {
  const directMs = await sendDirect(simulator, channel);
  const plugin = await drainThroughPlugin(strapi, channel, authorization);
  const pluginRate = OUTBOUND_MESSAGES / (plugin.sentMs / 1000);
  const directRate = OUTBOUND_MESSAGES / (directMs / 1000);
  const drainRatio = ratio(pluginRate, directRate);
  return [
    {
      scenario: `outbound ${OUTBOUND_MESSAGES} agent messages queued → sent (concurrency ${OUTBOUND_CONCURRENCY})`,
      database: strapi.database.client,
      figure: `${fixed(pluginRate)}/s (${fixed(plugin.sentMs / 1000, 2)} s; all queued at ${fixed(plugin.queuedMs / 1000, 2)} s, ${plugin.sentWhenQueued} sent by then)`,
      baseline: `${fixed(directRate)}/s direct (${fixed(directMs / 1000, 2)} s)`,
      ratio: `${fixed(drainRatio, 2)}×`,
      target: '≥ 0.7×',
      verdict: drainRatio >= 0.7 ? 'PASS' : 'FAIL',
    },
  ];
};
