import { z } from 'zod';

/**
 * Faults queued through the control API and applied, in order, to the next TeleSign API requests
 * they match. Each applies `times` times, then leaves the queue.
 */

export type FaultTarget = 'send' | 'status' | 'any';
/** What an incoming request is: `other` (an unknown path) is matched only by `any`. */
export type RequestTarget = Exclude<FaultTarget, 'any'> | 'other';

const common = {
  target: z.enum(['send', 'status', 'any']).default('any'),
  times: z.number().int().min(1).max(1_000).default(1),
};

export const faultSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...common,
    kind: z.literal('http-error'),
    status: z.union([z.literal(500), z.literal(502), z.literal(503)]).default(503),
    /** `telesign`: TeleSign's 10000 JSON body; `html`: what a load balancer in front would send. */
    body: z.enum(['telesign', 'html']).default('telesign'),
  }),
  z.strictObject({
    ...common,
    kind: z.literal('rate-limit'),
    retryAfterSeconds: z.number().int().min(0).max(3_600).default(1),
  }),
  /** Reads the request, then never answers until the client gives up. */
  z.strictObject({ ...common, kind: z.literal('hang') }),
  z.strictObject({ ...common, kind: z.literal('latency'), delayMs: z.number().int().min(1).max(600_000) }),
  /** Reads the request, then destroys the connection without a response. */
  z.strictObject({ ...common, kind: z.literal('reset') }),
]);

export type Fault = z.infer<typeof faultSchema>;
export type QueuedFault = Fault & { id: number; remaining: number };

export class FaultQueue {
  private readonly queue: QueuedFault[] = [];
  private nextId = 1;

  add(fault: Fault): QueuedFault {
    const queued = { ...fault, id: this.nextId++, remaining: fault.times };
    this.queue.push(queued);
    return queued;
  }

  /** The first fault matching the request, consuming one of its uses. */
  take(target: RequestTarget): Fault | undefined {
    const index = this.queue.findIndex((fault) => fault.target === 'any' || fault.target === target);
    if (index < 0) return undefined;
    const queued = this.queue[index];
    queued.remaining -= 1;
    if (queued.remaining === 0) this.queue.splice(index, 1);
    return queued;
  }

  list(): QueuedFault[] {
    return this.queue.map((fault) => ({ ...fault }));
  }

  clear(): void {
    this.queue.length = 0;
  }
}
