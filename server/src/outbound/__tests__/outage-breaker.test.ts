import { createOutageBreaker, type OutageBreaker, type SendOutcome } from '../outage-breaker';

const SETTINGS = { minimumSends: 4, failureRatio: 0.5, windowMs: 10_000, pauseMs: 1_000 };
const ACCOUNT = 'account-1';

/** Admits and records one send of `key` at `now`; answers what it changed. */
const send = (breaker: OutageBreaker, outcome: SendOutcome, now: number, key = ACCOUNT) => {
  const admission = breaker.admit(key, now);
  if (admission === null) throw new Error(`${key} is paused at ${now}`);
  return breaker.record(key, admission, outcome, now);
};

describe('outage breaker (sending paused while TeleSign fails)', () => {
  it('keeps sending while fewer than the minimum sends were made, however many failed', () => {
    const breaker = createOutageBreaker(SETTINGS);
    for (let i = 0; i < 3; i += 1) expect(send(breaker, 'failing', i)).toBeNull();

    expect(breaker.admit(ACCOUNT, 3)).toBe('send');
    expect(breaker.pausedUntil(ACCOUNT)).toBeNull();
  });

  it('pauses once half the sends of the window fail, and admits nothing until the pause ends', () => {
    const breaker = createOutageBreaker(SETTINGS);
    send(breaker, 'answered', 0);
    send(breaker, 'answered', 1);
    send(breaker, 'failing', 2);

    expect(send(breaker, 'failing', 3)).toEqual({ kind: 'paused', failed: 2, sends: 4, until: 1_003 });
    expect(breaker.pausedUntil(ACCOUNT)).toBe(1_003);
    expect(breaker.admit(ACCOUNT, 500)).toBeNull();
    expect(breaker.admit(ACCOUNT, 1_002)).toBeNull();
  });

  it('does not pause while most sends get through (one in four failing)', () => {
    const breaker = createOutageBreaker(SETTINGS);
    for (let i = 0; i < 20; i += 1) expect(send(breaker, i % 4 === 1 ? 'failing' : 'answered', i)).toBeNull();
  });

  it('forgets failures older than the window', () => {
    const breaker = createOutageBreaker(SETTINGS);
    send(breaker, 'failing', 0);
    send(breaker, 'failing', 1);
    send(breaker, 'failing', 2);

    expect(send(breaker, 'failing', 20_000)).toBeNull();
    expect(breaker.admit(ACCOUNT, 20_001)).toBe('send');
  });

  it('does not count refusals, rate limits or sends never made as failures', () => {
    const breaker = createOutageBreaker(SETTINGS);
    for (let i = 0; i < 10; i += 1) {
      expect(send(breaker, 'answered', i)).toBeNull();
      expect(send(breaker, 'not-called', i)).toBeNull();
    }
    expect(send(breaker, 'failing', 11)).toBeNull();
  });

  it('tries exactly one message when the pause ends, and resumes when it gets through', () => {
    const breaker = createOutageBreaker(SETTINGS);
    for (let i = 0; i < 4; i += 1) send(breaker, 'failing', i);

    expect(breaker.admit(ACCOUNT, 1_003)).toBe('trial');
    expect(breaker.admit(ACCOUNT, 1_004)).toBeNull();
    expect(breaker.record(ACCOUNT, 'trial', 'answered', 1_050)).toEqual({ kind: 'resumed' });
    expect(breaker.pausedUntil(ACCOUNT)).toBeNull();
    expect(breaker.admit(ACCOUNT, 1_051)).toBe('send');
    // The window starts afresh: the outage's failures do not pause it again at the next failure.
    expect(send(breaker, 'failing', 1_052)).toBeNull();
  });

  it('pauses again when the trial fails, and tries another once a trial was not made', () => {
    const breaker = createOutageBreaker(SETTINGS);
    for (let i = 0; i < 4; i += 1) send(breaker, 'failing', i);

    expect(breaker.admit(ACCOUNT, 1_003)).toBe('trial');
    expect(breaker.record(ACCOUNT, 'trial', 'failing', 1_100)).toEqual({
      kind: 'still-failing',
      until: 2_100,
    });
    expect(breaker.admit(ACCOUNT, 2_000)).toBeNull();

    expect(breaker.admit(ACCOUNT, 2_100)).toBe('trial');
    expect(breaker.record(ACCOUNT, 'trial', 'not-called', 2_101)).toBeNull();
    expect(breaker.admit(ACCOUNT, 2_102)).toBe('trial');
  });

  it('ignores the outcomes of sends that started before the pause', () => {
    const breaker = createOutageBreaker(SETTINGS);
    for (let i = 0; i < 4; i += 1) send(breaker, 'failing', i);

    expect(breaker.record(ACCOUNT, 'send', 'answered', 1_500)).toBeNull();
    expect(breaker.pausedUntil(ACCOUNT)).toBe(1_003);
    expect(breaker.admit(ACCOUNT, 1_500)).toBe('trial');
  });

  it('pauses each account on its own', () => {
    const breaker = createOutageBreaker(SETTINGS);
    for (let i = 0; i < 4; i += 1) send(breaker, 'failing', i);

    expect(breaker.admit(ACCOUNT, 10)).toBeNull();
    expect(breaker.admit('account-2', 10)).toBe('send');
  });
});
