import { createRefusalBudget } from '../refusal-budget';

const LIMIT = { burst: 3, perSecond: 2 };

describe('refusal budget per client address', () => {
  it('lets an address be refused `burst` times before it is limited', () => {
    const budget = createRefusalBudget(LIMIT);
    expect(budget.retryAfterSeconds('198.51.100.7', 0)).toBe(0);
    budget.charge('198.51.100.7', 0);
    budget.charge('198.51.100.7', 0);
    expect(budget.retryAfterSeconds('198.51.100.7', 0)).toBe(0);

    budget.charge('198.51.100.7', 0);
    expect(budget.retryAfterSeconds('198.51.100.7', 0)).toBe(1);
  });

  it('gives back `perSecond` refusals a second, up to the burst', () => {
    const budget = createRefusalBudget(LIMIT);
    for (let i = 0; i < 3; i += 1) budget.charge('198.51.100.7', 0);

    expect(budget.retryAfterSeconds('198.51.100.7', 499)).toBe(1);
    expect(budget.retryAfterSeconds('198.51.100.7', 500)).toBe(0);
    budget.charge('198.51.100.7', 500);
    expect(budget.retryAfterSeconds('198.51.100.7', 500)).toBe(1);
    // Idle for a minute: the whole burst again, not more.
    for (let i = 0; i < 3; i += 1) budget.charge('198.51.100.7', 60_000);
    expect(budget.retryAfterSeconds('198.51.100.7', 60_000)).toBe(1);
  });

  it('limits each address on its own', () => {
    const budget = createRefusalBudget(LIMIT);
    for (let i = 0; i < 3; i += 1) budget.charge('198.51.100.7', 0);

    expect(budget.retryAfterSeconds('198.51.100.7', 0)).toBe(1);
    expect(budget.retryAfterSeconds('203.0.113.9', 0)).toBe(0);
  });

  it('says an address ran out once per report interval, however long it keeps being refused', () => {
    const budget = createRefusalBudget(LIMIT);
    const reports: number[] = [];
    for (let at = 0; at < 130_000; at += 100) {
      if (budget.charge('198.51.100.7', at, 60_000)) reports.push(at);
    }
    expect(reports).toEqual([200, 60_200, 120_200]);
  });

  it('forgets the least recently refused addresses beyond its capacity', () => {
    const budget = createRefusalBudget(LIMIT, 2);
    for (let i = 0; i < 3; i += 1) budget.charge('198.51.100.1', 0);
    for (let i = 0; i < 3; i += 1) budget.charge('198.51.100.2', 0);
    budget.charge('198.51.100.3', 0);

    expect(budget.retryAfterSeconds('198.51.100.1', 0)).toBe(0);
    expect(budget.retryAfterSeconds('198.51.100.2', 0)).toBe(1);
  });
});
