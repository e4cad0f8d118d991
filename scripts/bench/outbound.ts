import { defaultSenderConfig } from '../../server/src/outbound/outbound.config';
import { createTeleSignClient } from '../../server/src/telesign/client';
import type { RunningSimulator } from '../../simulator/src/server';
import { executeSql, selectCount, selectRows } from '../../tests/harness/sql';
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
 * Waits until every reply is `sent` and times the drain from the rows themselves: from the first
 * claim (the earliest `submitted_at`) to the last attempt's end (the latest `updated_at`), both
 * written by the plugin. Polling only says when to look, so it can be slow enough not to compete
 * for the CPU it measures.
 */
const drainMs = async (strapi: BenchStrapi): Promise<number> => {
  await waitFor(
    `${OUTBOUND_MESSAGES} outbound messages sent`,
    async () => (await countOutbound(strapi, 'sent')) >= OUTBOUND_MESSAGES,
    { timeoutMs: 300_000, intervalMs: 250 },
  );
  const sent = await countOutbound(strapi, 'sent');
  if (sent !== OUTBOUND_MESSAGES) throw new Error(`${sent} messages sent, ${OUTBOUND_MESSAGES} queued`);
  const [span] = await selectRows(
    strapi.database,
    "SELECT MIN(submitted_at) AS first_claim, MAX(updated_at) AS last_end FROM sms_channel_messages WHERE direction = 'outbound'",
  );
  return epochMs(span.last_end) - epochMs(span.first_claim);
};

/** The replies back in the queue as before their first send, in one statement (between rounds). */
const REQUEUE_SQL =
  "UPDATE sms_channel_messages SET status = 'queued', attempts = 0, lease_until = NULL, submitted_at = NULL, " +
  'next_attempt_at = NULL, external_id = NULL, reference_id = NULL, provider_status_code = NULL, ' +
  "provider_status_description = NULL, provider_status_at = NULL, last_error = NULL WHERE direction = 'outbound'";

/** Drain and baseline are timed this many times, in turn; a 2 s drain swings with the machine. */
export const OUTBOUND_ROUNDS = 5;

interface Round {
  directMs: number;
  drainMs: number;
  ratio: number;
}

const perSecond = (ms: number): number => OUTBOUND_MESSAGES / (ms / 1000);

/**
 * 2,000 agent replies queued through the admin API while the sender is off, then drained by the
 * plugin's sender to the simulator, against the same 2,000 TSA-signed requests posted straight to
 * the simulator at the same concurrency, in OUTBOUND_ROUNDS rounds of (baseline, drain): the first
 * drain starts when Strapi restarts with its sender on, later ones when the bench puts the replies
 * back in the queue. The round with the median ratio is reported. Answers the rows and the Strapi
 * now running.
 */
export const benchOutbound = async (
  strapi: BenchStrapi,
  simulator: RunningSimulator,
  channel: OutboundChannel,
  authorization: string,
): Promise<{ rows: Row[]; strapi: BenchStrapi }> => {
  const queuedMs = await queueReplies(strapi, channel, authorization);
  const rounds: Round[] = [];
  let sending = strapi;
  for (let round = 0; round < OUTBOUND_ROUNDS; round += 1) {
    const directMs = await sendDirect(simulator, channel);
    if (round === 0) {
      sending = await strapi.restart({ SMS_CHANNEL_PIPELINE_CONFIG: benchPipelineConfig(true) });
    } else {
      await executeSql(sending.database, REQUEUE_SQL);
    }
    const ms = await drainMs(sending);
    rounds.push({ directMs, drainMs: ms, ratio: ratio(perSecond(ms), perSecond(directMs)) });
  }
  const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor(rounds.length / 2)];
  const directRate = perSecond(median.directMs);
  const queueRate = perSecond(queuedMs);
  return {
    strapi: sending,
    rows: [
      {
        scenario: `outbound: ${OUTBOUND_MESSAGES} queued replies from ${OUTBOUND_NUMBERS} numbers drained to TeleSign (concurrency ${OUTBOUND_CONCURRENCY}), median of ${OUTBOUND_ROUNDS} rounds`,
        database: strapi.database.client,
        figure: `${fixed(perSecond(median.drainMs))}/s (${fixed(median.drainMs / 1000, 2)} s from the first claim to the last end written; rounds ${rounds.map((r) => `${fixed(r.ratio, 2)}×`).join(' ')})`,
        baseline: `${fixed(directRate)}/s direct (${fixed(median.directMs / 1000, 2)} s)`,
        ratio: `${fixed(median.ratio, 2)}×`,
        target: '≥ 0.7×',
        verdict: median.ratio >= 0.7 ? 'PASS' : 'FAIL',
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
