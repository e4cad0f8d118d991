import type { Core } from '@strapi/strapi';
import type { ConsentService } from '../consent/consent.service';
import type { PluginEventBus } from '../events/plugin-events';
import { clock } from '../runtime/clock';
import { createPeriodicTask, type PeriodicTask } from '../runtime/periodic-task';
import { sleep } from '../runtime/sleep';
import { pluginConfig } from '../utils/plugin-config';
import { createDueMessages, type DueMessage } from './due-messages';
import {
  createOutageBreaker,
  type Admission,
  type OutageBreaker,
  type OutageChange,
  type SendOutcome,
} from './outage-breaker';
import { createOutboxRepository } from './outbox.repository';
import { createRateLimiter, type RateLimiter } from './rate-limiter';
import { createSendAttempt, type ClaimedMessage } from './send-attempt';
import { createSendingAccounts } from './sending-account';

/**
 * How far ahead a tick books a paced number's slots: a number paced at hundreds per second gets
 * several sends per tick (a tick costs queries); a slower pace is picked up by later ticks.
 */
const MAX_PACING_WAIT_MS = 20;

/**
 * A tick reads four times as many due messages as it has free slots (at least a few), and reads
 * on past those whose number's pace turns them down, this many pages at most: one slow number's
 * backlog must not keep the others' messages waiting. What a tick does not take is the next
 * ticks' (see READ_AHEAD_MS), so while the outbox drains a read serves about four ticks.
 */
const READS_PER_SLOT = 4;
const MIN_PAGE = 8;
const MAX_PAGES = 4;

/**
 * How long messages a tick read but did not reach stay the next tick's first candidates, so that
 * one read serves several ticks while the outbox drains. Short, because their consent state is
 * as of the read; claiming re-checks everything else.
 */
const READ_AHEAD_MS = 100;

/** The account a planned message sends through, as the outage breaker knows it. */
interface OutageGate {
  key: string;
  accountName: string;
  admission: Admission;
}

interface PlannedSend {
  message: DueMessage;
  number: string;
  delayMs: number;
  gate: OutageGate | null;
}

const ABANDONED_SEND =
  'Strapi stopped while this SMS was being handed to TeleSign, so it may or may not have gone out. ' +
  'It is not sent again automatically; its delivery report will settle it.';

/**
 * The sender loop (one per Strapi process, started in bootstrap, stopped in destroy): it claims
 * due `queued` messages with a conditional UPDATE (so several processes never send one twice),
 * keeps at most `sender.concurrency` TeleSign calls in flight and paces each business number.
 * A claim whose lease ran out belonged to a process that died mid-call: that message becomes
 * `unknown` rather than being sent again.
 */
export const senderService = ({
  strapi,
  consent,
  events,
}: {
  strapi: Core.Strapi;
  consent: Pick<ConsentService, 'optOutReasons'>;
  events: PluginEventBus;
}) => {
  const outbox = createOutboxRepository(strapi);
  const dueMessages = createDueMessages(strapi);
  const sendingAccounts = createSendingAccounts(strapi);
  const sendAttempt = createSendAttempt(strapi, sendingAccounts);
  const inFlight = new Set<Promise<void>>();
  let limiter: RateLimiter | undefined;
  let breaker: OutageBreaker | undefined;
  let task: PeriodicTask | undefined;
  let abandonedCheckedAt = 0;

  const settleAbandoned = async (now: Date): Promise<void> => {
    const giveUpAfterMs = pluginConfig(strapi, 'reconciler').giveUpAfterMs;
    for (const message of await outbox.findAbandoned(now, 20)) {
      const since = message.submittedAt ? new Date(message.submittedAt) : now;
      await outbox.settleAbandoned(message.id, now, {
        lastError: ABANDONED_SEND,
        nextAttemptAt: new Date(since.getTime() + giveUpAfterMs),
      });
    }
  };

  /** Ends of attempts still being written; stop() waits for them too. */
  const writing = new Set<Promise<void>>();
  // Either way the row keeps its lease; once it expires the message is settled as abandoned.
  const failedUnexpectedly = (message: ClaimedMessage) => (error: unknown) => {
    strapi.log.error(
      `[sms-channel] Sending message ${message.documentId} failed unexpectedly: ${String(error)}`,
    );
  };
  const endNotWritten = (message: ClaimedMessage) => (error: unknown) => {
    strapi.log.error(
      `[sms-channel] The outcome of sending message ${message.documentId} could not be written ` +
        `(${String(error)}); once its lease runs out it is marked unknown, as if Strapi had stopped mid-send.`,
    );
  };

  const tellOutage = (accountName: string, change: OutageChange | null): void => {
    if (!change) return;
    const account = `the SMS account "${accountName}"`;
    const inSeconds = (until: number) => `${Math.max(0, Math.ceil((until - clock.now()) / 1000))} s`;
    switch (change.kind) {
      case 'paused':
        strapi.log.warn(
          `[sms-channel] TeleSign is failing for ${account}: ${change.failed} of its last ${change.sends} sends ` +
            `did not get through. Its queued messages wait without using up their attempts; one is tried in ${inSeconds(change.until)}.`,
        );
        return;
      case 'still-failing':
        strapi.log.warn(
          `[sms-channel] TeleSign is still failing for ${account}; the next message is tried in ${inSeconds(change.until)}.`,
        );
        return;
      case 'resumed':
        strapi.log.info(
          `[sms-channel] TeleSign answers again for ${account}: its queued messages are being sent.`,
        );
    }
  };

  const recordOutcome = (gate: OutageGate | null, outcome: SendOutcome): void => {
    if (gate && breaker)
      tellOutage(gate.accountName, breaker.record(gate.key, gate.admission, outcome, clock.now()));
  };
  /** Planned sends that will not happen after all: an outage trial among them was not made. */
  const notSent = (planned: PlannedSend[]): void =>
    planned.forEach(({ gate }) => recordOutcome(gate, 'not-called'));

  /**
   * Sends after `delayMs` (the number's pace), in the background; the claim is already held. The
   * slot is free again once TeleSign has answered, while the attempt's end is still being written.
   */
  const dispatch = (
    message: ClaimedMessage,
    optOut: string | null,
    number: string,
    delayMs: number,
    gate: OutageGate | null,
  ): void => {
    const job: Promise<void> = (delayMs > 0 ? sleep(delayMs) : Promise.resolve())
      .then(() => sendAttempt(message, optOut, gate?.admission === 'trial'))
      .then(({ pauseNumberMs, teleSign, written }) => {
        recordOutcome(gate, teleSign);
        if (pauseNumberMs > 0) limiter?.pauseUntil(number, Date.now() + pauseNumberMs);
        const end = written.catch(endNotWritten(message)).finally(() => writing.delete(end));
        writing.add(end);
      })
      .catch((error: unknown) => {
        recordOutcome(gate, 'not-called');
        failedUnexpectedly(message)(error);
      })
      .finally(() => {
        inFlight.delete(job);
        // Refill once half the slots are free: one look at the outbox per several sends, not per send.
        if (inFlight.size <= pluginConfig(strapi, 'sender').concurrency / 2) task?.wake();
      });
    inFlight.add(job);
  };

  /**
   * Why each message may not go to its customer (null: it may), asking the consent service only
   * about customers the read found opted out. The confirmation of an opt-out is the one message
   * that goes to an opted-out customer.
   */
  const optOutReasons = async (messages: DueMessage[]): Promise<Array<string | null>> => {
    const checked = messages.filter(
      (message) => message.optedOut && message.conversation && message.automation !== 'opt-out-confirmation',
    );
    if (checked.length === 0) return messages.map(() => null);
    const reasons = await consent.optOutReasons(
      checked.map(({ conversation }) => ({
        customerNumber: conversation?.customerNumber ?? '',
        businessNumber: conversation?.businessNumber ?? '',
      })),
    );
    const byId = new Map(checked.map((message, i) => [message.id, reasons[i]]));
    return messages.map((message) => byId.get(message.id) ?? null);
  };

  /**
   * The account (breaker key and name) of each business number of `messages` not yet in `known`,
   * from the sender's account cache; a number without a usable account gets none (its messages
   * fail when sent, saying why).
   */
  const learnAccounts = async (
    messages: DueMessage[],
    known: Map<string, { key: string; accountName: string } | null>,
  ): Promise<void> => {
    const numbers = new Set<string>();
    for (const message of messages) {
      const number = message.conversation?.businessNumber;
      if (number && !known.has(number)) numbers.add(number);
    }
    await Promise.all(
      [...numbers].map(async (number) => {
        const sending = await sendingAccounts.resolve(number);
        known.set(
          number,
          sending.ok ? { key: String(sending.account.id), accountName: sending.account.name } : null,
        );
      }),
    );
  };

  /** Due messages the last read returned beyond what its tick could take, oldest first. */
  let readAhead: { messages: DueMessage[]; readAt: number } = { messages: [], readAt: 0 };

  /**
   * Up to `free` messages for this tick, each with its number's next slot; a number paced too
   * slowly for this tick, or an account paused by an outage, is left to a later one. The
   * read-ahead comes first, then fresh reads.
   */
  const plan = async (now: Date, free: number, pace: RateLimiter, outages: OutageBreaker) => {
    const planned: PlannedSend[] = [];
    const plannedIds = new Set<number>();
    const accounts = new Map<string, { key: string; accountName: string } | null>();
    /** Plans `messages` in order until the tick is full; answers those it did not reach. */
    const take = async (messages: DueMessage[]): Promise<DueMessage[]> => {
      await learnAccounts(messages, accounts);
      let next = 0;
      for (; next < messages.length && planned.length < free; next += 1) {
        const message = messages[next];
        if (plannedIds.has(message.id)) continue;
        const number = message.conversation?.businessNumber ?? '';
        const account = accounts.get(number);
        const at = Date.now();
        const admission = account ? outages.admit(account.key, clock.now()) : 'send';
        if (admission === null) continue;
        const gate = account ? { ...account, admission } : null;
        const delayMs = pace.reserve(number, message.segments ?? 1, at, MAX_PACING_WAIT_MS);
        if (delayMs === null) {
          recordOutcome(gate, 'not-called');
          continue;
        }
        planned.push({ message, number, delayMs, gate });
        plannedIds.add(message.id);
      }
      return messages.slice(next).filter((message) => !plannedIds.has(message.id));
    };

    try {
      const earlier = readAhead;
      readAhead = { messages: [], readAt: 0 };
      if (now.getTime() - earlier.readAt <= READ_AHEAD_MS) {
        const rest = await take(earlier.messages);
        if (planned.length >= free) {
          readAhead = { messages: rest, readAt: earlier.readAt };
          return planned;
        }
      }
      const pageSize = Math.max(free * READS_PER_SLOT, MIN_PAGE);
      let afterId = 0;
      for (let page = 0; page < MAX_PAGES && planned.length < free; page += 1) {
        const due = await dueMessages.read(now, pageSize, afterId);
        const rest = await take(due);
        if (planned.length >= free) readAhead = { messages: rest, readAt: now.getTime() };
        if (due.length < pageSize) break;
        afterId = due[due.length - 1].id;
      }
      return planned;
    } catch (error) {
      notSent(planned);
      throw error;
    }
  };

  const tick = async (): Promise<void> => {
    const config = pluginConfig(strapi, 'sender');
    const now = new Date();
    // A lease runs for minutes, so once per poll interval is plenty, however often sends wake the loop.
    if (now.getTime() - abandonedCheckedAt >= config.pollIntervalMs) {
      abandonedCheckedAt = now.getTime();
      await settleAbandoned(now);
    }
    const free = config.concurrency - inFlight.size;
    if (free <= 0 || !limiter || !breaker) return;
    const planned = await plan(now, free, limiter, breaker);
    if (planned.length === 0) return;
    let dispatched: PlannedSend[] = [];
    try {
      if (!task?.running) return;
      const claimedAt = new Date();
      const won = await outbox.claimForSending(
        planned.map(({ message }) => message),
        claimedAt,
        new Date(claimedAt.getTime() + config.leaseMs),
      );
      const claimed = planned.filter(({ message }) => won.has(message.id));
      const optOuts = await optOutReasons(claimed.map(({ message }) => message));
      dispatched = claimed;
      claimed.forEach(({ message, number, delayMs, gate }, i) => {
        dispatch(
          {
            ...message,
            externalId: won.get(message.id) ?? '',
            status: 'sending',
            attempts: message.attempts + 1,
          },
          optOuts[i],
          number,
          delayMs,
          gate,
        );
      });
    } finally {
      // Taken by another process, moved on since the read, or a database error.
      notSent(planned.filter((send) => !dispatched.includes(send)));
    }
  };

  // Accounts are kept a few seconds: a change must show at once. A queued message is looked at now
  // rather than at the next poll.
  events.subscribe('account.changed', () => sendingAccounts.forget());
  events.subscribe('message.queued', () => task?.wake());

  return {
    start(): void {
      const config = pluginConfig(strapi, 'sender');
      if (!config.enabled || task) return;
      limiter = createRateLimiter(config.ratePerSecondPerNumber);
      breaker = createOutageBreaker(config.outage);
      task = createPeriodicTask({
        intervalMs: config.pollIntervalMs,
        run: tick,
        onError: (error) => strapi.log.error(`[sms-channel] Sender loop: ${String(error)}`),
      });
      task.start();
    },
    /**
     * Until when this process holds back the messages of an account because TeleSign failed like
     * an outage (after that, one is tried and the pause lasts until it gets through); null when it
     * sends normally.
     */
    outagePausedUntil(accountId: number): Date | null {
      const until = breaker?.pausedUntil(String(accountId));
      return until === null || until === undefined ? null : new Date(until);
    },
    /** Ticks finished so far: a tick that started after a moment has ended once this grew by two. */
    completedTicks(): number {
      return task?.completedRuns ?? 0;
    },
    /** Stops claiming and waits for the TeleSign calls in flight to end and be written. */
    async stop(): Promise<void> {
      await task?.stop();
      task = undefined;
      await Promise.all(inFlight);
      await Promise.all(writing);
    },
  };
};

export type SenderService = ReturnType<typeof senderService>;
