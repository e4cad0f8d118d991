import type { RunningSimulator } from '../server';
import { jsonOf } from './support/http-client';
import { control, startTestSimulator } from './support/simulator';
import { SMS_FORM, form, teleSign } from './support/telesign-request';

/** Fault injection: each kind, as a TeleSign client experiences it, and what the request log keeps. */

interface LoggedRequest {
  method: string;
  body: string;
  fault: string | null;
  response: { status: number; code: number | null } | null;
}

describe('fault injection', () => {
  let simulator: RunningSimulator;
  const inject = (fault: Record<string, unknown>) => control(simulator, 'POST', '/_sim/faults', fault);
  const send = (timeoutMs?: number) =>
    teleSign(simulator.url, { body: form(SMS_FORM), ...(timeoutMs ? { timeoutMs } : {}) });
  const lookUp = () =>
    teleSign(simulator.url, { method: 'GET', path: '/v1/messaging/00000000000000000000000000000000' });
  const requests = async () =>
    (await control<{ requests: LoggedRequest[] }>(simulator, 'GET', '/_sim/requests')).body.requests;

  beforeEach(async () => {
    simulator = await startTestSimulator();
  });
  afterEach(() => simulator.close());

  it('http-error answers 503 with TeleSign 10000, then normal service resumes', async () => {
    expect((await inject({ kind: 'http-error' })).status).toBe(201);
    const failed = await send();
    expect(failed.status).toBe(503);
    expect(jsonOf(failed)).toEqual({
      status: {
        code: 10000,
        description: 'System Unavailable, Please try again later.',
        updated_on: expect.any(String),
      },
    });
    expect((await send()).status).toBe(200);
  });

  it('http-error can answer an HTML 502 as a proxy would', async () => {
    await inject({ kind: 'http-error', status: 502, body: 'html' });
    const answer = await send();
    expect(answer.status).toBe(502);
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
    expect(answer.text).toContain('502 Bad Gateway');
  });

  it('rate-limit answers 429 10019 with Retry-After', async () => {
    await inject({ kind: 'rate-limit', retryAfterSeconds: 7 });
    const answer = await send();
    expect(answer.status).toBe(429);
    expect(answer.headers['retry-after']).toBe('7');
    expect(jsonOf(answer)).toMatchObject({ status: { code: 10019, description: 'Rate Limit Exceeded' } });
  });

  it('latency delays a normal answer', async () => {
    await inject({ kind: 'latency', delayMs: 150 });
    const started = Date.now();
    const answer = await send();
    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('reset drops the connection after reading the body, and the POST is still logged', async () => {
    await inject({ kind: 'reset' });
    await expect(send()).rejects.toThrow(/socket hang up|ECONNRESET/);
    const [logged] = await requests();
    expect(logged).toMatchObject({ method: 'POST', body: form(SMS_FORM), fault: 'reset', response: null });
    expect(simulator.state.messages.list()).toHaveLength(0);
  });

  it('hang never answers; the client times out, the POST is logged, and close() still returns promptly', async () => {
    await inject({ kind: 'hang', times: 2 });
    await expect(send(150)).rejects.toThrow(/client timeout/);
    const [logged] = await requests();
    expect(logged).toMatchObject({ fault: 'hang', response: null, body: form(SMS_FORM) });

    // A second hung client that never gives up: closing the simulator must cut it loose.
    const stuck = send().then(
      () => 'answered',
      (error: Error) => error.message,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await simulator.close();
    expect(Date.now() - started).toBeLessThan(500);
    expect(await stuck).toMatch(/socket hang up|ECONNRESET/);
    simulator = await startTestSimulator();
  });

  it('matches faults to their target and counts down times', async () => {
    await inject({ kind: 'http-error', target: 'status', times: 2 });
    expect((await send()).status).toBe(200);
    expect((await lookUp()).status).toBe(503);
    expect(
      (await control<{ faults: Array<{ remaining: number }> }>(simulator, 'GET', '/_sim/faults')).body.faults,
    ).toEqual([expect.objectContaining({ kind: 'http-error', target: 'status', remaining: 1 })]);
    expect((await lookUp()).status).toBe(503);
    expect((await lookUp()).status).toBe(404);
    expect((await requests()).map((request) => request.fault)).toEqual([
      null,
      'http-error',
      'http-error',
      null,
    ]);
  });

  it('applies faults in the order they were queued', async () => {
    await inject({ kind: 'rate-limit' });
    await inject({ kind: 'http-error', status: 500 });
    expect((await send()).status).toBe(429);
    expect((await send()).status).toBe(500);
    expect((await send()).status).toBe(200);
  });

  it('clears the queue with DELETE', async () => {
    await inject({ kind: 'reset', times: 5 });
    expect((await control(simulator, 'DELETE', '/_sim/faults')).body).toEqual({ faults: [] });
    expect((await send()).status).toBe(200);
  });

  it.each([
    [{ kind: 'explode' }, /kind/],
    [{ kind: 'latency' }, /delayMs/],
    [{ kind: 'http-error', status: 404 }, /status/],
    [{ kind: 'hang', target: 'voice' }, /target/],
    [{ kind: 'reset', times: 0 }, /times/],
  ])('explains an invalid fault %p', async (fault, field) => {
    const { status, body } = await inject(fault);
    expect(status).toBe(400);
    expect((body as { error: { message: string } }).error.message).toMatch(field);
  });
});
