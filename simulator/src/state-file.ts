import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { InboundText } from './inbound';
import type { SentMessage } from './messages';
import { formatIssues } from './validation';

/**
 * What a restarted simulator keeps when it is given a state file (`npm run demo` gives one): the
 * callback URL registered per account and the phone's history (texts it sent, SMS it received).
 * Faults, destination outcomes and the request and callback logs start afresh. The file is
 * rewritten whole, through a temporary file and a rename, so a crash leaves the old or the new
 * version and never half of one.
 */

export interface SavedState {
  version: 1;
  /** Customer ID → callback URL, for the accounts that have one. */
  callbackUrls: Record<string, string>;
  inbound: InboundText[];
  messages: SentMessage[];
}

const status = z.object({ code: z.number(), description: z.string(), updated_on: z.string() });

const savedStateSchema = z.object({
  version: z.literal(1),
  callbackUrls: z.record(z.string(), z.string()),
  inbound: z.array(
    z.object({
      referenceId: z.string(),
      from: z.string(),
      to: z.string(),
      text: z.string(),
      customerId: z.string(),
      submittedAt: z.string(),
      delivery: z.enum(['sending', 'retrying', 'delivered', 'failed']),
      attempts: z.number(),
      lastStatus: z.number().nullable(),
      lastError: z.string().nullable(),
    }),
  ),
  messages: z.array(
    z.object({
      referenceId: z.string(),
      customerId: z.string(),
      phoneNumber: z.string(),
      message: z.string(),
      messageType: z.enum(['OTP', 'ARN', 'MKT']),
      senderId: z.string().nullable(),
      externalId: z.string().nullable(),
      callbackUrl: z.string().nullable(),
      submittedAt: z.string(),
      status,
      history: z.array(status),
    }),
  ),
}) satisfies z.ZodType<SavedState>;

/** Writes coalesced within this window: a burst of changes costs one write. */
const SAVE_DELAY_MS = 100;

export class StateFile {
  private pendingSave: NodeJS.Timeout | undefined;

  constructor(
    readonly file: string,
    private readonly snapshot: () => SavedState,
    private readonly log: (line: string) => void,
  ) {}

  /** The saved state, or undefined on a first start (no file yet). */
  read(): SavedState | undefined {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const fix = `delete ${this.file} to start with a fresh simulator state`;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new Error(`The simulator state file is not JSON (${(error as Error).message}): ${fix}.`);
    }
    const parsed = savedStateSchema.safeParse(json);
    if (!parsed.success) {
      throw new Error(
        `The simulator state file is not one it wrote (${formatIssues(parsed.error)}): ${fix}.`,
      );
    }
    return parsed.data;
  }

  /** Something worth keeping changed: save soon. */
  changed(): void {
    this.pendingSave ??= setTimeout(() => {
      try {
        this.save();
      } catch (error) {
        // The simulator keeps working from memory; the next change tries again.
        this.log(`could not save the simulator state to ${this.file}: ${(error as Error).message}`);
      }
    }, SAVE_DELAY_MS);
  }

  /** Saves now if a save is pending (on close). */
  flush(): void {
    if (this.pendingSave) this.save();
  }

  private save(): void {
    clearTimeout(this.pendingSave);
    this.pendingSave = undefined;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, `${JSON.stringify(this.snapshot(), null, 2)}\n`, { mode: 0o600 });
    fs.renameSync(temporary, this.file);
  }
}
