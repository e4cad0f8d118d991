import { NonceRegistry } from '../nonces';

describe('NonceRegistry', () => {
  it('refuses a nonce seen within the window, per customer, and forgets it afterwards', () => {
    const nonces = new NonceRegistry(1_000);
    expect(nonces.claim('A', 'n1', 0)).toBe(true);
    expect(nonces.claim('A', 'n1', 999)).toBe(false);
    expect(nonces.claim('B', 'n1', 999)).toBe(true);
    expect(nonces.claim('A', 'n1', 1_001)).toBe(true);
  });
});
