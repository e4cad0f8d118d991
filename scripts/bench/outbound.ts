import { defaultSenderConfig } from '../../server/src/outbound/outbound.config';
import { createTeleSignClient } from '../../server/src/telesign';
import type { RunningSimulator } from '../../simulator/src/server';
import { selectCount, selectRows } from '../../tests/harness/sql';
import { waitFor } from '../../tests/harness/wait';
import { fixed, forEachConcurrently, ratio, type BenchStrapi, type Row } from './shared';

export const OUTBOUND_MESSAGES = 2_000;
/** The plugin's sender.concurrency and the direct baseline's requests in flight. */
export const OUTBOUND_CONCURRENCY = 20;
/** The plugin's maximum pace per business number. */
export const OUTBOUND_RATE_PER_NUMBER = 1_000;
/**
 * Replies go out from this many business numbers, in turn: one number's pace (at most 1,000/s,
 * one send per ms) would otherwise cap the drain below what the direct baseline reaches.
 */
export const OUTBOUND_NUMBERS = 4;

/** The bench's business numbers: `first` and the ones after it. */
export const outboundNumbers = (first: string): string[] =>
  Array.from({ length: OUTBOUND_NUMBERS }, (_, i) => String(BigInt(first) + BigInt(i)));

export interface OutboundChannel {
  customerId: string;
  apiKey: string;
  /** OUTBOUND_NUMBERS business numbers (see outboundNumbers). */
  businessNumbers: string[];
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
      senderId: channel.businessNumbers[index % channel.businessNumbers.length],
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

/** A timestamp column as the driver returns it: ms since the epoch (SQLite), a Date (PostgreSQL). */
const epochMs = (value: unknown): number => {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  const text = String(value);
  return /^\d+$/.test(text) ? Number(text) : Date.parse(text);
};

/** The sender's pipeline configuration for the bench's Strapi; `sending: false` holds the queue. */
export const benchPipelineConfig = (sending: boolean): string =>
  JSON.stringify({
    sender: {
      ...defaultSenderConfig,
      enabled: sending,
      concurrency: OUTBOUND_CONCURRENCY,
      ratePerSecondPerNumber: OUTBOUND_RATE_PER_NUMBER,
    },
  });

/** Agents' replies through the admin API (one new conversation per customer) while nothing sends. */
const queueReplies = async (
  strapi: BenchStrapi,
  channel: OutboundChannel,
  authorization: string,
): Promise<number> => {
  const numbers = await selectRows(
    strapi.database,
    `SELECT document_id FROM sms_channel_numbers WHERE digits IN (${channel.businessNumbers.map((digits) => `'${digits}'`).join(', ')})`,
  );
  if (numbers.length !== channel.businessNumbers.length) throw new Error('a business number is not seeded');
  const numberIds = numbers.map((number) => String(number.document_id));
  const started = performance.now();
  await forEachConcurrently(OUTBOUND_MESSAGES, OUTBOUND_CONCURRENCY, async (index) => {
    const numberId = numberIds[index % numberIds.length];
    const response = await fetch(`${strapi.url}/sms-channel/conversations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: authorization },
      body: JSON.stringify({ numberId, to: customerNumber('plugin', index), body: BODY }),
    });
    if (response.status !== 201) {
      throw new Error(`queuing a reply answered ${response.status}: ${await response.text()}`);
    }
  });
  const queued = await countOutbound(strapi, 'queued');
  if (queued !== OUTBOUND_MESSAGES)
    throw new Error(`${queued} messages queued, ${OUTBOUND_MESSAGES} expected`);
  return performance.now() - started;
};

/**
 * Restarts Strapi with its sender on and times the drain: from the first claim (the earliest
 * `submitted_at`, written by the plugin) until every message is `sent` (polled every 20 ms).
 */
const drain = async (strapi: BenchStrapi): Promise<{ strapi: BenchStrapi; drainMs: number }> => {
  const sending = await strapi.restart({ SMS_CHANNEL_PIPELINE_CONFIG: benchPipelineConfig(true) });
  await waitFor(
    `${OUTBOUND_MESSAGES} outbound messages sent`,
    async () => (await countOutbound(sending, 'sent')) >= OUTBOUND_MESSAGES,
    { timeoutMs: 300_000, intervalMs: 20 },
  );
  const finishedAt = Date.now();
  const sent = await countOutbound(sending, 'sent');
  if (sent !== OUTBOUND_MESSAGES) throw new Error(`${sent} messages sent, ${OUTBOUND_MESSAGES} queued`);
  const [first] = await selectRows(
    sending.database,
    "SELECT MIN(submitted_at) AS at FROM sms_channel_messages WHERE direction = 'outbound'",
  );
  return { strapi: sending, drainMs: finishedAt - epochMs(first.at) };
};

/**
 * 2,000 agent replies queued through the admin API while the sender is off, then drained by the
 * plugin's sender to the simulator (Strapi restarted with it on), from its first claim to the
 * last `sent`; against the same 2,000 TSA-signed requests posted straight to the simulator at the
 * same concurrency. Answers the rows and the Strapi now running.
 */
export const benchOutbound = async (
  strapi: BenchStrapi,
  simulator: RunningSimulator,
  channel: OutboundChannel,
  authorization: string,
): Promise<{ rows: Row[]; strapi: BenchStrapi }> => {
  const directMs = await sendDirect(simulator, channel);
  const queuedMs = await queueReplies(strapi, channel, authorization);
  const drained = await drain(strapi);
  const pluginRate = OUTBOUND_MESSAGES / (drained.drainMs / 1000);
  const directRate = OUTBOUND_MESSAGES / (directMs / 1000);
  const drainRatio = ratio(pluginRate, directRate);
  const queueRate = OUTBOUND_MESSAGES / (queuedMs / 1000);
  return {
    strapi: drained.strapi,
    rows: [
      {
        scenario: `outbound: ${OUTBOUND_MESSAGES} queued replies from ${OUTBOUND_NUMBERS} numbers drained to TeleSign (concurrency ${OUTBOUND_CONCURRENCY})`,
        database: strapi.database.client,
        figure: `${fixed(pluginRate)}/s (${fixed(drained.drainMs / 1000, 2)} s from the first claim to the last sent)`,
        baseline: `${fixed(directRate)}/s direct (${fixed(directMs / 1000, 2)} s)`,
        ratio: `${fixed(drainRatio, 2)}×`,
        target: '≥ 0.7×',
        verdict: drainRatio >= 0.7 ? 'PASS' : 'FAIL',
      },
      {
        scenario: `outbound: queuing those ${OUTBOUND_MESSAGES} through the admin API (new conversation each)`,
        database: strapi.database.client,
        figure: `${fixed(queueRate)}/s (${fixed(queuedMs / 1000, 2)} s)`,
        baseline: `${fixed(directRate)}/s direct sends`,
        ratio: `${fixed(ratio(queueRate, directRate), 2)}×`,
        target: '—',
        verdict: 'INFO',
      },
    ],
  };
};
