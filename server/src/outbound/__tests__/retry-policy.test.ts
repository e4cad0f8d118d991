import { TeleSignApiError, TeleSignNetworkError } from '../../telesign/errors';
import { decideAfterFailure, outcomeOfFailure } from '../retry-policy';

const answered = (httpStatus: number, code?: number) =>
  new TeleSignApiError({ method: 'POST', path: '/v1/messaging', httpStatus, body: undefined, code });

describe('what a failed send says of TeleSign’s health', () => {
  it('counts TeleSign unreachable, silent, 5xx and System Unavailable as failing', () => {
    expect(outcomeOfFailure(new TeleSignNetworkError('refused', { requestSent: false }))).toBe('failing');
    expect(
      outcomeOfFailure(new TeleSignNetworkError('timed out', { requestSent: true, timedOut: true })),
    ).toBe('failing');
    expect(outcomeOfFailure(answered(503))).toBe('failing');
    expect(outcomeOfFailure(answered(502))).toBe('failing');
    expect(outcomeOfFailure(answered(200, 10000))).toBe('failing');
  });

  it('counts refusals of the message and rate limiting as TeleSign answering', () => {
    expect(outcomeOfFailure(answered(400, 11000))).toBe('answered');
    expect(outcomeOfFailure(answered(401, 10022))).toBe('answered');
    expect(outcomeOfFailure(answered(429))).toBe('answered');
  });

  it('says nothing of TeleSign for errors that are not its own', () => {
    expect(outcomeOfFailure(new Error('database is locked'))).toBe('not-called');
  });
});

describe('giving up on a message', () => {
  const config = { maxAttempts: 3, retryBaseDelayMs: 100, retryMaxDelayMs: 400, requestTimeoutMs: 15_000 };

  it('gives up once the attempts are used up', () => {
    expect(decideAfterFailure(answered(503), 3, config).kind).toBe('failed');
  });

  it('tries again a send that never reached TeleSign (§7 C4), within the backoff bounds', () => {
    const refused = new TeleSignNetworkError('connect ECONNREFUSED 127.0.0.1:443', { requestSent: false });
    const decision = decideAfterFailure(refused, 1, config, () => 0.5);

    expect(decision).toMatchObject({ kind: 'retry', reason: expect.stringMatching(/could not be reached/) });
    expect(decision.kind === 'retry' && decision.delayMs).toBeGreaterThan(0);
    expect(decision.kind === 'retry' && decision.delayMs).toBeLessThanOrEqual(config.retryMaxDelayMs);
    expect(decideAfterFailure(refused, 3, config).kind).toBe('failed');
  });

  it('never tries again a send that may have reached TeleSign: its outcome is unknown', () => {
    const cut = new TeleSignNetworkError('socket hang up', { requestSent: true });

    expect(decideAfterFailure(cut, 1, config)).toMatchObject({
      kind: 'unknown',
      reason: expect.stringMatching(/may or may not have gone out/),
    });
  });

  it('does not give up on the outage trial when it meets the outage too', () => {
    expect(decideAfterFailure(answered(503), 5, { ...config, outageTrial: true }).kind).toBe('retry');
    expect(decideAfterFailure(answered(400, 11000), 1, { ...config, outageTrial: true }).kind).toBe('failed');
  });
});
