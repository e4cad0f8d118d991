import {
  isOptOutStatus,
  isStatusAdvance,
  mapProviderStatus,
  statusRank,
  TELESIGN_STATUS_CODES,
  type MessageStatus,
  type ProviderStatusMapping,
  type TeleSignStatusCategory,
} from '../status-codes';

describe('TELESIGN_STATUS_CODES', () => {
  it('holds every code of the §1.3 table (plus 1500 for inbound and 10000)', () => {
    const expected = [
      290, 203, 292, 295, 200, 201, 207, 210, 211, 220, 221, 222, 229, 230, 231, 233, 237, 238, 250, 251, 599,
      286, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 514, 515, 517, 518, 519, 520,
      521, 10030, 10031, 10032, 1500, 10000,
    ];
    expect([...TELESIGN_STATUS_CODES.keys()].sort((a, b) => a - b)).toEqual(
      [...expected].sort((a, b) => a - b),
    );
  });

  it('describes codes with TeleSign wording and a category', () => {
    expect(TELESIGN_STATUS_CODES.get(290)).toEqual({
      description: 'Message in progress',
      category: 'in-progress',
    });
    expect(TELESIGN_STATUS_CODES.get(510)).toEqual({
      description: 'Message blocked by subscriber action or request',
      category: 'carrier-error',
    });
    expect(TELESIGN_STATUS_CODES.get(1500)?.category).toBe('inbound');
    expect(TELESIGN_STATUS_CODES.get(42)).toBeUndefined();
  });
});

describe('mapProviderStatus', () => {
  it.each([
    // in flight
    [290, 'sent', false, false],
    [292, 'sent', false, false],
    [295, 'sent', false, false],
    [203, 'sent', false, false],
    // delivered
    [200, 'delivered', true, false],
    [201, 'delivered', true, false],
    [1500, 'delivered', true, false],
    // outcome unknown: 250/251 are TeleSign's last word, 599 may still change
    [250, 'unknown', true, false],
    [251, 'unknown', true, false],
    [599, 'unknown', false, false],
    // failures, temporary ones retryable
    [207, 'failed', true, false],
    [210, 'failed', true, false],
    [229, 'failed', true, false],
    [286, 'failed', true, false],
    [500, 'failed', true, false],
    [503, 'failed', true, true],
    [504, 'failed', true, false],
    [505, 'failed', true, true],
    [506, 'failed', true, false],
    [510, 'failed', true, false],
    [521, 'failed', true, false],
    [10000, 'failed', true, true],
    [10030, 'failed', true, false],
    [10032, 'failed', true, false],
    // not in the table: ≥207 follows TeleSign's "everything else is a failure", below is not guessed
    [777, 'failed', true, false],
    [202, 'unknown', false, false],
    [0, 'unknown', false, false],
    [-30006, 'unknown', false, false],
  ])('%i → %s (final %s, retryable %s)', (code, status, final, retryable) => {
    expect(mapProviderStatus(code)).toEqual({ status, final, retryable });
  });

  it('maps every table code consistently with its category', () => {
    const byCategory: Record<TeleSignStatusCategory, ProviderStatusMapping['status']> = {
      'in-progress': 'sent',
      success: 'delivered',
      inbound: 'delivered',
      'unknown-outcome': 'unknown',
      'handset-failure': 'failed',
      blocked: 'failed',
      'not-sent': 'failed',
      'carrier-error': 'failed',
      account: 'failed',
    };
    for (const [code, { category }] of TELESIGN_STATUS_CODES) {
      expect([code, mapProviderStatus(code).status]).toEqual([code, byCategory[category]]);
    }
  });
});

describe('isOptOutStatus', () => {
  it('is true for 510 only', () => {
    expect(isOptOutStatus(510)).toBe(true);
    for (const code of [200, 229, 230, 10031, 10032, 511]) expect(isOptOutStatus(code)).toBe(false);
  });
});

describe('status ranks', () => {
  const all: MessageStatus[] = ['queued', 'sending', 'sent', 'unknown', 'delivered', 'failed'];

  it('orders queued < sending < sent < unknown < delivered = failed', () => {
    expect(all.map(statusRank)).toEqual([0, 1, 2, 3, 4, 4]);
  });

  it.each([
    ['queued', 'sent', true],
    ['sent', 'delivered', true],
    ['sent', 'unknown', true],
    ['unknown', 'delivered', true],
    ['unknown', 'failed', true],
    ['sending', 'failed', true],
    ['delivered', 'sent', false],
    ['delivered', 'failed', false],
    ['failed', 'delivered', false],
    ['unknown', 'sent', false],
    ['sent', 'sent', false],
  ] as const)('%s → %s is an advance: %s', (from, to, expected) => {
    expect(isStatusAdvance(from, to)).toBe(expected);
  });

  it('never leaves a terminal status', () => {
    for (const terminal of ['delivered', 'failed'] as const) {
      for (const next of all) expect(isStatusAdvance(terminal, next)).toBe(false);
    }
  });
});
