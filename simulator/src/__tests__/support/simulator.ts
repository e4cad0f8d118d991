import { DEFAULT_CONFIG, type SimulatorConfig } from '../../config';
import type { Customer } from '../../customers';
import { startSimulator, type RunningSimulator } from '../../server';
import { httpRequest, jsonOf } from './http-client';

/** The real simulator on 127.0.0.1, a free port and test-speed timings. */

export const TEST_CONFIG: SimulatorConfig = {
  ...DEFAULT_CONFIG,
  port: 0,
  inProgressReportDelayMs: 20,
  finalReportDelayMs: 40,
  callbackRetryDelaysMs: [60, 120],
  callbackTimeoutMs: 1_000,
};

export const DEFAULT_CUSTOMER = TEST_CONFIG.defaultCustomer;

export const startTestSimulator = (overrides: Partial<SimulatorConfig> = {}): Promise<RunningSimulator> =>
  startSimulator({ ...TEST_CONFIG, ...overrides });

/** Calls the control API and returns its status and JSON body. */
export const control = async <T = Record<string, unknown>>(
  simulator: RunningSimulator,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> => {
  const answer = await httpRequest(`${simulator.url}${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return { status: answer.status, body: jsonOf<T>(answer) };
};

export const updateCustomer = async (
  simulator: RunningSimulator,
  customerId: string,
  changes: Partial<Omit<Customer, 'customerId' | 'callbackUrl'>> & { callbackUrl?: string | null },
): Promise<void> => {
  const { status, body } = await control(simulator, 'PUT', `/_sim/customers/${customerId}`, changes);
  if (status !== 200) throw new Error(`customer update failed: ${JSON.stringify(body)}`);
};

export const createCustomer = async (
  simulator: RunningSimulator,
  customer: Partial<Customer> = {},
): Promise<Customer> => {
  const { status, body } = await control<{ customer: Customer }>(
    simulator,
    'POST',
    '/_sim/customers',
    customer,
  );
  if (status !== 201) throw new Error(`customer creation failed: ${JSON.stringify(body)}`);
  return body.customer;
};

/** Polls until `check` returns a value, for asynchronous effects such as callbacks. */
export const eventually = async <T>(
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 3_000,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};
