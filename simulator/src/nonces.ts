/**
 * Remembers accepted `x-ts-nonce` values for the Date tolerance window: a replay inside the window
 * is refused (10002); after it, the old Date would be refused anyway, so the nonce can be forgotten.
 */
export class NonceRegistry {
  private readonly seenAt = new Map<string, number>();

  constructor(private readonly windowMs: number) {}

  /** Records the nonce and says whether it was fresh; scoped per customer so accounts cannot collide. */
  claim(customerId: string, nonce: string, now: number): boolean {
    this.forgetOlderThan(now - this.windowMs);
    const key = `${customerId}\n${nonce}`;
    if (this.seenAt.has(key)) return false;
    this.seenAt.set(key, now);
    return true;
  }

  clear(): void {
    this.seenAt.clear();
  }

  private forgetOlderThan(cutoff: number): void {
    // Map iteration follows insertion order, which is time order here.
    for (const [key, at] of this.seenAt) {
      if (at >= cutoff) break;
      this.seenAt.delete(key);
    }
  }
}
