import { signedInboundLoad } from '../../tests/harness/callback-load';
import { selectCount, selectRows } from '../../tests/harness/sql';
import { sleep } from '../../tests/harness/wait';
import { fixed, ratio, runAutocannon, type BenchStrapi, type Row } from './shared';

export const INBOUND_CONNECTIONS = 20;

export interface InboundChannel {
  customerId: string;
  apiKey: string;
  callbackToken: string;
  businessNumber: string;
}

const storedReferenceIds = async (strapi: BenchStrapi): Promise<Set<string>> =>
  new Set(
    (
      await selectRows(
        strapi.database,
        "SELECT reference_id FROM sms_channel_callback_events WHERE dedupe_key LIKE 'mo:%'",
      )
    ).map((row) => String(row.reference_id)),
  );

/** Longest wait for the processing of accepted callbacks to finish before the next scenario. */
const BACKLOG_TIMEOUT_MS = 180_000;

/**
 * Waits (bounded) until every stored callback is processed, so the next scenario and its baseline
 * do not share the CPU with this one's backlog; answers the seconds it took, or null on timeout.
 */
const waitForBacklog = async (strapi: BenchStrapi): Promise<number | null> => {
  const started = performance.now();
  while (performance.now() - started < BACKLOG_TIMEOUT_MS) {
    const pending = await selectCount(
      strapi.database,
      'SELECT COUNT(*) AS n FROM sms_channel_callback_events WHERE processed_at IS NULL',
    );
    if (pending === 0) return (performance.now() - started) / 1000;
    await sleep(200);
  }
  return null;
};

/**
 * Signed `mo_sms` callbacks (a new reference id and a fresh TeleSign signature over each raw
 * body) against Strapi's own `/_health`, both with autocannon at 20 connections for `durationS`.
 */
export const benchInbound = async (
  strapi: BenchStrapi,
  channel: InboundChannel,
  durationS: number,
): Promise<Row[]> => {
  const database = strapi.database.client;
  const health = await runAutocannon({
    url: `${strapi.url}/_health`,
    connections: INBOUND_CONNECTIONS,
    duration: durationS,
  });

  // Customers cycle through 1,000 numbers, so threads both open and grow.
  const { request, acknowledged: acknowledgedIds } = signedInboundLoad(channel, {
    from: (sequence) => `1555${String(10_000_000 + (sequence % 1_000)).slice(1)}`,
    to: channel.businessNumber,
    text: (sequence) => `Benchmark message ${sequence}`,
  });
  const callbacks = await runAutocannon({
    url: `${strapi.url}/api/sms-channel/telesign/callbacks/${channel.callbackToken}`,
    connections: INBOUND_CONNECTIONS,
    duration: durationS,
    requests: [request],
  });
  const stored = await storedReferenceIds(strapi);
  const storedAcknowledged = [...acknowledgedIds].filter((id) => stored.has(id)).length;
  // Requests still in flight when autocannon stops are stored but never acknowledged to it.
  const cutOff = stored.size - storedAcknowledged;
  const backlogSeconds = await waitForBacklog(strapi);

  const acknowledged = callbacks['2xx'];
  const accepted = acknowledged / callbacks.duration;
  const healthRate = health['2xx'] / health.duration;
  const failures = callbacks.errors + callbacks.timeouts + callbacks.non2xx;
  const throughputRatio = ratio(accepted, healthRate);
  return [
    {
      scenario: `inbound mo_sms accepted/s (${INBOUND_CONNECTIONS} conn, ${durationS} s)`,
      database,
      figure: `${fixed(accepted)}/s`,
      baseline: `${fixed(healthRate)}/s /_health`,
      ratio: `${fixed(throughputRatio, 2)}×`,
      target: '≥ 0.35×',
      verdict: throughputRatio >= 0.35 ? 'PASS' : 'FAIL',
    },
    {
      scenario: 'inbound mo_sms p50',
      database,
      figure: `${callbacks.latency.p50} ms`,
      baseline: `${health.latency.p50} ms /_health`,
      ratio: health.latency.p50 > 0 ? `${fixed(ratio(callbacks.latency.p50, health.latency.p50), 2)}×` : '—',
      target: '—',
      verdict: 'INFO',
    },
    {
      scenario: 'inbound mo_sms p99',
      database,
      figure: `${callbacks.latency.p99} ms`,
      baseline: `${health.latency.p99} ms /_health`,
      ratio: health.latency.p99 > 0 ? `${fixed(ratio(callbacks.latency.p99, health.latency.p99), 2)}×` : '—',
      target: '≤ 100 ms',
      verdict: callbacks.latency.p99 <= 100 ? 'PASS' : 'FAIL',
    },
    {
      scenario: 'inbound errors + non-2xx',
      database,
      figure: `${failures} (${callbacks.errors} errors, ${callbacks.timeouts} timeouts, ${callbacks.non2xx} non-2xx)`,
      baseline: `${health.errors + health.timeouts + health.non2xx} /_health`,
      ratio: '—',
      target: '0',
      verdict: failures === 0 ? 'PASS' : 'FAIL',
    },
    {
      scenario: 'inbound acknowledged events stored',
      database,
      figure: `${storedAcknowledged} rows (+${cutOff} in flight at stop)`,
      baseline: `${acknowledgedIds.size} acked (2xx)`,
      ratio: '—',
      target: 'equal',
      verdict:
        storedAcknowledged === acknowledgedIds.size &&
        acknowledgedIds.size === acknowledged &&
        cutOff <= INBOUND_CONNECTIONS
          ? 'PASS'
          : 'FAIL',
    },
    {
      scenario: 'inbound processing backlog after the load',
      database,
      figure:
        backlogSeconds === null
          ? `not drained in ${BACKLOG_TIMEOUT_MS / 1000} s`
          : `${fixed(backlogSeconds)} s to process all`,
      baseline: '—',
      ratio: '—',
      target: '—',
      verdict: 'INFO',
    },
  ];
};
