import { randomBytes } from 'node:crypto';
import { DEMO_BUSINESS_NUMBER, pipelineEnv, type PipelineOverrides } from './pipeline';
import { selectCount } from './sql';
import { createProcessCluster, type ProcessCluster } from './strapi-processes';

/** An account that only receives: its API host is the discard port, so nothing could be sent. */
export const receiveOnlyAccount = (customerId: string) => ({
  customerId,
  apiKey: randomBytes(64).toString('base64'),
  callbackToken: randomBytes(32).toString('base64url'),
  apiHost: 'http://127.0.0.1:9',
});

/**
 * Strapi processes on one database that receive callbacks for `account` (one business number,
 * in a workstream) with the sender off, by default processing one event at a time so that
 * acknowledged events wait in a backlog when a kill comes, with short leases so a successor
 * resumes soon.
 */
export const createCallbackCluster = (
  account: ReturnType<typeof receiveOnlyAccount>,
  processing: PipelineOverrides['callbackProcessing'] = {},
): Promise<ProcessCluster> =>
  createProcessCluster({
    seed: { account, numbers: [{ digits: DEMO_BUSINESS_NUMBER, workstream: true }] },
    env: pipelineEnv({
      sender: { enabled: false },
      callbackProcessing: { concurrency: 1, leaseMs: 1_500, sweepIntervalMs: 200, ...processing },
    }),
  });

/** Stored callbacks not processed yet. */
export const countUnprocessedCallbacks = (cluster: ProcessCluster): Promise<number> =>
  selectCount(
    cluster.database,
    'SELECT COUNT(*) AS n FROM sms_channel_callback_events WHERE processed_at IS NULL',
  );
