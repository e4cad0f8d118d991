import { DEFAULT_CONFIG, type SimulatorConfig } from '../../simulator/src/config';
import { startSimulator, type RunningSimulator } from '../../simulator/src/server';

/**
 * The TeleSign simulator in the test process, on a free port, with TeleSign's timings shortened
 * so delivery reports and callback retries happen within a test.
 */
export const startTestSimulator = (overrides: Partial<SimulatorConfig> = {}): Promise<RunningSimulator> =>
  startSimulator({
    ...DEFAULT_CONFIG,
    port: 0,
    inProgressReportDelayMs: 50,
    finalReportDelayMs: 100,
    callbackRetryDelaysMs: [200, 400],
    callbackTimeoutMs: 2_000,
    ...overrides,
  });

/** Calls the simulator's control API (`/_sim/...`) and returns the JSON answer. */
export const simulatorControl = async <T>(
  simulator: RunningSimulator,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> => {
  const response = await fetch(`${simulator.url}${path}`, {
    method,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
};
