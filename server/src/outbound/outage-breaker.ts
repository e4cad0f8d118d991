/**
 * How one send went, as far as TeleSign's health is concerned: `answered` (any answer TeleSign
 * gives when it works: accepted, a refusal of the message, 429), `failing` (unreachable, no
 * answer, 5xx or 10000 System Unavailable) or `not-called` (no request was made).
 */
export type SendOutcome = 'answered' | 'failing' | 'not-called';

export interface OutageSettings {
  /** Sends in the window before their failures can pause anything. */
  minimumSends: number;
  /** Share of failing sends in the window that pauses sending. */
  failureRatio: number;
  windowMs: number;
  /** How long a pause lasts before one message is tried. */
  pauseMs: number;
}

/** What a recorded outcome changed, for the sender to tell the admins. */
export type OutageChange =
  | { kind: 'paused'; failed: number; sends: number; until: number }
  | { kind: 'still-failing'; until: number }
  | { kind: 'resumed' };

export type Admission = 'send' | 'trial';

export interface OutageBreaker {
  /**
   * Whether a send through `key` may start now: `send` while TeleSign works, `trial` for the one
   * send tried when a pause ends (no other starts until its outcome is recorded), null while
   * paused. Every admitted send's outcome must be recorded, `not-called` if it did not happen.
   */
  admit(key: string, now: number): Admission | null;
  record(key: string, admission: Admission, outcome: SendOutcome, now: number): OutageChange | null;
  /** The end of the current pause of `key`, or null when it is not paused. */
  pausedUntil(key: string): number | null;
}

/** The window is counted in this many slices, so a drain of thousands of sends costs O(1) each. */
const WINDOW_SLICES = 10;

interface Slice {
  start: number;
  sends: number;
  failed: number;
}

interface KeyState {
  /** Outcomes in the window while sending runs, oldest slice first. */
  recent: Slice[];
  pausedUntil: number | null;
  trialInFlight: boolean;
}

/**
 * A circuit breaker per TeleSign account: when most recent sends fail the way an outage fails,
 * the account's queued messages are left queued (their attempts are not used up, TeleSign is not
 * hammered) until one trial send gets through. Per account, since an outage is TeleSign's, not a
 * number's, and a quiet number would never see enough sends to notice it.
 */
export const createOutageBreaker = (settings: OutageSettings): OutageBreaker => {
  const states = new Map<string, KeyState>();
  const sliceMs = Math.max(1, Math.floor(settings.windowMs / WINDOW_SLICES));
  const stateOf = (key: string): KeyState => {
    let state = states.get(key);
    if (!state) {
      state = { recent: [], pausedUntil: null, trialInFlight: false };
      states.set(key, state);
    }
    return state;
  };

  return {
    admit(key, now) {
      const state = states.get(key);
      if (!state || state.pausedUntil === null) return 'send';
      if (now < state.pausedUntil || state.trialInFlight) return null;
      state.trialInFlight = true;
      return 'trial';
    },

    record(key, admission, outcome, now) {
      const state = stateOf(key);
      if (admission === 'trial') {
        state.trialInFlight = false;
        if (outcome === 'not-called') return null;
        if (outcome === 'failing') {
          state.pausedUntil = now + settings.pauseMs;
          return { kind: 'still-failing', until: state.pausedUntil };
        }
        state.pausedUntil = null;
        state.recent = [];
        return { kind: 'resumed' };
      }
      // Sends that started before a pause tell nothing new; only the trial ends it.
      if (outcome === 'not-called' || state.pausedUntil !== null) return null;
      const start = now - (now % sliceMs);
      let slice = state.recent[state.recent.length - 1];
      if (!slice || slice.start !== start) {
        slice = { start, sends: 0, failed: 0 };
        state.recent.push(slice);
        while (state.recent[0].start <= now - settings.windowMs) state.recent.shift();
      }
      slice.sends += 1;
      if (outcome === 'failing') slice.failed += 1;
      let sends = 0;
      let failed = 0;
      for (const counted of state.recent) {
        sends += counted.sends;
        failed += counted.failed;
      }
      if (outcome !== 'failing' || sends < settings.minimumSends || failed < sends * settings.failureRatio) {
        return null;
      }
      state.pausedUntil = now + settings.pauseMs;
      state.recent = [];
      return { kind: 'paused', failed, sends, until: state.pausedUntil };
    },

    pausedUntil(key) {
      return states.get(key)?.pausedUntil ?? null;
    },
  };
};
