import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { signCallbackBody } from '../../server/src/telesign/signing';
import {
  workstreamCreateSchema,
  type WorkstreamCreateInput,
} from '../../shared/contracts/workstreams/workstream.schema';
import { DEFAULT_CONFIG, DEMO_BUSINESS_NUMBER } from '../../simulator/src/config';
import type { RunningSimulator } from '../../simulator/src/server';
import { createAccount, type TestAccount } from './accounts';
import { simulatorControl } from './simulator';
import type { TestApp } from './strapi';

/**
 * The plugin's pipeline timings shortened for tests (polls of ~50 ms, retries within a second),
 * passed to the playground through its SMS_CHANNEL_PIPELINE_CONFIG variable.
 */
export const FAST_PIPELINE = {
  sender: {
    enabled: true,
    pollIntervalMs: 50,
    maxAttempts: 4,
    leaseMs: 10_000,
    retryBaseDelayMs: 100,
    retryMaxDelayMs: 400,
    ratePerSecondPerNumber: 100,
    concurrency: 4,
    // Out of the way: tests that inject faults count one message's attempts; the outage test sets its own.
    outage: { minimumSends: 10_000, failureRatio: 0.5, windowMs: 60_000, pauseMs: 30_000 },
  },
  reconciler: { intervalMs: 100, lookupAfterMs: 600_000, giveUpAfterMs: 43_200_000 },
  callbackProcessing: {
    concurrency: 4,
    sweepIntervalMs: 100,
    leaseMs: 5_000,
    retryBaseDelayMs: 100,
    retryMaxDelayMs: 400,
    unmatchedGiveUpAfterMs: 600_000,
  },
};

type Section = keyof typeof FAST_PIPELINE;
export type PipelineOverrides = { [Name in Section]?: Partial<(typeof FAST_PIPELINE)[Name]> } & {
  messages?: Partial<{ help: string; optOutConfirmation: string; optInConfirmation: string }>;
  conversations?: Partial<{ autoCloseIntervalMs: number; updatesOverlapMs: number }>;
  callbackRefusalLimit?: { burst: number; perSecond: number };
};

/** For suites that send hundreds of refused callbacks on purpose and check each answer. */
export const UNLIMITED_REFUSALS = { burst: 1_000_000, perSecond: 1_000_000 };

/** Environment for `startTestApp`: fast pipeline settings plus `overrides`, and a TeleSign timeout. */
export const pipelineEnv = (
  overrides: PipelineOverrides = {},
  telesignTimeoutMs = 2_000,
): Record<string, string> => {
  const merged: Record<string, unknown> = {};
  for (const section of Object.keys(FAST_PIPELINE) as Section[]) {
    merged[section] = { ...FAST_PIPELINE[section], ...overrides[section] };
  }
  if (overrides.messages) merged.messages = overrides.messages;
  if (overrides.conversations) merged.conversations = overrides.conversations;
  if (overrides.callbackRefusalLimit) merged.callbackRefusalLimit = overrides.callbackRefusalLimit;
  return {
    SMS_CHANNEL_PIPELINE_CONFIG: JSON.stringify(merged),
    SMS_CHANNEL_TELESIGN_TIMEOUT_MS: String(telesignTimeoutMs),
  };
};

export const SIM_CUSTOMER = DEFAULT_CONFIG.defaultCustomer;
export { DEMO_BUSINESS_NUMBER };

export interface TestChannel {
  account: TestAccount;
  businessNumber: string;
  number: { id: number; documentId: string };
  workstream: { id: number; documentId: string } | null;
  callbackUrl: string;
}

const query = (app: TestApp, name: string) => app.strapi.db.query(`plugin::sms-channel.${name}` as never);

/** The id of a stored row, for tests that address relations by it. */
const idOf = async (app: TestApp, name: string, documentId: string): Promise<number> =>
  ((await query(app, name).findOne({ where: { documentId }, select: ['id'] })) as { id: number }).id;

interface NumbersService {
  create(accountDocumentId: string, input: { number: string; type: 'geo' }): Promise<{ documentId: string }>;
}
interface WorkstreamsService {
  create(input: WorkstreamCreateInput): Promise<{ documentId: string }>;
}

/**
 * An account with the simulator's credentials and URL as API host, one business number (in a
 * workstream unless told otherwise), and the simulator's customer pointed at the callback URL.
 */
export const setUpChannel = async (
  app: TestApp,
  simulator: RunningSimulator,
  options: { businessNumber?: string; workstream?: boolean; extraSimulatorNumbers?: string[] } = {},
): Promise<TestChannel> => {
  if (!app.url) throw new Error('setUpChannel needs an app started with { listen: true }.');
  const businessNumber = options.businessNumber ?? DEMO_BUSINESS_NUMBER;
  const account = await createAccount(app, {
    customerId: SIM_CUSTOMER.customerId,
    apiKey: SIM_CUSTOMER.apiKey,
    apiHost: simulator.url,
  });
  // Through the plugin's services, as the setup API does.
  const plugin = app.strapi.plugin('sms-channel');
  const created = await (plugin.service('numbers') as NumbersService).create(account.documentId, {
    number: businessNumber,
    type: 'geo',
  });
  const number = { id: await idOf(app, 'number', created.documentId), documentId: created.documentId };
  let workstream: TestChannel['workstream'] = null;
  if (options.workstream !== false) {
    const { documentId } = await (plugin.service('workstreams') as WorkstreamsService).create(
      workstreamCreateSchema.parse({
        name: `Support ${randomBytes(2).toString('hex')}`,
        numberIds: [number.documentId],
      }),
    );
    workstream = { id: await idOf(app, 'workstream', documentId), documentId };
  }
  const callbackUrl = `${app.url}/api/sms-channel/telesign/callbacks/${account.callbackToken}`;
  const numbers = [
    ...new Set([DEMO_BUSINESS_NUMBER, businessNumber, ...(options.extraSimulatorNumbers ?? [])]),
  ];
  const update = await simulatorControl(simulator, 'PUT', `/_sim/customers/${SIM_CUSTOMER.customerId}`, {
    callbackUrl,
    numbers,
  });
  if (update.status !== 200)
    throw new Error(`simulator customer update failed: ${JSON.stringify(update.body)}`);
  return { account, businessNumber, number, workstream, callbackUrl };
};

/** A random TeleSign reference id: 32 upper-case hex characters. */
export const referenceId = (): string => randomBytes(16).toString('hex').toUpperCase();

export const inboundBody = (input: {
  referenceId?: string;
  from: string;
  to: string;
  text: string;
  action?: 'stop' | 'start' | 'help' | 'generic';
}): string =>
  JSON.stringify({
    reference_id: input.referenceId ?? referenceId(),
    status: { code: 1500, description: 'Delivered to customer', updated_on: new Date().toISOString() },
    submit_timestamp: new Date().toISOString(),
    errors: [],
    sub_resource: 'mo_sms',
    user_response: {
      phone_number: input.from,
      sender_id: input.to,
      iso_country_code: 'US',
      mo_message: input.text,
      ...(input.action ? { action: input.action, keyword: input.text.toLowerCase() } : {}),
    },
  });

export const deliveryReportBody = (input: {
  referenceId: string;
  code: number;
  description?: string;
  updatedOn?: string;
  externalId?: string | null;
}): string =>
  JSON.stringify({
    reference_id: input.referenceId,
    status: {
      code: input.code,
      description: input.description ?? `Status ${input.code}`,
      updated_on: input.updatedOn ?? new Date().toISOString(),
    },
    submit_timestamp: new Date().toISOString(),
    external_id: input.externalId ?? null,
  });

/** The headers TeleSign sends with a callback body, signed with the account's key. */
export const signedCallbackHeaders = (
  account: Pick<TestAccount, 'customerId' | 'apiKey'>,
  body: string,
): Record<string, string> => ({
  'content-type': 'application/json',
  authorization: `TSA ${account.customerId}:${signCallbackBody(account.apiKey, body)}`,
});

/** Posts a body signed with the account's key, as TeleSign does, and returns the answer. */
export const postSignedCallback = (app: TestApp, account: TestAccount, body: string) =>
  request(app.server)
    .post(`/api/sms-channel/telesign/callbacks/${account.callbackToken}`)
    .set('Content-Type', 'application/json')
    .set('Authorization', `TSA ${account.customerId}:${signCallbackBody(account.apiKey, body)}`)
    .send(body);

/**
 * The same, to a Strapi in another process (`baseUrl`), waiting at most `timeoutMs` (TeleSign
 * waits 5 s). Null when no answer came: connection refused, cut by a dying process, or too slow.
 */
export const postSignedCallbackTo = async (
  baseUrl: string,
  account: Pick<TestAccount, 'customerId' | 'apiKey' | 'callbackToken'>,
  body: string,
  timeoutMs = 5_000,
): Promise<{ status: number; duplicate: boolean | null } | null> => {
  try {
    const response = await fetch(`${baseUrl}/api/sms-channel/telesign/callbacks/${account.callbackToken}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `TSA ${account.customerId}:${signCallbackBody(account.apiKey, body)}`,
      },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const answer = (await response.json()) as { duplicate?: unknown };
    return {
      status: response.status,
      duplicate: typeof answer.duplicate === 'boolean' ? answer.duplicate : null,
    };
  } catch {
    return null;
  }
};

export interface SimulatorMessage {
  referenceId: string;
  phoneNumber: string;
  message: string;
  senderId: string | null;
  externalId: string | null;
  status: { code: number };
  history: Array<{ code: number }>;
}

export interface SimulatorRequest {
  method: string;
  path: string;
  receivedAt: string;
  /** As sent: a send's form (phone_number, message, external_id, …). */
  body: string;
  fault: string | null;
  response: { status: number; code: number | null } | null;
}

export const simulatorMessages = async (
  simulator: RunningSimulator,
  phone: string,
): Promise<SimulatorMessage[]> =>
  (
    await simulatorControl<{ messages: SimulatorMessage[] }>(
      simulator,
      'GET',
      `/_sim/messages?phone=${phone}`,
    )
  ).body.messages;

/** POST /v1/messaging requests the simulator read (faulted ones included). */
export const simulatorSendRequests = async (simulator: RunningSimulator): Promise<SimulatorRequest[]> =>
  (
    await simulatorControl<{ requests: SimulatorRequest[] }>(simulator, 'GET', '/_sim/requests')
  ).body.requests.filter((entry) => entry.method === 'POST' && entry.path === '/v1/messaging');

export const addFault = async (
  simulator: RunningSimulator,
  fault: Record<string, unknown>,
): Promise<void> => {
  const response = await simulatorControl(simulator, 'POST', '/_sim/faults', fault);
  if (response.status !== 201) throw new Error(`fault not accepted: ${JSON.stringify(response.body)}`);
};

/** A fresh customer number per test, so tests in one file never share a conversation. */
let customerSequence = 0;
export const newCustomerNumber = (): string => {
  customerSequence += 1;
  return `1555${String(Date.now() % 10_000).padStart(4, '0')}${String(customerSequence).padStart(3, '0')}`;
};

export interface InsertedMessage {
  id: number;
  documentId: string;
  conversationId: number;
}

/**
 * An outbound message row written straight into the outbox, in a state the pipeline would have
 * left it in (e.g. `sent` with a reference id, or `sending` under a lease of a dead process).
 */
export const insertOutboundMessage = async (
  app: TestApp,
  input: {
    customerNumber: string;
    businessNumber: string;
    status: string;
    body?: string;
    referenceId?: string | null;
    externalId?: string | null;
    leaseUntil?: Date | null;
    submittedAt?: Date | null;
    attempts?: number;
  },
): Promise<InsertedMessage> =>
  // One transaction, as the plugin's own writes: Strapi's create() inserts the row before it links
  // the conversation, and the sender must never see a queued message without its conversation.
  app.strapi.db.transaction(async () => {
    const pairKey = `${input.customerNumber}:${input.businessNumber}`;
    const existing = (await query(app, 'conversation').findOne({ where: { openPairKey: pairKey } })) as {
      id: number;
    } | null;
    const conversation =
      existing ??
      ((await query(app, 'conversation').create({
        data: {
          customerNumber: input.customerNumber,
          businessNumber: input.businessNumber,
          openPairKey: pairKey,
          status: 'active',
          openedAt: new Date(),
        },
      })) as { id: number });
    const row = (await query(app, 'message').create({
      data: {
        conversation: conversation.id,
        direction: 'outbound',
        body: input.body ?? 'Hello from the test',
        encoding: 'gsm-7',
        segments: 1,
        status: input.status,
        referenceId: input.referenceId ?? null,
        externalId: input.externalId ?? null,
        leaseUntil: input.leaseUntil ?? null,
        submittedAt: input.submittedAt ?? null,
        attempts: input.attempts ?? 1,
      },
    })) as { id: number; documentId: string };
    return { id: row.id, documentId: row.documentId, conversationId: conversation.id };
  });
